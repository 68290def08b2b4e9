namespace Airs.Runtime.Detectors;

/// <summary>A set of ASCII characters as a 128-bit mask, optionally with every non-ASCII character: a membership test in two instructions.</summary>
internal readonly struct AsciiSet
{
    private readonly ulong _low;
    private readonly ulong _high;
    private readonly bool _nonAscii;

    public AsciiSet(string chars, bool letters = false, bool digits = false, bool nonAscii = false)
    {
        foreach (var c in chars + (letters ? "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz" : "") + (digits ? "0123456789" : ""))
        {
            if (c < 64)
            {
                _low |= 1UL << c;
            }
            else
            {
                _high |= 1UL << (c - 64);
            }
        }
        _nonAscii = nonAscii;
    }

    public bool Contains(char c) => c < 64 ? ((_low >> c) & 1) != 0 : c < 128 ? ((_high >> (c - 64)) & 1) != 0 : _nonAscii;

    /// <summary>The start of the run of members that ends just before <paramref name="index"/>.</summary>
    public int RunStart(ReadOnlySpan<char> text, int index)
    {
        while (index > 0 && Contains(text[index - 1]))
        {
            index--;
        }
        return index;
    }

    /// <summary>The end of the run of members that starts at <paramref name="index"/>.</summary>
    public int RunEnd(ReadOnlySpan<char> text, int index)
    {
        while (index < text.Length && Contains(text[index]))
        {
            index++;
        }
        return index;
    }

    /// <summary>
    /// The run of members around each <paramref name="anchor"/> (itself a member), left to right; a run that holds
    /// several anchors comes once.
    /// </summary>
    public RunsAround Around(ReadOnlySpan<char> text, char anchor) => new(this, text, anchor);

    public ref struct RunsAround(AsciiSet set, ReadOnlySpan<char> text, char anchor)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private int _from;

        public (int Start, int End) Current { get; private set; }

        public readonly RunsAround GetEnumerator() => this;

        public bool MoveNext()
        {
            var at = _text[_from..].IndexOf(anchor);
            if (at < 0)
            {
                return false;
            }
            at += _from;
            Current = (set.RunStart(_text, at), set.RunEnd(_text, at));
            _from = Current.End;
            return true;
        }
    }
}
