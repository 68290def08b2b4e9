using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Airs.Runtime.Functions;

/// <summary>
/// The one way a policy regex becomes a <see cref="Regex"/>: always linear-time (NonBacktracking) and
/// culture-invariant, so no policy can be made to run in super-linear time. Patterns that need
/// backtracking (backreferences, lookarounds, atomic groups, conditionals) are rejected with a message.
/// </summary>
public static class RegexFactory
{
    /// <summary>The policy regex flags, in the order they are printed.</summary>
    public const string AllowedFlags = "imsx";

    /// <summary>The longest pattern accepted. Linear-time matching builds an automaton of about one node per character.</summary>
    public const int MaxPatternLength = 10_000;

    /// <summary>The most top-level or nested alternatives (<c>a|b|c</c> has 3) accepted in one pattern.</summary>
    public const int MaxAlternatives = 1_000;

    /// <summary>How every size refusal starts, so callers can tell "too large" from "invalid".</summary>
    public const string TooLarge = "pattern too large";

    // Building a linear-time regex costs milliseconds, and an editor re-checks the same patterns on every
    // keystroke: remember what was built or refused. Bounded, because a long editing session types many patterns.
    private const int CacheLimit = 2048;
    private static readonly ConcurrentDictionary<(string Pattern, string Flags), Regex> Cache = new();
    private static readonly ConcurrentDictionary<(string Pattern, string Flags), string> Refused = new();

    /// <summary>The options for a set of policy flags (<c>i m s x</c>), or null when a flag is unknown or repeated.</summary>
    public static RegexOptions? OptionsFor(string flags)
    {
        var options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;
        foreach (var flag in flags)
        {
            var option = flag switch
            {
                'i' => RegexOptions.IgnoreCase,
                'm' => RegexOptions.Multiline,
                's' => RegexOptions.Singleline,
                'x' => RegexOptions.IgnorePatternWhitespace,
                _ => RegexOptions.None,
            };
            if (option == RegexOptions.None || (options & option) != 0)
            {
                return null;
            }
            options |= option;
        }
        return options;
    }

    /// <summary>Compiles a policy regex, or explains in one line why it cannot be used.</summary>
    public static bool TryCreate(string pattern, string flags, out Regex? regex, out string? error)
    {
        regex = null;
        var options = OptionsFor(flags);
        if (options is null)
        {
            error = $"invalid regex flags `{flags}`: use each of `i`, `m`, `s`, `x` at most once";
            return false;
        }
        error = SizeProblem(pattern);
        if (error is not null)
        {
            return false;
        }
        try
        {
            // OptionsFor sets NonBacktracking already; writing it here lets the banned-API test see it.
            regex = new Regex(pattern, RegexOptions.NonBacktracking | options.Value);
            error = null;
            return true;
        }
        catch (RegexParseException e)
        {
            error = $"invalid regex: {Words(e.Error.ToString())} at offset {e.Offset}";
            return false;
        }
        catch (NotSupportedException e) when (AutomatonSize(e.Message) is { } size)
        {
            error = $"{TooLarge}: its automaton would have {size.Nodes} nodes, limit {size.Limit}";
            return false;
        }
        catch (NotSupportedException e)
        {
            error = $"this regex uses {Construct(e.Message)}, which linear-time matching cannot run";
            return false;
        }
        catch (ArgumentException e)
        {
            error = $"invalid regex: {e.Message.TrimEnd('.')}";
            return false;
        }
    }

    /// <summary>Why a policy regex cannot be used, or null when it can; the result is remembered.</summary>
    public static string? Validate(string pattern, string flags)
    {
        var key = (pattern, flags);
        if (Cache.ContainsKey(key))
        {
            return null;
        }
        if (Refused.TryGetValue(key, out var refused))
        {
            return refused;
        }
        if (TryCreate(pattern, flags, out var regex, out var error))
        {
            Remember(Cache, key, regex!);
            return null;
        }
        Remember(Refused, key, error!);
        return error;
    }

    /// <summary>A cached regex for a pattern the compiler has already accepted.</summary>
    /// <exception cref="ArgumentException">The pattern or flags are not valid (a compiler bug: they were checked).</exception>
    public static Regex Get(string pattern, string flags)
    {
        if (Cache.TryGetValue((pattern, flags), out var cached))
        {
            return cached;
        }
        var regex = TryCreate(pattern, flags, out var created, out var error) ? created! : throw new ArgumentException(error);
        Remember(Cache, (pattern, flags), regex);
        return regex;
    }

    /// <summary>
    /// The regex of a <c>pattern</c> rule, which a value must match as a whole when the pattern says so with <c>^…$</c>:
    /// without the <c>m</c> flag each end anchor <c>$</c> is read as <c>\z</c>, the end of the value. .NET's <c>$</c> also
    /// matches before a final line break, so <c>/^A-[0-9]+$/</c> accepted <c>"A-1\n"</c> (JSON Schema's <c>$</c>, which
    /// <c>airs import mcp</c> copies, is the end of the value too). <c>\Z</c> is read as <c>\z</c> for the same reason.
    /// </summary>
    public static Regex GetForValues(string pattern, string flags) =>
        Get(flags.Contains('m', StringComparison.Ordinal) ? pattern : DollarAsEndOfText(pattern), flags);

    /// <summary>
    /// <paramref name="pattern"/> with every <c>$</c> outside an escape, a character class and a comment, and every
    /// <c>\Z</c> outside a class (the end of the text in Python, here also before a final line break), written <c>\z</c>.
    /// The <c>x</c> flag's <c>#</c> comments need no care: they run to a line break, which a policy regex cannot hold.
    /// </summary>
    private static string DollarAsEndOfText(string pattern)
    {
        if (!pattern.Contains('$', StringComparison.Ordinal) && !pattern.Contains("\\Z", StringComparison.Ordinal))
        {
            return pattern;
        }
        var result = new StringBuilder(pattern.Length + 8);
        var classDepth = 0; // .NET nests a class in a class for subtraction: [a-z-[aeiou]]
        var escaped = -1; // where the last escaped character stands
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                result.Append(c).Append(pattern[++i] == 'Z' && classDepth == 0 ? 'z' : pattern[i]);
                escaped = i;
                continue;
            }
            // A comment `(?#…)` ends at its first `)` and holds no class: `(?#[)` left every later `$` as .NET's.
            if (c == '(' && classDepth == 0 && pattern.AsSpan(i).StartsWith("(?#", StringComparison.Ordinal))
            {
                var close = pattern.IndexOf(')', i);
                var end = close < 0 ? pattern.Length : close + 1;
                result.Append(pattern, i, end - i);
                i = end - 1;
                continue;
            }
            // Inside a class, only an unescaped `-[` opens a subtracted class: `[a\-[]` holds a literal `[`.
            if (c == '[' && (classDepth == 0 || (i > 0 && pattern[i - 1] == '-' && escaped != i - 1)))
            {
                classDepth++;
                result.Append(c);
                // A `]` first in a class, after an optional `^`, is a literal.
                if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                {
                    result.Append(pattern[++i]);
                }
                if (i + 1 < pattern.Length && pattern[i + 1] == ']')
                {
                    result.Append(pattern[++i]);
                }
                continue;
            }
            if (c == ']' && classDepth > 0)
            {
                classDepth--;
            }
            if (c == '$' && classDepth == 0)
            {
                result.Append("\\z");
                continue;
            }
            result.Append(c);
        }
        return result.ToString();
    }

    private static void Remember<T>(ConcurrentDictionary<(string, string), T> cache, (string, string) key, T value)
    {
        if (cache.Count >= CacheLimit)
        {
            cache.Clear();
        }
        cache.TryAdd(key, value);
    }

    /// <summary>
    /// Why <paramref name="pattern"/> is too large to build, checked in one pass before building it: a pattern of
    /// 50,000 alternatives took seconds to refuse, and then for a misleading reason. Null when the size is fine.
    /// </summary>
    public static string? SizeProblem(string pattern)
    {
        if (pattern.Length > MaxPatternLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{TooLarge}: {pattern.Length:N0} characters, limit {MaxPatternLength:N0}");
        }
        var alternatives = Alternatives(pattern);
        return alternatives > MaxAlternatives
            ? string.Create(CultureInfo.InvariantCulture, $"{TooLarge}: {alternatives:N0} alternatives, limit {MaxAlternatives:N0}")
            : null;
    }

    /// <summary>One more than the number of <c>|</c> outside character classes and escapes.</summary>
    private static int Alternatives(string pattern)
    {
        var bars = 0;
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\': i++; break;
                case '[': inClass = true; break;
                case ']': inClass = false; break;
                case '|' when !inClass: bars++; break;
            }
        }
        return bars + 1;
    }

    // .NET says: "… could result in an automata as large as '10557' nodes, which is larger than the configured limit of '10000'."
    private static (string Nodes, string Limit)? AutomatonSize(string message)
    {
        if (!message.Contains("automata", StringComparison.Ordinal))
        {
            return null;
        }
        var numbers = message.Split('\'').Where(part => part.Length > 0 && part.All(char.IsAsciiDigit)).ToArray();
        return numbers.Length == 2 ? (numbers[0], numbers[1]) : null;
    }

    // .NET says: "RegexOptions.NonBacktracking is not supported in conjunction with expressions containing: 'backreferences'."
    private static string Construct(string message)
    {
        var open = message.IndexOf('\'');
        var close = open < 0 ? -1 : message.IndexOf('\'', open + 1);
        return close > open + 1 ? message[(open + 1)..close].ToLowerInvariant() : "a construct that needs backtracking";
    }

    // InsufficientClosingParentheses -> insufficient closing parentheses
    private static string Words(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 8);
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && builder.Length > 0)
            {
                builder.Append(' ');
            }
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
