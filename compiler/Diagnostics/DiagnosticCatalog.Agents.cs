namespace Airs.Compiler.Diagnostics;

// AIRS0190–AIRS0199 (within binding): controls that remember and contain — sequence rules, containment of one
// agent, and configuration that can never act.
public static partial class DiagnosticCatalog
{
    public static Diagnostic PaceTriggerOnScopedBreaker(Location at, string breaker, string scope) =>
        Warning("AIRS0190", at, $"`breaker {breaker} open` can never move PACE: `{breaker}` counts per {scope}",
            "PACE is global, so only a breaker without `per` (or `per global`) moves it; keep the scoped breaker to contain one "
            + scope + " and add a global breaker for the trigger");

    public static Diagnostic SequenceUnknownTool(Location at, string tool, IEnumerable<string> suggestions) =>
        Error("AIRS0191", at, $"the sequence names `{tool}`, which is not a declared tool",
            suggestions.Any() ? $"did you mean {string.Join(" or ", suggestions.Select(s => $"`{s}`"))}?" : "declare it with `tool \"…\" { … }`, or name a declared one");

    public static Diagnostic SequenceArgumentNotDeclared(Location at, string argument, string tool) =>
        Error("AIRS0192", at, $"`same {argument}`: tool `{tool}` declares no argument `{argument}`",
            "a sequence compares arguments both tools declare");

    public static Diagnostic SequenceArgumentTypes(Location at, string argument, string tool, string type, string after, string afterType) =>
        Error("AIRS0193", at, $"`same {argument}`: it is `{type}` in `{tool}` but `{afterType}` in `{after}`, so the values never match");

    public static Diagnostic HandoverWithoutBackup(Location at, string agent) =>
        Error("AIRS0194", at, $"`handover {agent}` needs a backup: agent `{agent}` declares no `backup`",
            $"add `backup <agent>` to agent `{agent}`, or use `isolate {agent}`");

    public static Diagnostic BackupIsItself(Location at, string agent) =>
        Error("AIRS0195", at, $"agent `{agent}` cannot be its own backup");

    public static Diagnostic DelegationBeyondMaxDepth(Location at, string agent, string path, int depth, int max) =>
        Warning("AIRS0196", at, $"`{agent}` is reached through {depth} delegations ({path}) but `max depth {max}` allows {max}, so that chain is always refused");
}
