using System.Buffers;
using System.Numerics;
using System.Text;
using Airs.Runtime.Detectors;

namespace Airs.Runtime.Streaming;

/// <summary>
/// Whether an HTML tag (or a <c>&lt;style&gt;</c> block) is open at a point of a streamed answer, and where it began:
/// a detector reads a tag from its <c>&lt;</c> (what an <c>src</c> fetches depends on the element), so a screening that
/// starts inside one must start at it. Read as the exfiltration detector's tag reader reads tags: every <c>&lt;</c> before
/// an ASCII letter opens one, also inside another's quoted value or a style block (the reader reads it on its own, and
/// it can run on past that value's or block's end); a <c>&gt;</c> outside a quoted value closes one; a tag opened inside
/// another before its <c>&gt;</c>, outside a value, continues it (the open one began at the first); a style element's
/// raw text (<c>&lt;style&gt;</c>, or prefixed as XML writes it, <c>&lt;svg:style&gt;</c>) runs to an end tag of that
/// name (<c>&lt;/style</c>, <c>&lt;/svg:style</c>) or the next style tag. Several readings can be open at once; those in the
/// same state read on alike, so one is kept per state (the earliest), at most <see cref="Count"/>: each character is
/// read once, in order, by a bounded number of readings.
/// </summary>
internal struct OpenTag
{
    /// <summary>Where a reading stands: in a style block's raw text, or in a tag (its name, between attributes, in one).</summary>
    private enum State : byte { StyleText, Name, Between, AttributeName, AfterName, BeforeValue, Unquoted, DoubleQuoted, SingleQuoted }

    /// <summary>How many distinct readings there can be: the style block's text, and every state of a tag, of a style tag or not.</summary>
    private const int Count = 1 + 2 * ((int)State.SingleQuoted - (int)State.StyleText);

    private int position;

    /// <summary>Which readings are open (a bit per <see cref="Index"/>), and where each began.</summary>
    private int open;

    private Starts starts;

    /// <summary>Where the earliest tag open at the point read to began; -1 when none is open.</summary>
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
            if (open == 0 && !opens)
            {
                continue;
            }
            // A style block ends at its end tag ("</style", "</svg:style": its own '>' is then read outside) or at the next
            // style tag, a tag of its own.
            var blockEnds = c == '<' && IsStyleTag(text, position);
            var opened = opens && blockEnds;
            var next = new Starts();
            var nextOpen = 0;
            for (var bits = open; bits != 0; bits &= bits - 1)
            {
                var k = BitOperations.TrailingZeroCount(bits);
                var (state, style) = (k == 0 ? State.StyleText : (State)((k + 1) / 2), k != 0 && (k & 1) == 0);
                var start = starts[k];
                if (state == State.StyleText)
                {
                    if (!blockEnds)
                    {
                        Keep(ref next, ref nextOpen, 0, start);
                    }
                }
                else if (state is State.DoubleQuoted or State.SingleQuoted)
                {
                    var closes = c == (state == State.DoubleQuoted ? '"' : '\'');
                    Keep(ref next, ref nextOpen, closes ? Index(State.Between, style) : k, start);
                }
                else if (opens)
                {
                    // Read as part of this tag (which began earlier); a style tag's text begins there.
                    Keep(ref next, ref nextOpen, Index(State.Name, opened), start);
                    if (style && !blockEnds)
                    {
                        Keep(ref next, ref nextOpen, 0, start);
                    }
                }
                else if (c == '>')
                {
                    if (style)
                    {
                        Keep(ref next, ref nextOpen, 0, start);
                    }
                }
                else
                {
                    Keep(ref next, ref nextOpen, Index(Step(state, c), style), start);
                }
            }
            if (opens)
            {
                Keep(ref next, ref nextOpen, Index(State.Name, opened), position);
            }
            (starts, open) = (next, nextOpen);
            Start = EarliestSince(0);
        }
    }

    private static State Step(State state, char c)
    {
        var space = c is ' ' or '\t' or '\n' or '\r' or '\f';
        return state switch
        {
            State.Name => space || c == '/' ? State.Between : c == '<' ? State.AttributeName : State.Name, // '<' ends a name, as the reader reads it
            State.Between => space || c == '/' ? State.Between : State.AttributeName,
            State.AttributeName or State.AfterName => space ? State.AfterName : c == '/' ? State.Between : c == '=' ? State.BeforeValue : State.AttributeName,
            State.BeforeValue => space ? State.BeforeValue : c == '"' ? State.DoubleQuoted : c == '\'' ? State.SingleQuoted : State.Unquoted,
            _ => space ? State.Between : State.Unquoted,
        };
    }

    /// <summary>A reading's bit: 0 for a style block's text, then each tag state twice (not a style tag, a style tag).</summary>
    private static int Index(State state, bool style) => state == State.StyleText ? 0 : 2 * (int)state - (style ? 0 : 1);

    /// <summary>Keeps the reading <paramref name="k"/> open from the earliest start that reaches it.</summary>
    private static void Keep(ref Starts next, ref int nextOpen, int k, int start)
    {
        if ((nextOpen & (1 << k)) == 0 || start < next[k])
        {
            next[k] = start;
            nextOpen |= 1 << k;
        }
    }

    /// <summary>Where the earliest tag open at the point read to, and begun at or after <paramref name="limit"/>, began; -1 when none.</summary>
    public readonly int EarliestSince(int limit)
    {
        var earliest = -1;
        for (var bits = open; bits != 0; bits &= bits - 1)
        {
            var start = starts[BitOperations.TrailingZeroCount(bits)];
            if (start >= limit && (earliest < 0 || start < earliest))
            {
                earliest = start;
            }
        }
        return earliest;
    }

    [System.Runtime.CompilerServices.InlineArray(Count)]
    private struct Starts
    {
        private int first;
    }

    /// <summary>
    /// Whether the tag at <paramref name="i"/> (a start tag's <c>&lt;</c>, an end tag's <c>&lt;/</c>) is a style tag
    /// (<c>&lt;style</c>, <c>&lt;svg:style</c>, not <c>&lt;styles</c>), named as the detector reads it (<see cref="Exfil.IsStyleName"/>).
    /// </summary>
    private static bool IsStyleTag(StringBuilder text, int i)
    {
        var name = i + 1 < text.Length && text[i + 1] == '/' ? i + 2 : i + 1;
        var end = name;
        while (end < text.Length && text[end] is not (' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>' or '<'))
        {
            end++;
        }
        var length = end - name;
        char[]? rented = null;
        var copy = length <= ShortName ? stackalloc char[ShortName] : (rented = ArrayPool<char>.Shared.Rent(length));
        text.CopyTo(name, copy, length);
        var style = Exfil.IsStyleName(copy[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
        return style;
    }

    /// <summary>A name this long or shorter is copied to the stack.</summary>
    private const int ShortName = 64;
}
