using System.Text;

namespace Airs.Runtime.Streaming;

/// <summary>
/// Whether an HTML tag (or a <c>&lt;style&gt;</c> block) is open at a point of a streamed answer, and where it began:
/// a detector reads a tag from its <c>&lt;</c> (what an <c>src</c> fetches depends on the element), so a screening that
/// starts inside one must start at it. Read as the exfiltration detector's tag reader reads tags: a <c>&lt;</c> before an
/// ASCII letter opens one, a <c>&gt;</c> outside a quoted value closes it, a tag opened inside another before its
/// <c>&gt;</c> continues it (the open one began at the first), a style element's raw text runs to <c>&lt;/style</c> or
/// the next <c>&lt;style</c>. Each character is read once, in order.
/// </summary>
internal struct OpenTag
{
    private enum State : byte { Outside, Name, Between, AttributeName, AfterName, BeforeValue, Unquoted, Quoted, StyleText }

    private int position;
    private State state;
    private char quote;
    private bool style;

    /// <summary>Where the tag open at the point read to began; -1 when none is open.</summary>
    public int Start { get; private set; }

    public OpenTag() => Start = -1;

    /// <summary>
    /// Reads <paramref name="text"/> on to <paramref name="to"/> (exclusive; a point already passed is not read again).
    /// The character before <paramref name="to"/> must be white space or the text's end, so that what follows a
    /// <c>&lt;</c> read here has arrived.
    /// </summary>
    public void ReadTo(StringBuilder text, int to)
    {
        for (; position < to; position++)
        {
            var c = text[position];
            var opens = c == '<' && position + 1 < text.Length && char.IsAsciiLetter(text[position + 1]);
            if (state == State.StyleText)
            {
                // The block ends at "</style" (its own '>' is then read outside) or at the next "<style", a tag.
                if (c == '<' && At(text, position, "</style"))
                {
                    Close();
                }
                else if (opens && At(text, position, "<style"))
                {
                    Open(text);
                }
                continue;
            }
            if (state == State.Quoted)
            {
                if (c == quote)
                {
                    state = State.Between;
                }
                continue;
            }
            if (opens)
            {
                // A new tag, or (inside an open one, outside a value) one read as part of it: the open one began earlier.
                var start = state == State.Outside ? position : Start;
                Open(text);
                Start = start;
                continue;
            }
            if (state == State.Outside)
            {
                continue;
            }
            if (c == '>')
            {
                if (style)
                {
                    state = State.StyleText;
                }
                else
                {
                    Close();
                }
                continue;
            }
            var space = c is ' ' or '\t' or '\n' or '\r' or '\f';
            state = state switch
            {
                State.Name => space || c == '/' ? State.Between : State.Name,
                State.Between => space || c == '/' ? State.Between : State.AttributeName,
                State.AttributeName => space ? State.AfterName : c == '/' ? State.Between : c == '=' ? State.BeforeValue : State.AttributeName,
                State.AfterName => space ? State.AfterName : c == '/' ? State.Between : c == '=' ? State.BeforeValue : State.AttributeName,
                State.BeforeValue => space ? State.BeforeValue : c is '"' or '\'' ? State.Quoted : State.Unquoted,
                State.Unquoted => space ? State.Between : State.Unquoted,
                _ => state,
            };
            if (state == State.Quoted)
            {
                quote = c;
            }
        }
    }

    private void Open(StringBuilder text)
    {
        Start = position;
        state = State.Name;
        style = IsStyleElement(text, position);
    }

    private void Close()
    {
        Start = -1;
        state = State.Outside;
        style = false;
    }

    /// <summary>Whether <paramref name="text"/> holds <paramref name="what"/> (lower case) at <paramref name="i"/>, in any case.</summary>
    private static bool At(StringBuilder text, int i, string what)
    {
        if (i + what.Length > text.Length)
        {
            return false;
        }
        for (var k = 0; k < what.Length; k++)
        {
            if (char.ToLowerInvariant(text[i + k]) != what[k])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A <c>&lt;style</c> tag whose name ends there (not <c>&lt;styles</c>): its element's text is CSS.</summary>
    private static bool IsStyleElement(StringBuilder text, int i)
    {
        if (!At(text, i, "<style"))
        {
            return false;
        }
        var after = i + 6;
        return after == text.Length || text[after] is ' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>' or '<';
    }
}
