using System.Text;

namespace Airs.Compiler.Lowering;

/// <summary>
/// A literal every match of a policy regex contains, found from the pattern's text: the emitted evaluator looks for
/// it with a vectorised search first and runs the regex only when it is there, as a hand-written check would. Only
/// what is certain counts: plain characters outside every group, class and alternation, not made optional or
/// repeated by a quantifier. With <c>i</c> the literal keeps only ASCII letters, digits and spaces whose regex case
/// class is exactly what <see cref="StringComparison.OrdinalIgnoreCase"/> accepts (no <c>k</c> or <c>s</c>: the regex
/// also matches the Kelvin sign and the long s). With <c>x</c> (whitespace and comments ignored) there is none.
/// </summary>
internal static class RegexLiterals
{
    /// <summary>Shorter literals save too little to be worth a second search.</summary>
    public const int MinLength = 3;

    /// <summary>The longest certain literal, or null when there is none worth searching for.</summary>
    public static string? Required(string pattern, string flags)
    {
        if (flags.Contains('x', StringComparison.Ordinal) || HasInlineOptions(pattern))
        {
            return null;
        }
        var ignoreCase = flags.Contains('i', StringComparison.Ordinal);
        var runs = new List<string>();
        var run = new StringBuilder();
        var depth = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '[')
            {
                End(runs, run, ignoreCase);
                i = AfterClass(pattern, i) - 1;
                if (i < 0)
                {
                    return null; // unbalanced: leave it to the regex
                }
                continue;
            }
            if (c == '(')
            {
                End(runs, run, ignoreCase);
                depth++;
                continue;
            }
            if (c == ')')
            {
                depth--;
                continue;
            }
            if (c == '|')
            {
                if (depth == 0)
                {
                    return null; // a top-level alternative need not contain anything the others do
                }
                continue;
            }
            if (depth > 0)
            {
                if (c == '\\')
                {
                    i++; // an escaped character inside a group, never a group boundary
                }
                continue;
            }
            if (c == '\\' && i + 1 < pattern.Length && char.IsAsciiLetterOrDigit(pattern[i + 1]))
            {
                if (pattern[i + 1] is 'x' or 'u' or 'p' or 'P' or 'c' or (>= '0' and <= '9'))
                {
                    return null; // an escape with an argument: not worth parsing here
                }
                End(runs, run, ignoreCase);
                i++; // a one-letter escape (\d, \b, \n, …): it ends the run
                continue;
            }
            if (c == '{')
            {
                End(runs, run, ignoreCase);
                // A quantifier's bounds are skipped; any other brace is a plain character, and what follows it (a
                // top-level `|` in `ab{|cd`) must still be read.
                if (QuantifierEnd(pattern, i) is > 0 and var close)
                {
                    i = close - 1;
                }
                continue;
            }
            char? literal = c switch
            {
                '\\' when i + 1 < pattern.Length && pattern[i + 1] < 128 => pattern[++i],
                _ when char.IsAsciiLetterOrDigit(c) || c == ' ' || c == '-' || c == '_' || c == ',' || c == ':' || c == ';' || c == '/' || c == '\'' || c == '"' || c == '=' || c == '@' || c == '#' || c == '%' || c == '&' || c == '!' || c == '<' || c == '>' || c == '~' || c == '`' => c,
                _ => null,
            };
            if (literal is { } plain && !QuantifierFollows(pattern, i + 1))
            {
                run.Append(plain);
                continue;
            }
            // Anything else (a metacharacter, a quantified character) ends the run; a quantified character is not certain.
            End(runs, run, ignoreCase);
        }
        End(runs, run, ignoreCase);
        var best = runs.MaxBy(r => r.Length);
        return best is { Length: >= MinLength } ? best : null;
    }

    // `(?i)`, `(?-i:…)` and the like change how what follows matches; a comment `(?#…)` is invisible to the regex, so a
    // quantifier after it applies to the character before it (`\.(?#note)?` makes the dot optional). `(?:`, `(?<name>`
    // and lookarounds do not matter here (lookarounds are refused by the factory, and group contents are skipped anyway).
    private static bool HasInlineOptions(string pattern)
    {
        for (var i = pattern.IndexOf("(?", StringComparison.Ordinal); i >= 0; i = pattern.IndexOf("(?", i + 2, StringComparison.Ordinal))
        {
            if (i + 2 < pattern.Length && pattern[i + 2] is 'i' or 'm' or 'n' or 's' or 'x' or '-' or '#')
            {
                return true;
            }
        }
        return false;
    }

    private static bool QuantifierFollows(string pattern, int at) =>
        at < pattern.Length && (pattern[at] is '*' or '+' or '?' || QuantifierEnd(pattern, at) > 0);

    /// <summary>
    /// The index after the bounds <c>{n}</c>, <c>{n,}</c> or <c>{n,m}</c> starting at <paramref name="at"/>, or 0 when
    /// the brace there starts none: .NET reads any other brace as itself.
    /// </summary>
    private static int QuantifierEnd(string pattern, int at)
    {
        if (at >= pattern.Length || pattern[at] != '{')
        {
            return 0;
        }
        var i = at + 1;
        var digits = 0;
        while (i < pattern.Length && char.IsAsciiDigit(pattern[i]))
        {
            (i, digits) = (i + 1, digits + 1);
        }
        if (digits == 0)
        {
            return 0;
        }
        if (i < pattern.Length && pattern[i] == ',')
        {
            i++;
            while (i < pattern.Length && char.IsAsciiDigit(pattern[i]))
            {
                i++;
            }
        }
        return i < pattern.Length && pattern[i] == '}' ? i + 1 : 0;
    }

    private static void End(List<string> runs, StringBuilder run, bool ignoreCase)
    {
        if (run.Length == 0)
        {
            return;
        }
        if (!ignoreCase)
        {
            runs.Add(run.ToString());
        }
        else
        {
            // Split where a character's regex case class is wider than OrdinalIgnoreCase's.
            var start = 0;
            for (var i = 0; i <= run.Length; i++)
            {
                if (i == run.Length || !SafeIgnoringCase(run[i]))
                {
                    if (i > start)
                    {
                        runs.Add(run.ToString(start, i - start));
                    }
                    start = i + 1;
                }
            }
        }
        run.Clear();
    }

    private static bool SafeIgnoringCase(char c) =>
        (char.IsAsciiLetter(c) && char.ToLowerInvariant(c) is not ('k' or 's')) || char.IsAsciiDigit(c) || c == ' ';

    /// <summary>The index after the class starting at <paramref name="open"/> (<c>[</c>), or 0 when it never closes.</summary>
    private static int AfterClass(string pattern, int open)
    {
        var i = open + 1;
        if (i < pattern.Length && pattern[i] == '^')
        {
            i++;
        }
        if (i < pattern.Length && pattern[i] == ']')
        {
            i++; // a leading ] is a member
        }
        for (; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\')
            {
                i++;
            }
            else if (pattern[i] == '[' && i + 1 < pattern.Length && pattern[i + 1] == ':')
            {
                continue;
            }
            else if (pattern[i] == ']')
            {
                return i + 1;
            }
        }
        return 0;
    }
}
