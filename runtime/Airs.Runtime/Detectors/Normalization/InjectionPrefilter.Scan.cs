using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Airs.Runtime.Detectors;

internal sealed partial class InjectionPrefilter
{
    /// <summary>
    /// One scan, fed a block of <see cref="CharClasses"/> at a time. Bit masks find the words, the non-ASCII runs and
    /// the whitespace of the block. A word of plain letters is read eight characters at a time from each end: its
    /// first and last three letters rule it out in two bit maps, or its keys are looked up. A word with leetspeak
    /// digits is read through the letter table, and only one with a symbol or an inserted mark character by character.
    /// </summary>
    private ref struct BlockScanner
    {
        private readonly InjectionPrefilter _prefilter;
        private readonly ReadOnlySpan<char> _text;

        /// <summary>The text as sent, where <see cref="_text"/> has accented letters folded: payload tokens are read from it.</summary>
        private readonly ReadOnlySpan<char> _original;

        private WindowSink _windows;
        private readonly List<(int Start, int Length)> _payloads;

        // What the previous block's last character was (bit 0 when set).
        private ulong _coreCarry, _wordCarry, _nonAsciiCarry;

        private int _wordStart;

        // What the open word has held so far: a word cut by a block boundary keeps the fast key reads.
        private bool _openLetters, _openCores;
        private int _tokenStart;
        private int _hexStart, _hexPairs;
        private int _singles, _lastSingleEnd = -2, _singlesStart;

        public BlockScanner(InjectionPrefilter prefilter, ReadOnlySpan<char> text, ReadOnlySpan<char> original, WindowSink windows, List<(int Start, int Length)> payloads)
        {
            _prefilter = prefilter;
            _text = text;
            _original = original;
            _windows = windows;
            _payloads = payloads;
        }

        // Not inlined: inside its caller the JIT ran out of inlining budget for the helpers below, which then cost a
        // call per word (prefilter-latency's scan read 15 µs where the same scan inside Injection.Find read 13 µs).
        [MethodImpl(MethodImplOptions.NoInlining)]
        public void Block(int at, CharClasses classes)
        {
            var core = classes.Core;
            var corePrevious = core << 1 | _coreCarry;
            var coreNext = core >> 1 | (IsCore(_text, at + CharClasses.BlockLength) ? 1UL << 63 : 0);
            // A symbol before a core character (@ttack) and a mark between two (ig.nore) belong to the word.
            var word = core;
            for (var joints = ~(core | classes.Space | classes.NonAscii) & coreNext; joints != 0; joints &= joints - 1)
            {
                var bit = BitOperations.TrailingZeroCount(joints);
                var kind = Kinds[_text[at + bit]];
                if (kind == Kind.Symbol || (kind == Kind.Mark && (corePrevious >> bit & 1) != 0))
                {
                    word |= 1UL << bit;
                }
            }
            var wordNext = word >> 1 | (IsWordChar(_text, at + CharClasses.BlockLength) ? 1UL << 63 : 0);
            var starts = word & ~(word << 1 | _wordCarry);
            var ends = word & ~wordNext;
            var nonAscii = classes.NonAscii;
            var nonAsciiStarts = nonAscii & ~(nonAscii << 1 | _nonAsciiCarry);
            var letters = classes.Letter;
            _coreCarry = core >> 63;
            _nonAsciiCarry = nonAscii >> 63;

            if (_wordCarry != 0 && (word & 1) != 0)
            {
                // The word that the previous block left open ends here, or goes on into the next block.
                if (ends != 0)
                {
                    var end = BitOperations.TrailingZeroCount(ends);
                    Word(_wordStart, at + end + 1, ShapeOf(_openLetters && Within(letters, 0, end), _openCores && Within(core, 0, end)));
                }
                else
                {
                    _openLetters &= letters == ulong.MaxValue;
                    _openCores &= core == ulong.MaxValue;
                }
            }
            for (var events = starts | nonAsciiStarts; events != 0; events &= events - 1)
            {
                var bit = BitOperations.TrailingZeroCount(events);
                if ((nonAsciiStarts >> bit & 1) != 0)
                {
                    // Look-alikes, full-width letters, invisible characters, other scripts: every rule reads this stretch.
                    var run = _text[(at + bit)..].IndexOfAnyInRange('\0', '\u007F');
                    _windows.Add(at + bit, run < 0 ? _text.Length : at + bit + run, _prefilter._all, _prefilter._reversible);
                    continue;
                }
                var endsHere = ends >> bit << bit;
                if (endsHere == 0)
                {
                    _wordStart = at + bit;
                    _openLetters = Within(letters, bit, 63);
                    _openCores = Within(core, bit, 63);
                    continue;
                }
                var last = BitOperations.TrailingZeroCount(endsHere);
                var (start, end) = (at + bit, at + last + 1);
                if (last > bit && Within(letters, bit, last) && ReadsWhole(start, end) && !SymbolAfter(end))
                {
                    // Most words of prose: plain letters, ruled out here without the call (Word would do the same).
                    LetterWord(start, end);
                    continue;
                }
                Word(start, end, ShapeOf(Within(letters, bit, last), Within(core, bit, last)));
            }
            _wordCarry = word >> 63;

            Spaces(at, classes.Space);
        }

        /// <summary>
        /// Ends the tokens the block's whitespace closes. Only a token of two characters (a hex pair) or of nine or more
        /// is read (<see cref="EndToken"/>), or any once a hex run is open; every other space only moves the token start.
        /// So the spaces visited are those that may close such a token, found by bit arithmetic: the block's first
        /// (its token began before), one three after another with none between, and one with none in the nine before it.
        /// </summary>
        private void Spaces(int at, ulong spaces)
        {
            if (spaces == 0)
            {
                return;
            }
            var last = at + 63 - BitOperations.LeadingZeroCount(spaces);
            if (_hexPairs == 0)
            {
                var before = spaces << 1 | spaces << 2;
                var pairs = spaces & spaces << 3 & ~before;
                before |= before << 2; // spaces 1 to 4 before
                before |= before << 4 | spaces << 9; // 1 to 9
                for (var candidates = (spaces & (0 - spaces)) | pairs | (spaces & ~before); candidates != 0; candidates &= candidates - 1)
                {
                    var bit = BitOperations.TrailingZeroCount(candidates);
                    var below = spaces & ((1UL << bit) - 1);
                    var tokenStart = below == 0 ? _tokenStart : at + 64 - BitOperations.LeadingZeroCount(below);
                    var position = at + bit;
                    var tokenLength = position - tokenStart;
                    if (tokenLength >= 9 || tokenLength == 2)
                    {
                        EndToken(_original, _payloads, tokenStart, position, ref _hexStart, ref _hexPairs);
                    }
                    _tokenStart = position + 1;
                    if (_hexPairs > 0)
                    {
                        // A hex run opened: every later token may join or end it.
                        spaces &= ~((2UL << bit) - 1);
                        break;
                    }
                }
                if (_hexPairs == 0)
                {
                    _tokenStart = last + 1;
                    return;
                }
            }
            for (; spaces != 0; spaces &= spaces - 1)
            {
                var position = at + BitOperations.TrailingZeroCount(spaces);
                var tokenLength = position - _tokenStart;
                if (tokenLength >= 9 || tokenLength == 2 || _hexPairs > 0)
                {
                    EndToken(_original, _payloads, _tokenStart, position, ref _hexStart, ref _hexPairs);
                }
                _tokenStart = position + 1;
            }
        }

        public void End()
        {
            _windows.Return();
            EndToken(_original, _payloads, _tokenStart, _text.Length, ref _hexStart, ref _hexPairs);
            AddHexRun(_payloads, _hexStart, _hexPairs, _hexStart + _hexPairs * 3 - 1);
        }

        private static Shape ShapeOf(bool letters, bool cores) => letters ? Shape.Letters : cores ? Shape.Cores : Shape.Marked;

        /// <summary>Whether bits <paramref name="from"/> to <paramref name="to"/> of <paramref name="mask"/> are all set.</summary>
        private static bool Within(ulong mask, int from, int to) => (~mask >> from) << (63 - (to - from)) == 0;

        private void Word(int start, int end, Shape shape)
        {
            var length = end - start;
            if (SymbolAfter(end))
            {
                // A symbol after the word that the scan left out ("pa$$word", "a||") may still be a letter to the normaliser.
                _prefilter.LookupAsNormalized(ref _windows, start, end);
            }
            if (length == 1)
            {
                // Letters spread out by single spaces ("i g n o r e") are joined by the normaliser: read them all.
                _singles = _lastSingleEnd == start - 1 && _text[start - 1] is ' ' or '\t' ? _singles + 1 : 1;
                _singlesStart = _singles == 1 ? start : _singlesStart;
                _lastSingleEnd = end;
                if (_singles == 3)
                {
                    _windows.Add(_singlesStart, end, _prefilter._all, _prefilter._reversible);
                }
                return;
            }
            if (shape == Shape.Letters && ReadsWhole(start, end))
            {
                LetterWord(start, end);
                return;
            }
            // The key bits that belong to the word: five per letter, six letters at most.
            var keep = (1 << (5 * Math.Min(length, KeyLetters))) - 1;
            if (shape == Shape.Cores && start + KeyLetters <= _text.Length && end >= KeyLetters)
            {
                // Leetspeak digits: each character's letter from the table.
                var forward = (LetterAt(start) | LetterAt(start + 1) << 5 | LetterAt(start + 2) << 10
                    | LetterAt(start + 3) << 15 | LetterAt(start + 4) << 20 | LetterAt(start + 5) << 25) & keep;
                var last = end - 1;
                var backward = (LetterAt(last) | LetterAt(last - 1) << 5 | LetterAt(last - 2) << 10
                    | LetterAt(last - 3) << 15 | LetterAt(last - 4) << 20 | LetterAt(last - 5) << 25) & keep;
                _prefilter.Lookup(ref _windows, start, end, forward, backward);
                return;
            }
            var i = start;
            var reader = ReadWord(_text, ref i);
            Debug.Assert(i == end, "the character reader and the block masks agree on where a word ends");
            _prefilter.Lookup(ref _windows, start, end, reader.ForwardKey, reader.BackwardKey);
            if (!ReadsAsOneRun(start, end))
            {
                _prefilter.LookupAsNormalized(ref _windows, start, end);
            }
        }

        /// <summary>
        /// Whether the normaliser reads the word as the scan just did: ASCII letters joined by single marks (sign-off,
        /// don't) with no digit or symbol in it and no token character beside it, so that <see cref="LookupAsNormalized"/>
        /// would look the same letters up over the same stretch again.
        /// </summary>
        private readonly bool ReadsAsOneRun(int start, int end)
        {
            if ((start > 0 && NormalizedText.IsLeetTokenChar(_text[start - 1])) || (end < _text.Length && NormalizedText.IsLeetTokenChar(_text[end])))
            {
                return false;
            }
            foreach (var c in _text[start..end])
            {
                if (!char.IsAsciiLetter(c) && NormalizedText.IsLeetTokenChar(c))
                {
                    return false;
                }
            }
            return true;
        }

        /// <summary>Whether eight characters can be read at each end of the word (<see cref="LetterWord"/>).</summary>
        private readonly bool ReadsWhole(int start, int end) => start + 8 <= _text.Length && end >= 8;

        /// <summary>A symbol follows the word, which the normaliser may read as a letter ("pa$$word").</summary>
        private readonly bool SymbolAfter(int end) => end < _text.Length && _text[end] < 0x80 && Kinds[_text[end]] == Kind.Symbol;

        /// <summary>
        /// A word of two or more plain letters with eight characters readable at each end (<see cref="ReadsWhole"/>) and no
        /// symbol after it: read eight characters at each end, rule it out by its first and last letters or look its keys up.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void LetterWord(int start, int end)
        {
            var length = end - start;
            // The key bits that belong to the word: five per letter, six letters at most.
            var keep = (1 << (5 * Math.Min(length, KeyLetters))) - 1;
            // Read eight characters at each end, whether or not they belong to the word; the mask keeps the word's own.
            ref var first = ref Unsafe.Add(ref MemoryMarshal.GetReference(_text), start);
            ref var final = ref Unsafe.Add(ref MemoryMarshal.GetReference(_text), end - 4);
            var head = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref first)) & LetterBits;
            var tail = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref final)) & LetterBits;
            // The key bits of the first three letters, and of the last three backwards (five bits a letter); the fourth's follow.
            // Masked to the word (a short word's read runs past it), these are its keys' low fifteen bits.
            var first3 = (int)((head & 0x1F) | (head >> 11 & 0x3E0) | (head >> 22 & 0x7C00)) & keep;
            var last3 = (int)((tail >> 48) | (tail >> 27 & 0x3E0) | (tail >> 6 & 0x7C00)) & keep;
            // The first three letters, and the last three backwards, rule out almost every word, short or long, before
            // the full keys are read: no branch on the word's length, which prose makes unpredictable, comes first.
            if (((_prefilter._starts[first3 >> 6] >> first3) & 1) == 0 && ((_prefilter._ends[last3 >> 6] >> last3) & 1) == 0)
            {
                return;
            }
            if (length <= 4)
            {
                // Short words ("the", "for") are whole in the first read: their full keys go straight to the key filter.
                var whole = (first3 | (int)(head >> 33 & 0xF8000)) & keep;
                var reversed = (last3 | (int)(tail << 15 & 0xF8000)) & keep;
                if (_prefilter.MayHave(whole) || _prefilter.MayHave(reversed))
                {
                    _prefilter.Lookup(ref _windows, start, end, whole, reversed);
                }
                return;
            }
            var more = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref first, 4))) & LetterBits;
            var forward = (first3 | (int)((head >> 33 & 0xF8000) | (more << 20 & 0x1F00000) | (more >> 11 << 20 & 0x3E000000))) & keep;
            var before = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref final, -4))) & LetterBits;
            var backward = (last3 | (int)((tail << 15 & 0xF8000) | (before >> 28 & 0x1F00000) | (before >> 7 & 0x3E000000))) & keep;
            if (_prefilter.MayHave(forward) || _prefilter.MayHave(backward))
            {
                _prefilter.Lookup(ref _windows, start, end, forward, backward);
            }
        }

        /// <summary>What a word holds: only ASCII letters, letters and leetspeak digits, or symbols and inserted marks too.</summary>
        private enum Shape { Letters, Cores, Marked }

        private const ulong LetterBits = 0x001F_001F_001F_001FUL;

        private readonly int LetterAt(int position) =>
            Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Letter), Unsafe.Add(ref MemoryMarshal.GetReference(_text), position) & 0x7F);
    }
}
