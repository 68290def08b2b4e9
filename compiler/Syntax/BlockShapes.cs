using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Airs.Compiler.Syntax;

/// <summary>
/// Which items a block takes: its settings (a keyword and a value), its flags (a keyword alone) and the
/// keywords of its other items. The binder reads the settings and flags from here, and the parser suggests
/// from here when an item starts with an unknown word (<c>cooldwn</c> → <c>cooldown</c>).
/// </summary>
public sealed record BlockShape(string Owner, ImmutableArray<string> Settings, ImmutableArray<string> Flags, ImmutableArray<string> Items)
{
    /// <summary>Every word an item of this block can start with.</summary>
    public IEnumerable<string> Keywords => Settings.Concat(Flags).Concat(Items);
}

public static class BlockShapes
{
    public static readonly BlockShape TopLevel = new("a file", [], [], ["policy", "pack"]);

    public static readonly BlockShape Policy = new("policy", ["version", "owner", "tier", "model", "tools"], [],
        ["use", "context", "guard", "judge", "review", "breaker", "tool", "agent", "pace", "test"]);

    public static readonly BlockShape Guard = new("guard", ["id", "mode"], [],
        ["when", "block", "flag", "allow", "halt", "escalate", "redact", "pace", "maps"]);

    public static readonly BlockShape Judge = new("judge", ["id", "mode", "model", "challenger", "sample", "timeout", "prompt"], ["blocking"],
        ["maps", "on"]);

    public static readonly BlockShape Review = new("review", ["sla"], [], ["on"]);

    public static readonly BlockShape Breaker = new("breaker", ["cooldown", "fallback"], [], ["trip"]);

    public static readonly BlockShape Tool = new("tool", [], ["writes"], ["args"]);

    public static readonly BlockShape Agent = new("agent", ["tools", "approval", "task"], [], ["delegates"]);

    /// <summary>Besides these, a test holds assignments such as <c>input.text = "…"</c>.</summary>
    public static readonly BlockShape Test = new("test", [], [], ["expect", "judge"]);

    public static readonly BlockShape Pace = new("pace", [], [], ["primary", "alternate", "contingency", "emergency"]);

    /// <summary>The block of one PACE level: its actions.</summary>
    public static readonly BlockShape PaceLevel = new("a PACE level", [], [], ["judges", "enforce", "review", "tools", "respond", "halt"]);

    private static readonly FrozenDictionary<string, BlockShape> ByKeyword = new Dictionary<string, BlockShape>(StringComparer.Ordinal)
    {
        ["policy"] = Policy, ["pack"] = Policy, ["guard"] = Guard, ["judge"] = Judge, ["review"] = Review,
        ["breaker"] = Breaker, ["tool"] = Tool, ["agent"] = Agent, ["test"] = Test, ["pace"] = Pace,
        ["primary"] = PaceLevel, ["alternate"] = PaceLevel, ["contingency"] = PaceLevel, ["emergency"] = PaceLevel,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The shape of the block a declaration keyword opens, or null for a keyword that opens none.</summary>
    public static BlockShape? Of(string keyword) => ByKeyword.GetValueOrDefault(keyword);
}
