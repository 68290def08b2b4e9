using System.Collections.Frozen;

namespace Airs.Runtime.Detectors;

/// <summary>A stretch of the original text [Start, End) and the rules to run there, forwards and on the reversed view.</summary>
internal readonly record struct InjectionWindow(int Start, int End, ulong Forward, ulong Reversed);

/// <summary>
/// Finds, in one pass over the ORIGINAL text, where injection rules could match, so that the normaliser and the
/// rules run only there. Words are read as the normaliser would read them: case folded, leetspeak digits and symbols
/// as letters, one mark inserted between letters skipped. A word whose first six letters are those of an anchor of
/// some rule (<see cref="InjectionRules.Rule.Anchors"/>) opens a window for those rules; a word whose last six
/// letters, read backwards, are, opens one on the reversed view. What the scanner does not read — non-ASCII text
/// (look-alikes, full-width, other scripts, invisible characters) and letters spread out by spaces — opens a window
/// for every rule. Long unbroken tokens, percent escapes and runs of spaced hex bytes are payload candidates.
/// </summary>
internal sealed class InjectionPrefilter
{
    private const int KeyLetters = 6;

    /// <summary>How far a match can reach from its anchor, in original characters (sentence start + 90-character gap + phrase).</summary>
    private const int Reach = 320;

    private const int MinPayload = 16;

    private const int MinHexPairs = 8;

    /// <summary>ASCII character → letter 1–26 as the normaliser reads it (leetspeak digits included), 0 otherwise.</summary>
    private static readonly byte[] Letter = BuildLetters();

    private readonly FrozenDictionary<int, ulong> _masks;

    /// <summary>4,096-bit filter over the keys: most words are rejected without a dictionary probe.</summary>
    private readonly ulong[] _bloom = new ulong[64];

    private readonly ulong _all;

    private readonly ulong _reversible;

    /// <param name="anchors">Each rule's anchors with its bit.</param>
    /// <param name="all">Every rule's bit.</param>
    /// <param name="reversible">The bits of rules that also run on the reversed view.</param>
    public InjectionPrefilter(IEnumerable<(string Word, ulong Bit)> anchors, ulong all, ulong reversible)
    {
        var masks = new Dictionary<int, ulong>();
        foreach (var (word, bit) in anchors)
        {
            var key = 0;
            var letters = 0;
            foreach (var c in word)
            {
                if (letters < KeyLetters && c < 0x80 && Letter[c] != 0 && char.IsAsciiLetter(c))
                {
                    key = key * 27 + Letter[c];
                    letters++;
                }
            }
            if (letters != Math.Min(word.Length, KeyLetters))
            {
                throw new ArgumentException($"anchor `{word}` must be lower-case ASCII letters", nameof(anchors));
            }
            masks[key] = masks.GetValueOrDefault(key) | bit;
        }
        _masks = masks.ToFrozenDictionary();
        foreach (var key in _masks.Keys)
        {
            var slot = Slot(key);
            _bloom[slot >> 6] |= 1UL << slot;
        }
        _all = all;
        _reversible = reversible;
    }

    public void Scan(ReadOnlySpan<char> text, List<InjectionWindow> windows, List<(int Start, int Length)> payloads)
    {
        var i = 0;
        var tokenStart = 0;
        int hexStart = 0, hexPairs = 0, singles = 0, lastSingleEnd = -2, singlesStart = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c >= 0x80)
            {
                // Look-alikes, full-width letters, invisible characters, other scripts: every rule reads this stretch.
                var run = text[i..].IndexOfAnyInRange('\0', '\u007F');
                var end = run < 0 ? text.Length : i + run;
                AddWindow(text, windows, i, end, _all, _reversible);
                i = end;
                continue;
            }
            if (Letter[c] != 0 && (char.IsAsciiLetterOrDigit(c) || IsWordChar(text, i + 1)))
            {
                var start = i;
                var word = ReadWord(text, ref i);
                if (word.Length >= 2)
                {
                    Lookup(text, windows, start, i, word);
                }
                else if (word.Length == 1)
                {
                    // Letters spread out by single spaces ("i g n o r e") are joined by the normaliser: read them all.
                    singles = lastSingleEnd == start - 1 && text[start - 1] is ' ' or '\t' ? singles + 1 : 1;
                    singlesStart = singles == 1 ? start : singlesStart;
                    lastSingleEnd = i;
                    if (singles == 3)
                    {
                        AddWindow(text, windows, singlesStart, i, _all, _reversible);
                    }
                }
                continue;
            }
            if (c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v')
            {
                EndToken(text, payloads, tokenStart, i, ref hexStart, ref hexPairs);
                tokenStart = i + 1;
            }
            i++;
        }
        EndToken(text, payloads, tokenStart, text.Length, ref hexStart, ref hexPairs);
        AddHexRun(payloads, hexStart, hexPairs, hexStart + hexPairs * 3 - 1);
    }

    /// <summary>Reads one word from <paramref name="i"/> and leaves <paramref name="i"/> after it.</summary>
    private static WordReader ReadWord(ReadOnlySpan<char> text, ref int i)
    {
        var word = new WordReader();
        while (i < text.Length)
        {
            var c = text[i];
            if (c < 0x80 && Letter[c] != 0 && (char.IsAsciiLetterOrDigit(c) || IsWordChar(text, i + 1)))
            {
                word.Add(Letter[c]);
                i++;
            }
            else if (c < 0x80 && NormalizedText.IsInsertable(c) && IsWordChar(text, i + 1) && IsWordChar(text, i - 1))
            {
                // One mark between letters is dropped by the normaliser (ig.nore, don't): the word goes on.
                i++;
            }
            else
            {
                break;
            }
        }
        return word;
    }

    /// <summary>A token (text between whitespace) long enough to hold an encoded payload is a candidate.</summary>
    private static void EndToken(ReadOnlySpan<char> text, List<(int Start, int Length)> payloads, int start, int end, ref int hexStart, ref int hexPairs)
    {
        var length = end - start;
        if (length <= 0)
        {
            return;
        }
        if (length >= MinPayload || (length >= 9 && text.Slice(start, length).Contains('%')))
        {
            payloads.Add((start, length));
        }
        if (length == 2 && char.IsAsciiHexDigit(text[start]) && char.IsAsciiHexDigit(text[start + 1]))
        {
            // Pairs join a run only one space apart, as the hex pattern reads them.
            var joins = hexPairs > 0 && start - 3 == hexStart + (hexPairs - 1) * 3 && text[start - 1] == ' ';
            if (!joins)
            {
                AddHexRun(payloads, hexStart, hexPairs, hexStart + hexPairs * 3 - 1);
                hexPairs = 0;
            }
            hexStart = hexPairs == 0 ? start : hexStart;
            hexPairs++;
        }
        else
        {
            AddHexRun(payloads, hexStart, hexPairs, hexStart + hexPairs * 3 - 1);
            hexPairs = 0;
        }
    }

    private void Lookup(ReadOnlySpan<char> text, List<InjectionWindow> windows, int start, int end, WordReader word)
    {
        var forward = word.ForwardKey;
        if (MayHave(forward) && _masks.TryGetValue(forward, out var mask))
        {
            AddWindow(text, windows, start, end, mask, 0);
        }
        var backward = word.BackwardKey;
        if (MayHave(backward) && _masks.TryGetValue(backward, out mask) && (mask & _reversible) != 0)
        {
            AddWindow(text, windows, start, end, 0, mask & _reversible);
        }
    }

    /// <summary>Hex bytes written one pair per token ("de ad be ef …") form one payload.</summary>
    private static void AddHexRun(List<(int Start, int Length)> payloads, int start, int pairs, int end)
    {
        if (pairs >= MinHexPairs)
        {
            payloads.Add((start, end - start));
        }
    }

    private bool MayHave(int key)
    {
        var slot = Slot(key);
        return (_bloom[slot >> 6] & (1UL << slot)) != 0;
    }

    private static int Slot(int key) => (int)(((uint)key * 0x9E3779B1u) >> 20);

    private static void AddWindow(ReadOnlySpan<char> text, List<InjectionWindow> windows, int start, int end, ulong forward, ulong reversed)
    {
        if (windows.Count > 0 && windows[^1] is var last && start - Reach <= last.End)
        {
            var e = end + Reach <= last.End ? last.End : SnapForward(text, end + Reach);
            windows[^1] = new InjectionWindow(last.Start, e, last.Forward | forward, last.Reversed | reversed);
            return;
        }
        windows.Add(new InjectionWindow(SnapBack(text, start - Reach, windows.Count > 0 ? windows[^1].End : 0), SnapForward(text, end + Reach), forward, reversed));
    }

    /// <summary>
    /// A window starts with the last character before whitespace: that character stops a rule anchored at the start
    /// of the text from matching at a cut that is no sentence start, and keeps real sentence punctuation visible.
    /// No token is cut; the search stops at the previous window, which the scan has already covered.
    /// </summary>
    private static int SnapBack(ReadOnlySpan<char> text, int position, int floor)
    {
        if (position <= floor)
        {
            return floor;
        }
        var space = text[floor..(position + 1)].LastIndexOfAny(' ', '\n', '\t');
        return space < 0 ? floor : Math.Max(floor, floor + space - 1);
    }

    /// <summary>A window ends at whitespace, so that no token is cut.</summary>
    private static int SnapForward(ReadOnlySpan<char> text, int position)
    {
        if (position >= text.Length)
        {
            return text.Length;
        }
        var space = text[position..].IndexOfAny(' ', '\n', '\t');
        return space < 0 ? text.Length : position + space;
    }

    private static bool IsWordChar(ReadOnlySpan<char> text, int i) => i < text.Length && text[i] < 0x80 && char.IsAsciiLetterOrDigit(text[i]) && Letter[text[i]] != 0;

    private static byte[] BuildLetters()
    {
        var table = new byte[128];
        for (var c = 'a'; c <= 'z'; c++)
        {
            table[c] = (byte)(c - 'a' + 1);
            table[char.ToUpperInvariant(c)] = (byte)(c - 'a' + 1);
        }
        for (var c = '\0'; c < 128; c++)
        {
            if (NormalizedText.IsLeetDigit(c) || NormalizedText.IsLeetSymbol(c))
            {
                table[c] = (byte)(NormalizedText.Leet(c) - 'a' + 1);
            }
        }
        return table;
    }

    /// <summary>The letters of the word being read: the first six (forward key) and the last six (backward key).</summary>
    private struct WordReader
    {
        private int _forward;
        private long _lastSix;

        public int Length;

        public readonly int ForwardKey => _forward;

        /// <summary>The last six letters read from the end: the word's start in the reversed view.</summary>
        public readonly int BackwardKey
        {
            get
            {
                var key = 0;
                var letters = _lastSix;
                for (var k = 0; k < Math.Min(Length, KeyLetters); k++)
                {
                    key = key * 27 + (int)(letters & 31);
                    letters >>= 5;
                }
                return key;
            }
        }

        public void Add(byte letter)
        {
            if (Length < KeyLetters)
            {
                _forward = _forward * 27 + letter;
            }
            _lastSix = ((_lastSix << 5) | letter) & ((1L << (5 * KeyLetters)) - 1);
            Length++;
        }
    }
}
