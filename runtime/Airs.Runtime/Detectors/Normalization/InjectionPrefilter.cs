using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Airs.Runtime.Detectors;

/// <summary>
/// A stretch of the original text [Start, End) and the rules to run there, forwards and on the reversed view; and
/// whether a word there looks like ROT13 (<see cref="Rot13"/>).
/// </summary>
internal readonly record struct InjectionWindow(int Start, int End, UInt128 Forward, UInt128 Reversed, bool Rot13 = false);

/// <summary>
/// Finds, in one pass over the ORIGINAL text, where injection rules could match, so that the normaliser and the
/// rules run only there. Words are read as the normaliser would read them: case folded, leetspeak digits and symbols
/// as letters, one mark inserted between letters skipped. A word whose first six letters are those of an anchor of
/// some rule (<see cref="InjectionRules.Rule.Anchors"/>) opens a window for those rules; a word whose last six
/// letters, read backwards, are, opens one on the reversed view. Accented Latin letters are read as the normaliser
/// folds them (<see cref="TextFolding.AsciiLetterOf"/>). What the scanner does not read — other non-ASCII text
/// (look-alikes, full-width, other scripts, invisible characters) and letters spread out by spaces — opens a window
/// for every rule. A word that is the ROT13 form of a common English word (<see cref="Rot13.Cues"/>) marks its window
/// for a rotated reading. Long unbroken tokens, percent escapes and runs of spaced hex bytes are payload candidates.
/// </summary>
internal sealed partial class InjectionPrefilter
{
    private const int KeyLetters = 6;

    /// <summary>
    /// How far a match can reach from its anchor, in original characters (sentence start + 90-character gap + phrase),
    /// where a run of characters that are neither letters nor digits counts as one (<see cref="WindowSink"/>).
    /// </summary>
    internal const int Reach = 320;

    private const int MinPayload = 16;

    private const int MinHexPairs = 8;

    /// <summary>ASCII character → letter 1–26 as the normaliser reads it (leetspeak digits included), 0 otherwise.</summary>
    private static readonly byte[] Letter = BuildLetters();

    /// <summary>What the scanner makes of an ASCII character.</summary>
    private enum Kind : byte
    {
        Other,
        /// <summary>A letter, or a digit that leetspeak reads as one: always part of a word.</summary>
        Core,
        /// <summary>@ $ ! |: a letter when a core character follows.</summary>
        Symbol,
        /// <summary>A mark the normaliser drops between two core characters.</summary>
        Mark,
    }

    private static readonly Kind[] Kinds = BuildKinds();

    /// <summary>Rules by the first six letters of a word (<see cref="WordReader.ForwardKey"/>).</summary>
    private readonly FrozenDictionary<int, UInt128> _forward;

    /// <summary>Reversible rules by the last six letters of a word, read backwards (<see cref="WordReader.BackwardKey"/>).</summary>
    private readonly FrozenDictionary<int, UInt128> _backward;

    /// <summary>The forward keys of <see cref="Rot13.Cues"/>.</summary>
    private readonly FrozenSet<int> _rot13;

    /// <summary>65,536-bit filter over every kind of key: almost every word is rejected without a dictionary probe.</summary>
    private readonly ulong[] _bloom = new ulong[1024];

    /// <summary>Bit maps over the first three letters of the forward keys and of the backward keys (15 bits each).</summary>
    private readonly ulong[] _starts = new ulong[512], _ends = new ulong[512];

    private readonly UInt128 _all;

    private readonly UInt128 _reversible;

    /// <param name="anchors">Each rule's anchors with its bit (a 128-bit mask: at most 128 rules).</param>
    /// <param name="all">Every rule's bit.</param>
    /// <param name="reversible">The bits of rules that also run on the reversed view.</param>
    /// <param name="rot13Cues">Words that mark a window for a ROT13 reading.</param>
    public InjectionPrefilter(IEnumerable<(string Word, UInt128 Bit)> anchors, UInt128 all, UInt128 reversible, IEnumerable<string> rot13Cues)
    {
        var forward = new Dictionary<int, UInt128>();
        var backward = new Dictionary<int, UInt128>();
        foreach (var (word, bit) in anchors)
        {
            if (word.Length == 0 || !word.All(char.IsAsciiLetterLower))
            {
                throw new ArgumentException($"anchor `{word}` must be lower-case ASCII letters", nameof(anchors));
            }
            var key = KeyOf(word);
            forward[key] = forward.GetValueOrDefault(key) | bit;
            if ((bit & reversible) != 0)
            {
                // A word of the reversed view that starts with the anchor is a word of the text that ends with it backwards.
                backward[key] = backward.GetValueOrDefault(key) | bit;
            }
        }
        _forward = forward.ToFrozenDictionary();
        _backward = backward.ToFrozenDictionary();
        _rot13 = rot13Cues.Select(KeyOf).ToFrozenSet();
        foreach (var key in _forward.Keys.Concat(_rot13))
        {
            _starts[(key & 0x7FFF) >> 6] |= 1UL << key;
        }
        foreach (var key in _backward.Keys)
        {
            _ends[(key & 0x7FFF) >> 6] |= 1UL << key;
        }
        foreach (var key in _forward.Keys.Concat(_backward.Keys).Concat(_rot13))
        {
            var slot = Slot(key);
            _bloom[slot >> 6] |= 1UL << slot;
        }
        _all = all;
        _reversible = reversible;
    }

    /// <summary>The forward key of a word of lower-case ASCII letters.</summary>
    private static int KeyOf(string word)
    {
        var reader = new WordReader();
        foreach (var c in word)
        {
            reader.Add(Letter[c]);
        }
        return reader.ForwardKey;
    }

    public void Scan(ReadOnlySpan<char> text, List<InjectionWindow> windows, List<(int Start, int Length)> payloads)
    {
        // Words are read with their accented Latin letters folded as the normaliser folds them (réunion as reunion),
        // so that a French or German text opens windows at anchors, not everywhere; payloads are cut from the text itself.
        var folded = WithLatinLettersFolded(text);
        var words = folded is null ? text : folded.AsSpan(0, text.Length);
        var scan = new BlockScanner(this, words, text, new WindowSink(words, windows), payloads);
        for (var block = 0; block < words.Length; block += CharClasses.BlockLength)
        {
            scan.Block(block, CharClasses.Of(words, block));
        }
        scan.End();
        if (folded is not null)
        {
            ArrayPool<char>.Shared.Return(folded);
        }
    }

    /// <summary>A rented copy of the text with each <see cref="TextFolding.AsciiLetterOf"/> letter replaced, one for one; null when none is there.</summary>
    private static char[]? WithLatinLettersFolded(ReadOnlySpan<char> text)
    {
        char[]? copy = null;
        for (var i = TextFolding.AsciiPrefixLength(text); i < text.Length; i += 1 + TextFolding.AsciiPrefixLength(text[(i + 1)..]))
        {
            if (TextFolding.AsciiLetterOf(text[i]) is not '\0' and var letter)
            {
                if (copy is null)
                {
                    copy = ArrayPool<char>.Shared.Rent(text.Length);
                    text.CopyTo(copy);
                }
                copy[i] = letter;
            }
        }
        return copy;
    }

    /// <summary>Reads one word from <paramref name="i"/>, which holds a word character, and leaves <paramref name="i"/> after it.</summary>
    private static WordReader ReadWord(ReadOnlySpan<char> text, ref int i)
    {
        var word = new WordReader();
        while (true)
        {
            word.Add(Letter[text[i]]);
            var core = Kinds[text[i]] == Kind.Core;
            i++;
            if (i >= text.Length || text[i] >= 0x80)
            {
                return word;
            }
            var kind = Kinds[text[i]];
            if (kind == Kind.Core || (kind == Kind.Symbol && IsCore(text, i + 1)))
            {
                continue;
            }
            if (kind == Kind.Mark && core && IsCore(text, i + 1))
            {
                // One mark between letters is dropped by the normaliser (ig.nore, don't): the word goes on.
                i++;
                continue;
            }
            return word;
        }
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
        // The hex pattern's pairs are bounded by words, not spaces: a run's last pair may have a mark after it ("ef,"),
        // and its first a mark before it ("(de", found by looking back when the next pair starts the run).
        var closes = length >= 3 && IsHexPair(text, start) && !IsWordCharacter(text[start + 2]);
        if ((length == 2 && IsHexPair(text, start)) || (closes && hexPairs > 0))
        {
            // Pairs join a run only one space apart, as the hex pattern reads them.
            var joins = hexPairs > 0 && start - 3 == hexStart + (hexPairs - 1) * 3 && text[start - 1] == ' ';
            if (!joins)
            {
                AddHexRun(payloads, hexStart, hexPairs, hexStart + hexPairs * 3 - 1);
                hexPairs = 0;
            }
            if (hexPairs == 0)
            {
                var markedFirst = start >= 4 && text[start - 1] == ' ' && IsHexPair(text, start - 3)
                    && !IsWordCharacter(text[start - 4]) && !char.IsWhiteSpace(text[start - 4]);
                hexStart = markedFirst ? start - 3 : start;
                hexPairs = markedFirst ? 1 : 0;
            }
            hexPairs++;
            if (closes)
            {
                AddHexRun(payloads, hexStart, hexPairs, hexStart + hexPairs * 3 - 1);
                hexPairs = 0;
            }
        }
        else
        {
            AddHexRun(payloads, hexStart, hexPairs, hexStart + hexPairs * 3 - 1);
            hexPairs = 0;
        }
    }

    private static bool IsHexPair(ReadOnlySpan<char> text, int at) => char.IsAsciiHexDigit(text[at]) && char.IsAsciiHexDigit(text[at + 1]);

    /// <summary>A character of a word as the regex engine's <c>\b</c> reads it (letters, digits, marks, connectors, ZWJ/ZWNJ).</summary>
    private static bool IsWordCharacter(char c) =>
        char.IsLetterOrDigit(c) || c is '\u200C' or '\u200D'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation;

    private void Lookup(ref WindowSink windows, int start, int end, int forwardKey, int backwardKey)
    {
        if (MayHave(forwardKey))
        {
            if (_forward.TryGetValue(forwardKey, out var forward))
            {
                windows.Add(start, end, forward, 0);
            }
            if (_rot13.Contains(forwardKey))
            {
                windows.Add(start, end, 0, 0, rot13: true);
            }
        }
        if (MayHave(backwardKey) && _backward.TryGetValue(backwardKey, out var mask))
        {
            windows.Add(start, end, 0, mask);
        }
    }

    /// <summary>How far <see cref="LookupAsNormalized"/> looks past a word for the rest of its token.</summary>
    private const int TokenReach = 32;

    /// <summary>
    /// Looks up every letter run of a word with symbols or marks as the normaliser reads it: leetspeak is folded per
    /// token (a run of ASCII letters, digits and symbols) that holds a letter; a symbol at a token's edge is a letter
    /// only if it is @ or $; a mark is dropped only between two letters. So "reply.3" holds the word "reply",
    /// "!ignore" the word "ignore" and "pa$$word" the word "password", none of which the scan's own reading sees.
    /// </summary>
    private void LookupAsNormalized(ref WindowSink windows, int start, int end)
    {
        var text = windows.Text;
        var from = start;
        while (from > 0 && start - from < TokenReach && NormalizedText.IsLeetTokenChar(text[from - 1]))
        {
            from--;
        }
        var to = end;
        while (to < text.Length && to - end < TokenReach && NormalizedText.IsLeetTokenChar(text[to]))
        {
            to++;
        }
        var run = new WordReader();
        var afterLetterMark = false;
        var i = from;
        while (i < to)
        {
            if (!NormalizedText.IsLeetTokenChar(text[i]))
            {
                // A mark: dropped if a letter follows the letter before it; a second mark in a row ends the run.
                if (afterLetterMark)
                {
                    Flush(ref windows, from, to, ref run);
                }
                afterLetterMark = run.Length > 0;
                i++;
                continue;
            }
            var tokenEnd = i;
            bool letter = false, leet = false;
            while (tokenEnd < to && NormalizedText.IsLeetTokenChar(text[tokenEnd]))
            {
                letter |= char.IsAsciiLetter(text[tokenEnd]);
                leet |= NormalizedText.IsLeetDigit(text[tokenEnd]) || NormalizedText.IsLeetSymbol(text[tokenEnd]);
                tokenEnd++;
            }
            for (var k = i; k < tokenEnd; k++)
            {
                var c = text[k];
                if (char.IsAsciiLetter(c) || (letter && leet && NormalizedText.ReadsAsLetter(c, inner: k > i && k < tokenEnd - 1)))
                {
                    run.Add(Letter[c]);
                }
                else
                {
                    Flush(ref windows, from, to, ref run);
                }
                afterLetterMark = false;
            }
            i = tokenEnd;
        }
        Flush(ref windows, from, to, ref run);
    }

    private void Flush(ref WindowSink windows, int start, int end, ref WordReader run)
    {
        if (run.Length > 0)
        {
            Lookup(ref windows, start, end, run.ForwardKey, run.BackwardKey);
        }
        run = default;
    }

    /// <summary>Hex bytes written one pair per token ("de ad be ef …") form one payload.</summary>
    private static void AddHexRun(List<(int Start, int Length)> payloads, int start, int pairs, int end)
    {
        if (pairs >= MinHexPairs)
        {
            payloads.Add((start, end - start));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayHave(int key)
    {
        var slot = Slot(key);
        return (_bloom[slot >> 6] & (1UL << slot)) != 0;
    }

    private static int Slot(int key) => (int)(((uint)key * 0x9E3779B1u) >> 16);

    private static bool IsCore(ReadOnlySpan<char> text, int i) => (uint)i < (uint)text.Length && text[i] < 0x80 && Kinds[text[i]] == Kind.Core;

    /// <summary>Whether the character at <paramref name="i"/> belongs to a word: a core, a symbol before a core, a mark between two.</summary>
    private static bool IsWordChar(ReadOnlySpan<char> text, int i) =>
        i < text.Length && text[i] < 0x80 && Kinds[text[i]] switch
        {
            Kind.Core => true,
            Kind.Symbol => IsCore(text, i + 1),
            Kind.Mark => IsCore(text, i - 1) && IsCore(text, i + 1),
            _ => false,
        };

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

    private static Kind[] BuildKinds()
    {
        var table = new Kind[128];
        for (var c = '\0'; c < 128; c++)
        {
            table[c] = c switch
            {
                _ when char.IsAsciiLetter(c) || NormalizedText.IsLeetDigit(c) => Kind.Core,
                _ when NormalizedText.IsLeetSymbol(c) => Kind.Symbol,
                _ when NormalizedText.IsInsertable(c) => Kind.Mark,
                _ => Kind.Other,
            };
        }
        return table;
    }

    /// <summary>
    /// The letters of the word being read, five bits each: the first six, first letter lowest (forward key), and the
    /// last six, last letter lowest (backward key: the start of the word in the reversed view, read the same way).
    /// Letters are 1–26, so shorter words never collide with longer ones.
    /// </summary>
    private struct WordReader
    {
        private const int Bits = 5 * KeyLetters;

        public int ForwardKey;

        public int BackwardKey;

        public int Length;

        public void Add(byte letter)
        {
            if (Length < KeyLetters)
            {
                ForwardKey |= letter << (5 * Length);
            }
            BackwardKey = ((BackwardKey << 5) | letter) & ((1 << Bits) - 1);
            Length++;
        }
    }
}
