namespace Airs.Compiler.Diagnostics;

// AIRS0001–AIRS0099: lexing and parsing. Documented in docs/diagnostics.md.
public static partial class DiagnosticCatalog
{
    public static Diagnostic UnexpectedCharacter(Location location, string text) =>
        Error("AIRS0001", location, $"unexpected character `{Shorten(text)}`", UnexpectedCharacterHelp(text));

    /// <summary>What the writer probably meant, for the characters people reach for from other languages.</summary>
    private static string? UnexpectedCharacterHelp(string text) => text.Length == 0 ? null : text[0] switch
    {
        '\u2212' or '\u2013' or '\u2014' => "a negative number is written with the ASCII minus sign, as in `-5`",
        '+' or '*' => "the language has no arithmetic; write numbers as `5`, `-5` or `0.5`",
        '!' => "write `not` to negate a condition and `!=` for not equal",
        '&' or '|' => "write `and` and `or` to combine conditions",
        '\'' => "strings are written in double quotes: `\"…\"`",
        _ => null,
    };

    public static Diagnostic UnterminatedString(Location location) =>
        Error("AIRS0002", location, "unterminated string", "close the string with `\"` on the same line; use a text block (`\"\"\"`) for several lines");

    public static Diagnostic UnknownEscape(Location location, string escape) =>
        Error("AIRS0003", location, $"unknown escape sequence `{escape}`", "the escapes are `\\\"`, `\\\\`, `\\n`, `\\r`, `\\t` and `\\u{…}`");

    public static Diagnostic InvalidUnicodeEscape(Location location, string escape) =>
        Error("AIRS0004", location, $"invalid unicode escape `{Shorten(escape)}`", "write 1 to 6 hex digits of a Unicode scalar value, e.g. `\\u{1F600}`");

    public static Diagnostic UnterminatedTextBlock(Location location) =>
        Error("AIRS0005", location, "unterminated text block", "close the text block with `\"\"\"` on a line of its own");

    public static Diagnostic TextBlockMustStartOnNewLine(Location location) =>
        Error("AIRS0006", location, "text block content must start on the line after the opening `\"\"\"`");

    public static Diagnostic UnterminatedRegex(Location location) =>
        Error("AIRS0007", location, "unterminated regex", "close the regex with `/` on the same line; write `\\/` for a slash inside it");

    public static Diagnostic InvalidRegexFlag(Location location, string flag) =>
        Error("AIRS0008", location, $"unknown regex flag `{flag}`", "the flags are `i`, `m`, `s` and `x`");

    public static Diagnostic DuplicateRegexFlag(Location location, string flag) =>
        Error("AIRS0009", location, $"regex flag `{flag}` is given twice");

    public static Diagnostic UnterminatedBlockComment(Location location) =>
        Error("AIRS0010", location, "unterminated block comment", "close the comment with `*/`");

    public static Diagnostic InvalidNumberSuffix(Location location, string suffix, string literal) =>
        Error("AIRS0011", location, $"invalid suffix `{Shorten(suffix)}` on number `{Shorten(literal)}`",
            "a number may end in `%` or a duration unit: `ms`, `s`, `m`, `h`, `d`");

    public static Diagnostic DurationOutOfRange(Location location, string literal) =>
        Error("AIRS0012", location, $"duration `{Shorten(literal)}` is too large", "a duration is at most 100 years (`36500d`)");

    public static Diagnostic UnusualLineTerminator(Location location, string character) =>
        Error("AIRS0013", location, $"line terminator {character} is not allowed",
            "viewers disagree on whether it ends a line; replace it with a newline");

    public static Diagnostic BidiControlOutsideLiteral(Location location, string character) =>
        Error("AIRS0014", location, $"bidirectional control character {character} outside a string",
            "it changes the order in which the code is displayed; delete it");

    public static Diagnostic InvisibleCharacterOutsideLiteral(Location location, string character) =>
        Error("AIRS0015", location, $"invisible character {character} outside a string", "delete it");

    public static Diagnostic BidiControlInLiteral(Location location, string character) =>
        Warning("AIRS0016", location, $"bidirectional control character {character} in a literal",
            "write it as an escape (`\\u{202E}` in a string, `\\u202E` in a regex) so that readers see it");

    public static Diagnostic InvisibleCharacterInLiteral(Location location, string character) =>
        Warning("AIRS0017", location, $"invisible character {character} in a literal",
            "write it as an escape (`\\u{200B}` in a string, `\\u200B` in a regex) so that readers see it");

    /// <param name="nearest">The value the literal's double holds, as a policy writes it; null when no double holds the literal.</param>
    public static Diagnostic InexactNumber(Location location, string literal, string? nearest) =>
        Error("AIRS0018", location, nearest is null
                ? $"number `{Shorten(literal)}` is larger than a double holds"
                : $"number `{Shorten(literal)}` has more digits than a double holds: it would be enforced as `{Shorten(nearest)}`",
            "a double holds 15 to 17 significant digits: write the value the engine is to enforce, and declare a longer id as a `string`");

    public static Diagnostic DurationFinerThanTicks(Location location, string literal) =>
        Error("AIRS0019", location, $"duration `{Shorten(literal)}` is finer than a tick (100 ns), the unit durations are held in",
            "write a whole number of ticks: at most 4 decimal places of `ms` and 7 of `s`");

    public static Diagnostic ExpectedToken(Location location, string expected, string found) =>
        Error("AIRS0020", location, $"expected {expected}, found {found}");

    public static Diagnostic UnclosedBlock(Location location, string owner) =>
        Error("AIRS0021", location, $"expected `}}` to close the block of `{Shorten(owner)}`");

    /// <param name="suggestions">The items of the enclosing block spelled like <paramref name="name"/>, closest first.</param>
    public static Diagnostic UnknownItem(Location location, string name, IReadOnlyList<string>? suggestions = null) =>
        Error("AIRS0022", location, $"unknown item `{Shorten(name)}`", suggestions is { Count: > 0 }
            ? $"did you mean {string.Join(" or ", suggestions.Select(s => $"`{s}`"))}?"
            : "an item starts with a keyword such as `guard`, `when`, `block` or `tier`, or is a test assignment like `input.text = \"…\"`")
        with
        {
            Suggestions = [.. suggestions ?? []],
        };

    public static Diagnostic UnexpectedToken(Location location, string text) =>
        Error("AIRS0023", location, $"unexpected `{Shorten(text)}`");

    public static Diagnostic ExpectedExpression(Location location, string found) =>
        Error("AIRS0024", location, $"expected an expression, found {found}");

    public static Diagnostic NestingTooDeep(Location location, int limit) =>
        Error("AIRS0025", location, $"nesting too deep: more than {limit} levels of blocks, brackets, `not` or chained `and`/`or`",
            "split the condition or the policy into smaller parts");

    public static Diagnostic ExpectedAction(Location location, string found) =>
        Error("AIRS0026", location, $"expected an action (`block`, `flag`, `allow`, `halt`, `escalate`, `redact` or `pace`), found {found}");

    public static Diagnostic ExpectedPaceTrigger(Location location, string found) =>
        Error("AIRS0027", location, $"expected a pace trigger (`judge.failing`, `judge <name> failing` or `breaker <name> open`), found {found}");

    /// <summary>Keeps user text in a one-line message short.</summary>
    private static string Shorten(string text)
    {
        var firstLine = text.AsSpan();
        var newline = firstLine.IndexOfAny('\r', '\n');
        if (newline >= 0)
        {
            firstLine = firstLine[..newline];
        }
        return firstLine.Length > 40 ? string.Concat(firstLine[..40], "…") : firstLine.ToString();
    }
}
