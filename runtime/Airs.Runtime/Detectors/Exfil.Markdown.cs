namespace Airs.Runtime.Detectors;

public static partial class Exfil
{
    /// <summary>The markdown forms a client renders or follows.</summary>
    internal enum MarkdownForm
    {
        /// <summary><c>![label](destination)</c>, label up to 500 characters on one line.</summary>
        Image,

        /// <summary><c>[label](destination)</c> (label up to 500), or a link definition <c>[label]: destination</c> at a line start.</summary>
        Link,
    }

    /// <summary>
    /// The next markdown image or link at or after <paramref name="from"/>, read by hand where the detector once ran these
    /// non-backtracking patterns (case-insensitive; the link's second branch multiline), and giving exactly their matches,
    /// leftmost first and without overlap (<c>ExfilMarkdownDifferentialTests</c> keeps the patterns as the oracle):
    /// <code>
    /// image: !\[[^\]\r\n]{0,500}\]\(\s*&lt;?D
    /// link:  \[[^\]\r\n]{0,500}\]\(\s*&lt;?D  |  ^\s{0,3}\[[^\]\r\n]{1,200}\]:\s*&lt;?D'
    /// </code>
    /// where, with <paramref name="httpOnly"/>, <c>D</c> is <c>https?://[^\s)&gt;]+</c> and <c>D'</c> <c>https?://[^\s&gt;]+</c>,
    /// and otherwise <c>[^\s)&gt;]+</c> and <c>[^\s&gt;]+</c> (any destination; a lone <c>&lt;</c> is then the destination).
    /// The patterns' automaton was most of the detector's time on an ordinary answer with links (<c>ExfilMarkup</c>);
    /// this reads each character a bounded number of times: the label's end and each destination's end are found once.
    /// </summary>
    /// <returns>Whether a form was found; <paramref name="index"/> and <paramref name="length"/> are its span in <paramref name="text"/>.</returns>
    internal static bool NextMarkdown(ReadOnlySpan<char> text, int from, MarkdownForm form, bool httpOnly, out int index, out int length)
    {
        var inline = new LabelEnds(text, ")");
        var definition = new LabelEnds(text, "");
        var image = form == MarkdownForm.Image;
        var bracket = NextBracket(text, from, image);
        // Line starts are looked for only up to the next bracket, from where the last look stopped: a text of one long
        // line with many links would otherwise be searched to its end once for every link.
        var lineFrom = from;
        while (true)
        {
            var limit = bracket < 0 ? text.Length - 1 : bracket;
            var line = image ? -1 : LineStart(text, lineFrom, limit);
            if (bracket < 0 && line < 0)
            {
                break;
            }
            var p = line >= 0 ? line : bracket;
            // The inline branch first, as the patterns' alternation tries it first at each position.
            var labelStart = p + (image ? 2 : 1);
            if (p == bracket && inline.End(labelStart, '(', 0, 500, httpOnly) is > 0 and var end)
            {
                (index, length) = (p, end - p);
                return true;
            }
            if (p == line && DefinitionBracket(text, p) is >= 0 and var open
                && definition.End(open + 1, ':', 1, 200, httpOnly) is > 0 and var definitionEnd)
            {
                (index, length) = (p, definitionEnd - p);
                return true;
            }
            if (p == bracket)
            {
                bracket = NextBracket(text, p + 1, image);
            }
            lineFrom = p + 1;
        }
        (index, length) = (-1, 0);
        return false;
    }

    private static int NextBracket(ReadOnlySpan<char> text, int from, bool image)
    {
        if (from >= text.Length)
        {
            return -1;
        }
        var i = image ? text[from..].IndexOf("![", StringComparison.Ordinal) : text[from..].IndexOf('[');
        return i < 0 ? -1 : from + i;
    }

    /// <summary>
    /// The first position from <paramref name="from"/> to <paramref name="limit"/> where the multiline <c>^</c> holds (the
    /// text's start or after a line feed), or -1; a line start at the very end of the text can begin no form.
    /// </summary>
    private static int LineStart(ReadOnlySpan<char> text, int from, int limit)
    {
        limit = Math.Min(limit, text.Length - 1);
        if (from > limit)
        {
            return -1;
        }
        if (from == 0 || text[from - 1] == '\n')
        {
            return from;
        }
        var feed = text[from..limit].IndexOf('\n');
        return feed < 0 ? -1 : from + feed + 1;
    }

    /// <summary>The <c>[</c> of a link definition starting at line start <paramref name="p"/> (<c>\s{0,3}\[</c>), or -1.</summary>
    private static int DefinitionBracket(ReadOnlySpan<char> text, int p)
    {
        for (var i = p; i < text.Length && i <= p + 3; i++)
        {
            if (text[i] == '[')
            {
                return i;
            }
            if (!char.IsWhiteSpace(text[i]))
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>
    /// One branch's label end and destination end, each remembered: the candidates that share a label end (every
    /// opening bracket before it on its line) share its outcome, so neither is read twice. Positions asked for only
    /// grow within one search, so one remembered label end serves until a position passes it.
    /// </summary>
    private ref struct LabelEnds(ReadOnlySpan<char> text, string destinationStops)
    {
        private readonly ReadOnlySpan<char> text = text;
        private int searchedFrom = int.MaxValue; // the stop below is the first ']', '\r' or '\n' at or after this
        private int stop = -1;
        private int checkedStop = -1; // the stop whose destination was read, and where that destination ends (0: none)
        private int destinationEnd;

        /// <summary>
        /// Where the form whose label starts at <paramref name="labelStart"/> ends: its label (<paramref name="min"/> to
        /// <paramref name="max"/> characters, no <c>]</c> or line break) closes with <c>]</c> and <paramref name="opener"/>,
        /// then blanks, an optional <c>&lt;</c> and the destination; 0 when it does not.
        /// </summary>
        public int End(int labelStart, char opener, int min, int max, bool httpOnly)
        {
            if (labelStart < searchedFrom || labelStart > stop)
            {
                searchedFrom = labelStart;
                var found = labelStart > text.Length ? -1 : text[labelStart..].IndexOfAny(']', '\r', '\n');
                stop = found < 0 ? text.Length : labelStart + found; // no stop: no label closes
            }
            if (stop - labelStart < min || stop - labelStart > max || stop + 1 >= text.Length || text[stop] != ']' || text[stop + 1] != opener)
            {
                return 0;
            }
            if (checkedStop != stop)
            {
                checkedStop = stop;
                destinationEnd = DestinationEnd(text, stop + 2, destinationStops, httpOnly);
            }
            return destinationEnd;
        }
    }

    /// <summary>
    /// The end of <c>\s*&lt;?D</c> at <paramref name="i"/>: <c>D</c> a run of characters other than white space,
    /// <c>&gt;</c> and <paramref name="stops"/>, after <c>https?://</c> (case-insensitive) with <paramref name="httpOnly"/>;
    /// 0 when there is none.
    /// </summary>
    private static int DestinationEnd(ReadOnlySpan<char> text, int i, string stops, bool httpOnly)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        var angle = i < text.Length && text[i] == '<';
        var start = angle ? i + 1 : i;
        if (httpOnly)
        {
            var scheme = SchemeLength(text[start..]);
            return scheme == 0 ? 0 : RunEnd(text, start + scheme, stops) is var end && end > start + scheme ? end : 0;
        }
        var runEnd = RunEnd(text, start, stops);
        // The run needs a character; when the one after '<' cannot start it, the optional '<' gives itself up and is the run.
        return runEnd > start ? runEnd : angle ? start : 0;
    }

    /// <summary>The length of <c>http://</c> or <c>https://</c> (any case) at the start of <paramref name="text"/>, or 0.</summary>
    private static int SchemeLength(ReadOnlySpan<char> text)
    {
        if (!text.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }
        var secure = text.Length > 4 && text[4] is 's' or 'S' ? 1 : 0;
        return text[(4 + secure)..].StartsWith("://", StringComparison.Ordinal) ? 7 + secure : 0;
    }

    private static int RunEnd(ReadOnlySpan<char> text, int i, string stops)
    {
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '>' && stops.IndexOf(text[i]) < 0)
        {
            i++;
        }
        return i;
    }

    /// <summary>
    /// The next URL at or after <paramref name="from"/>, as <c>https?://[^\s"'&lt;&gt;()\[\]]+</c> (case-insensitive)
    /// finds it, read by hand from each <c>://</c>.
    /// </summary>
    internal static bool NextUrl(ReadOnlySpan<char> text, int from, out int index, out int length)
    {
        for (var separator = from + 4 > text.Length ? -1 : SchemeSeparator(text, from + 4); separator >= 0; separator = SchemeSeparator(text, separator + 1))
        {
            var start = separator >= from + 5 && text.Slice(separator - 5, 5).Equals("https", StringComparison.OrdinalIgnoreCase) ? separator - 5
                : text.Slice(separator - 4, 4).Equals("http", StringComparison.OrdinalIgnoreCase) ? separator - 4
                : -1;
            var end = RunEnd(text, separator + 3, "\"'<()[]");
            if (start >= 0 && end > separator + 3)
            {
                (index, length) = (start, end - start);
                return true;
            }
        }
        (index, length) = (-1, 0);
        return false;
    }
}
