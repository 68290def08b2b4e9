using System.Buffers;
using System.Collections.Immutable;

namespace Airs.Runtime.Detectors;

/// <summary>
/// The cheap scans that decide whether a text may hide PII or a secret from the plain scan, so that plain ASCII text
/// never pays for <see cref="RevealedText"/>: a non-ASCII character (invisible, full-width, other digits), an HTML
/// character reference, a bracketed or spelled <c>at</c>/<c>dot</c>, spaces around <c>@</c>, three digit words in a
/// row, a long base64-looking run (PII), or string concatenation (secrets).
/// </summary>
internal static class Disguise
{
    /// <summary>Digit words ("oh" never opens a run alone). A spelled dot is searched apart: one more needle here costs four times as much.</summary>
    private static readonly SearchValues<string> DigitWords = SearchValues.Create(
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Characters that open a character reference, a bracketed <c>[at]</c>/<c>(.)</c>, an address with spaces, or an
    /// encoded character (<c>%40</c>, <c>%20</c>, <c>=40</c>, <c>\u0040</c>).
    /// </summary>
    private const string MarkCues = "&[({<@%=\\";

    /// <summary>Every ASCII character but the <see cref="MarkCues"/> and the hyphen: what <see cref="MayHidePii"/> reads past.</summary>
    private static readonly SearchValues<char> PlainAscii = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x80).Select(c => (char)c).Where(c => !MarkCues.Contains(c) && c != '-')));

    /// <summary>
    /// Spelled at signs no language uses as another word (not <c>at</c>, <c>et</c>, <c>di</c>): <see cref="RevealedText"/>
    /// reads them before a domain written with its dots, so they are cues here as well.
    /// </summary>
    internal static readonly string[] UnambiguousAtWords = ["arroba", "arobase", "chiocciola", "apenstaartje"];

    /// <summary>A spelled dot or at sign of an address (non-ASCII ones, ät and małpa, make the text non-ASCII anyway); rule P18: Filipino tuldok.</summary>
    private static readonly SearchValues<string> SpelledConnectors = SearchValues.Create(
        [" dot ", " punto ", " punkt ", " kropka ", " titik ", " tuldok ", .. UnambiguousAtWords.Select(w => $" {w} ")], StringComparison.OrdinalIgnoreCase);

    private static readonly AsciiSet Base64Chars = new("+/=", letters: true, digits: true);

    /// <summary>Whether <see cref="RevealedText.ForPii"/> may show more than the text itself.</summary>
    public static bool MayHidePii(ReadOnlySpan<char> text)
    {
        // One search stops at a non-ASCII character, a mark cue and a hyphen (name -at- host -dot- example): three
        // scans of the text before, and prose has few of any.
        var from = 0;
        int hit;
        bool? quotedPrintable = null; // whether the text declares a quoted-printable body: searched once, when first asked
        while ((hit = text[from..].IndexOfAnyExcept(PlainAscii)) >= 0)
        {
            hit += from;
            if (text[hit] > '\x7F' || (text[hit] == '-' ? text[hit..].StartsWith("-at-", StringComparison.Ordinal) : IsMarkCue(text, hit, ref quotedPrintable)))
            {
                return true;
            }
            from = hit + 1;
        }
        if (text.IndexOfAny(SpelledConnectors) >= 0)
        {
            return true;
        }
        for (var at = text.IndexOf(" . ", StringComparison.Ordinal); at >= 0; at = text[(at + 1)..].IndexOf(" . ", StringComparison.Ordinal) is var next and >= 0 ? at + 1 + next : -1)
        {
            if (at > 0 && char.IsAsciiDigit(text[at - 1]))
            {
                return true; // an address with spaces around its dots ("192 . 168")
            }
        }
        from = 0;
        while ((hit = text[from..].IndexOfAny(DigitWords)) >= 0)
        {
            hit += from;
            if (DigitWordsInARow(text, hit) >= 3)
            {
                return true;
            }
            from = hit + 1;
        }
        return false;
    }

    /// <summary><c>&amp;#</c> or <c>&amp;commat;</c>, a bracket around at/dot/@/./:, an <c>@</c> with a space beside it, or an encoded at sign or number mark.</summary>
    private static bool IsMarkCue(ReadOnlySpan<char> text, int i, ref bool? quotedPrintable)
    {
        var rest = text[i..];
        return text[i] switch
        {
            '&' => rest.Length > 2 && (rest[1] == '#' || rest[1..].StartsWith("commat;", StringComparison.OrdinalIgnoreCase) || rest[1..].StartsWith("period;", StringComparison.OrdinalIgnoreCase)),
            '@' => (i > 0 && text[i - 1] == ' ') || (rest.Length > 1 && rest[1] is ' ' or '\n' or '\r') || DomainBrokenAtHyphen(rest),
            // A percent-encoded or quoted-printable at sign; %20 or %2B beside a digit (cc=4154%203464…, tel=%2B44%207700…).
            '%' => rest.StartsWith("%40") || (rest.Length > 3 && rest[1] == '2' && rest[2] is '0' or 'B' or 'b' && ((i > 0 && char.IsAsciiDigit(text[i - 1])) || char.IsAsciiDigit(rest[3]))),
            // In a body declared quoted-printable: a soft line break after a letter or digit, =2B or =20 before a digit.
            '=' => rest.StartsWith("=40") || (((i > 0 && char.IsAsciiLetterOrDigit(text[i - 1]) && rest.Length > 1 && rest[1] is '\n' or '\r')
                    || (rest.Length > 3 && rest[1] == '2' && rest[2] is '0' or 'B' && char.IsAsciiDigit(rest[3])))
                && (quotedPrintable ??= text.Contains(RevealedText.QuotedPrintable, StringComparison.OrdinalIgnoreCase))),
            '\\' => RevealedText.UnicodeEscaped(rest[..Math.Min(6, rest.Length)]) != '\0',
            _ => rest.Length >= 3 && (rest[1..].StartsWith("at", StringComparison.OrdinalIgnoreCase) || rest[1..].StartsWith("dot", StringComparison.OrdinalIgnoreCase)
                || rest[1..].StartsWith("punkt", StringComparison.OrdinalIgnoreCase) || rest[1..].StartsWith("period", StringComparison.OrdinalIgnoreCase)
                || rest[1] is '.' or '@' || (rest[1] == ':' && rest[2] is ']' or ')') || (text[i] == '(' && rest[1] == 'a' && rest[2] == ')')
                || IsBracketedForeignWord(rest)),
        };
    }

    /// <summary>Malay, Indonesian and Turkish <c>[di]</c>, <c>(et)</c>, <c>[titik]</c>, <c>(nokta)</c> (rule P15): the short words only when the bracket closes after them.</summary>
    private static bool IsBracketedForeignWord(ReadOnlySpan<char> rest) =>
        ((rest[1..].StartsWith("di", StringComparison.OrdinalIgnoreCase) || rest[1..].StartsWith("et", StringComparison.OrdinalIgnoreCase)) && rest.Length > 3 && rest[3] is ']' or ')')
        || rest[1..].StartsWith("titik", StringComparison.OrdinalIgnoreCase) || rest[1..].StartsWith("nokta", StringComparison.OrdinalIgnoreCase);

    /// <summary>An address's domain that a line break cuts after a hyphen (<c>@north-⏎river.example</c>).</summary>
    private static bool DomainBrokenAtHyphen(ReadOnlySpan<char> rest)
    {
        var end = 1;
        while (end < rest.Length && (char.IsAsciiLetterOrDigit(rest[end]) || rest[end] is '-' or '.'))
        {
            end++;
        }
        return end > 1 && end < rest.Length && rest[end - 1] == '-' && rest[end] is '\n' or '\r';
    }

    /// <summary>The digit words (and digit groups after one) one after another from <paramref name="start"/>, over spaces, commas and hyphens.</summary>
    private static int DigitWordsInARow(ReadOnlySpan<char> text, int start)
    {
        if (start > 0 && char.IsAsciiLetter(text[start - 1]))
        {
            return 0;
        }
        var count = 0;
        var i = start;
        while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
        {
            var end = i;
            while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
            {
                end++;
            }
            // Digit groups count beside the words ("299 five nine 0166"); "double", "triple" and "plus" only join them.
            var word = text[i..end];
            var filler = RevealedText.RepeatCount(word) > 0 || word.Equals("plus", StringComparison.OrdinalIgnoreCase);
            var counts = RevealedText.IsDigitWord(word) || (count > 0 && !word.ContainsAnyExceptInRange('0', '9'));
            if (!filler && (!counts || ++count >= 3))
            {
                return count;
            }
            i = end;
            while (i < text.Length && text[i] is ' ' or ',' or '-')
            {
                i++;
            }
        }
        return count;
    }

    /// <summary>Runs of 16+ base64 characters with a digit in them: the only places a base64-encoded value can hide.</summary>
    public static IEnumerable<(int Start, int Length)> Base64Runs(string text)
    {
        var from = 0;
        var anchors = new Base64Anchors();
        while (true)
        {
            var (start, end) = NextBase64Run(text, from, ref anchors);
            if (start < 0)
            {
                yield break;
            }
            yield return (start, end - start);
            from = end;
        }
    }

    public static bool HasBase64Run(string text)
    {
        var anchors = new Base64Anchors();
        // A run is a token of 16 or more (LongTokens.Length; no base64 character is whitespace): where there is an anchor,
        // most texts have no such token, and need no walk out from each digit.
        return anchors.Next(text, 0) >= 0 && LongTokens.Any(text) && NextBase64Run(text, 0, ref anchors).Start >= 0;
    }

    /// <summary>
    /// What <paramref name="find"/> reports inside each base64 run that decodes to text or a number (one level), as one
    /// match spanning the whole encoded run with the first finding's label and score: PII and secrets read it alike.
    /// </summary>
    public static IEnumerable<DetectorMatch> Base64Findings(string text, Func<string, ImmutableArray<DetectorMatch>> find)
    {
        foreach (var (start, length) in Base64Runs(text))
        {
            if (PayloadDecoder.TryBase64Value(text.AsSpan(start, length)) is { } decoded && find(decoded) is [var first, ..])
            {
                yield return new DetectorMatch(start, length, first.Label, first.Score);
            }
        }
    }

    /// <summary>
    /// The next run of 16 or more base64 characters that holds a digit or ends in <c>=</c> padding: long words have
    /// neither, and a digit-free payload (<c>NDExMSAxMTEx…MQ==</c> is a card number) is padded two times in three.
    /// </summary>
    private static (int Start, int End) NextBase64Run(string text, int from, ref Base64Anchors anchors)
    {
        var span = text.AsSpan();
        while (true)
        {
            var anchor = anchors.Next(span, from);
            if (anchor < 0)
            {
                return (-1, -1);
            }
            var start = Base64Chars.RunStart(span, anchor);
            var end = Base64Chars.RunEnd(span, anchor);
            // An = with more after it is an assignment's (user_hint=c2Fv…=), not padding: the value starts after it.
            var body = span[start..end].TrimEnd('=');
            if (body.LastIndexOf('=') is >= 0 and var assignment)
            {
                start += assignment + 1;
            }
            if (end - start >= 16)
            {
                return (start, end);
            }
            from = Math.Max(end, anchor + 1);
        }
    }

    /// <summary>
    /// The next digit and the next <c>=</c> at or after a position, each looked for again only once the scan has passed
    /// it: a text of many short runs (an <c>.env</c> of <c>KEY=</c> lines, where each <c>=</c> is an anchor) is read once,
    /// not once per anchor to its end (32 KB of <c>KEY=⏎</c> took 34 ms that way, 128 KB 0.27 s).
    /// </summary>
    private struct Base64Anchors()
    {
        private const int Unknown = -2;
        private int _digit = Unknown;
        private int _padding = Unknown;

        public int Next(ReadOnlySpan<char> text, int from)
        {
            if (_digit == Unknown || (_digit >= 0 && _digit < from))
            {
                _digit = text[from..].IndexOfAnyInRange('0', '9') is var d and >= 0 ? from + d : -1;
            }
            if (_padding == Unknown || (_padding >= 0 && _padding < from))
            {
                _padding = text[from..].IndexOf('=') is var p and >= 0 ? from + p : -1;
            }
            return _digit < 0 ? _padding : _padding < 0 ? _digit : Math.Min(_digit, _padding);
        }
    }

    /// <summary>Whether <see cref="RevealedText.ForSecrets"/> may show more than the text itself.</summary>
    public static bool MayHideSecret(ReadOnlySpan<char> text)
    {
        if (text.ContainsAnyExceptInRange('\0', '\x7F'))
        {
            return true;
        }
        var from = 0;
        int plus;
        while ((plus = text[from..].IndexOf('+')) >= 0)
        {
            plus += from;
            var before = text[..plus].TrimEnd();
            var after = text[(plus + 1)..].TrimStart();
            if (before.Length > 0 && after.Length > 0 && before[^1] is '"' or '\'' && after[0] == before[^1])
            {
                return true;
            }
            from = plus + 1;
        }
        return HasAdjacentLiterals(text);
    }

    /// <summary><c>"9f3b…" "6a1c…"</c>: a closing quote after a letter or digit, spaces, and the same quote before one (literals C and Python join).</summary>
    private static bool HasAdjacentLiterals(ReadOnlySpan<char> text)
    {
        var from = 1;
        int quote;
        while (from < text.Length && (quote = text[from..].IndexOfAny('"', '\'')) >= 0)
        {
            quote += from;
            from = quote + 1;
            if (!char.IsAsciiLetterOrDigit(text[quote - 1]))
            {
                continue;
            }
            var next = quote + 1;
            while (next < text.Length && text[next] is ' ' or '\t' or '\r' or '\n')
            {
                next++;
            }
            if (next > quote + 1 && next + 1 < text.Length && text[next] == text[quote] && char.IsAsciiLetterOrDigit(text[next + 1]))
            {
                return true;
            }
        }
        return false;
    }
}
