namespace Airs.Compiler.Diagnostics;

// AIRS0160–AIRS0169 (within binding): declared values — tool arguments and context attributes, and their rules.
public static partial class DiagnosticCatalog
{
    private const string RuleKinds = "rules are `min`, `max`, `pattern`, `one of` and `sensitive`";

    public static Diagnostic UnknownValueRule(Location at, string rule) =>
        Error("AIRS0160", at, $"`{rule}` is not a rule", RuleKinds);

    public static Diagnostic RuleNotForType(Location at, string rule, string type) =>
        Error("AIRS0161", at, $"`{rule}` does not apply to `{type}`",
            "`min` and `max` apply to `number` and `[number]`; `pattern` and `one of` to `string` and `[string]`");

    public static Diagnostic RuleValue(Location at, string rule, string expected) =>
        Error("AIRS0162", at, $"`{rule}` takes {expected}");

    public static Diagnostic MinAboveMax(Location at, string min, string max) =>
        Error("AIRS0163", at, $"`min {min}` is above `max {max}`, so no value fits");

    public static Diagnostic NotAnAttributePath(Location at, string path, string reason) =>
        Error("AIRS0164", at, $"`{path}` cannot be a context attribute: {reason}",
            "declare attributes as two names under `user` or `session`, such as `user.email` or `session.channel`");

    public static Diagnostic RuleRepeated(Location at, string rule) =>
        Error("AIRS0165", at, $"rule `{rule}` is given more than once");

    public static Diagnostic OneOfOutsidePattern(Location at, string value, string pattern) =>
        Error("AIRS0166", at, $"`one of` value {value} does not match the pattern {pattern}, so it can never be sent");
}
