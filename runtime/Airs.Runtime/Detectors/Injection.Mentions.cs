using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Airs.Runtime.Detectors;

public static partial class Injection
{
    /// <summary>
    /// The score a piece of rule evidence keeps when it is a quoted mention: the attack's words inside quotation marks
    /// that a reporting word introduces (<c>a user typed "ignore previous instructions"</c>, <c>phrases like '…'</c>). Such
    /// a text talks about an attack rather than making one, so the evidence no longer decides alone; the scorer still
    /// reads it (rules 2g and 2h of bench/quality/data/injection-confirm/README.md).
    /// </summary>
    internal const double MentionedScore = 0.3;

    /// <summary>How far before an opening quotation mark a reporting word is looked for.</summary>
    private const int ReportReach = 48;

    /// <summary>How far a quotation may run (before and after the evidence) on its line.</summary>
    private const int QuoteReach = 160;

    private static readonly string[] ReportingWords =
    [
        "typed", "types", "typing", "type", "wrote", "writes", "writing", "written", "said", "says", "saying", "sent",
        "sends", "sending", "pasted", "pastes", "pasting", "entered", "enters", "entering", "tried", "tries", "trying",
        "like", "phrase", "phrases", "string", "strings", "titled", "called", "named", "containing", "contains",
        "reads", "read", "asks", "asked", "asking", "message", "messages", "prompt", "prompts", "input", "inputs",
        "attack", "trick", "example", "such", "classic", "famous", "infamous", "blocklist", "block",
    ];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportingWordSet =
        ReportingWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>What the mention rule reads, for the model's version (<see cref="InjectionRules.Fingerprint"/>).</summary>
    internal static string MentionFingerprint =>
        $"mentions-2h.1\t{MentionedScore.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}\t{ReportReach}\t{QuoteReach}\t{string.Join(',', ReportingWords)}\n";

    /// <summary>Evidence of <see cref="Threshold"/> or more that lies in a quoted mention drops to <see cref="MentionedScore"/>.</summary>
    private static ImmutableArray<DetectorMatch> DiscountMentions(string text, ImmutableArray<DetectorMatch> evidence)
    {
        ImmutableArray<DetectorMatch>.Builder? changed = null;
        for (var i = 0; i < evidence.Length; i++)
        {
            var m = evidence[i];
            if (m.Score >= Threshold && !IsDecoded(m) && IsQuotedMention(text, m.Start, m.End))
            {
                changed ??= evidence.ToBuilder();
                changed[i] = m with { Score = MentionedScore };
            }
        }
        return changed?.ToImmutable() ?? evidence;
    }

    /// <summary>
    /// Whether [<paramref name="start"/>, <paramref name="end"/>) lies inside one quotation on its line (straight,
    /// curly or guillemet double quotes, or single quotes that open after a non-letter and close before one) whose opening
    /// mark has a reporting word (<see cref="ReportingWords"/>) shortly before it and is not a string in data or code.
    /// </summary>
    internal static bool IsQuotedMention(string text, int start, int end)
    {
        // The line's start, looked for only as far back as a quotation may open: a long line dense with evidence (256 KB of
        // "[INST]") cost each piece a search back to the line's start, quadratic in the text.
        var floor = Math.Max(0, start - QuoteReach);
        var from = text.AsSpan(floor, start - floor).LastIndexOf('\n') is var newline and >= 0 ? floor + newline + 1 : floor;
        var open = -1;
        var closer = '\0';
        for (var i = from; i < start; i++)
        {
            var c = text[i];
            if (open >= 0)
            {
                if (ClosesQuote(text, i, closer))
                {
                    open = -1;
                }
                continue;
            }
            if (c is '"' or '“' or '«' || c == '\'' && Opens(text, i))
            {
                open = i;
                closer = c switch { '“' => '”', '«' => '»', _ => c };
            }
        }
        if (open < 0)
        {
            return false;
        }
        var limit = Math.Min(text.Length, end + QuoteReach);
        var close = -1;
        for (var i = end; i < limit && text[i] != '\n'; i++)
        {
            if (ClosesQuote(text, i, closer))
            {
                close = i;
                break;
            }
        }
        return close >= 0 && Introduced(text, open);
    }

    private static bool Opens(string text, int i) =>
        (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);

    /// <summary>Whether <paramref name="closer"/> is at <paramref name="i"/>: a single quote only when it ends a word (not an apostrophe).</summary>
    private static bool ClosesQuote(string text, int i, char closer) =>
        text[i] == closer
        && (closer != '\'' || (i > 0 && !char.IsWhiteSpace(text[i - 1]) && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1]))));

    /// <summary>
    /// A reporting word among the few words before the opening mark, unless the mark follows (whitespace and line breaks
    /// aside) a colon, <c>=</c>, a comma or an opening bracket: that is a string held by data or code (JSON, YAML, an
    /// assignment, a call, a list), where an order in a value is what a poisoned tool description or request field
    /// carries (rule 2h).
    /// </summary>
    private static bool Introduced(string text, int open)
    {
        var j = open - 1;
        while (j >= 0 && char.IsWhiteSpace(text[j]))
        {
            j--;
        }
        if (j >= 0 && text[j] is ':' or '=' or ',' or '(' or '[' or '{')
        {
            return false;
        }
        var from = Math.Max(0, open - ReportReach);
        var before = text.AsSpan(from, open - from);
        var i = 0;
        while (i < before.Length)
        {
            var word = before[NextWord(before, ref i)..i];
            if (!word.IsEmpty && ReportingWordSet.Contains(word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Where the next run of ASCII letters from <paramref name="i"/> starts; <paramref name="i"/> moves past it.</summary>
    private static int NextWord(ReadOnlySpan<char> text, ref int i)
    {
        while (i < text.Length && !char.IsAsciiLetter(text[i]))
        {
            i++;
        }
        var start = i;
        while (i < text.Length && char.IsAsciiLetter(text[i]))
        {
            i++;
        }
        return start;
    }
}
