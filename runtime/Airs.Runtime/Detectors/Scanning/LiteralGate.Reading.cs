using System.Buffers;

namespace Airs.Runtime.Detectors;

internal sealed partial class LiteralGate
{
    /// <summary>
    /// One text as the gate read it: the rules it admits, every occurrence of every literal, and from those the
    /// stretches of the text where an admitted rule's match can lie (<see cref="Regions"/>). Pooled per thread: dispose
    /// a reading before taking the next.
    /// </summary>
    public sealed class Reading : IDisposable
    {
        [ThreadStatic]
        private static Reading? FreeReading;

        private LiteralGate _gate = null!;

        // Per literal: its latest occurrence (-1: none) and how many there are; per occurrence: where, how long, the one before.
        private int[] _latest = [], _count = [];
        private int[] _at = new int[64], _length = new int[64], _previous = new int[64];
        private int _occurrences;
        private readonly List<int> _seen = [];

        // The text's squeezed positions (see Regions): rented and counted when the first region is asked for.
        private int[]? _squeezed;

        private readonly List<int> _witnesses = [];

        /// <summary>What <see cref="Regions"/> returns: valid until its next call.</summary>
        private readonly List<(int Start, int End)> _regions = [];

        public UInt128 Admitted { get; set; }

        public static Reading Rent(LiteralGate gate)
        {
            var reading = FreeReading ?? new Reading();
            FreeReading = null;
            if (reading._latest.Length != gate._literals.Length)
            {
                reading._latest = new int[gate._literals.Length];
                reading._count = new int[gate._literals.Length];
                Array.Fill(reading._latest, -1);
            }
            reading._gate = gate;
            reading.Admitted = UInt128.Zero;
            return reading;
        }

        public void Dispose()
        {
            foreach (var literal in _seen)
            {
                _latest[literal] = -1;
                _count[literal] = 0;
            }
            _seen.Clear();
            _occurrences = 0;
            if (_squeezed is not null)
            {
                ArrayPool<int>.Shared.Return(_squeezed);
                _squeezed = null;
            }
            FreeReading = this;
        }

        public void Add(int literal, int at, int length)
        {
            if (_occurrences == _at.Length)
            {
                Array.Resize(ref _at, _at.Length * 2);
                Array.Resize(ref _length, _at.Length);
                Array.Resize(ref _previous, _at.Length);
            }
            (_at[_occurrences], _length[_occurrences], _previous[_occurrences]) = (at, length, _latest[literal]);
            _latest[literal] = _occurrences++;
            if (_count[literal]++ == 0)
            {
                _seen.Add(literal);
            }
        }

        public int Count(int literal) => _count[literal];

        /// <summary>Whether the literal occurs wholly within [<paramref name="from"/>, <paramref name="to"/>).</summary>
        public bool OccursWithin(int literal, int from, int to)
        {
            for (var o = _latest[literal]; o >= 0; o = _previous[o])
            {
                if (_at[o] >= from && _at[o] + _length[o] <= to)
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>
        /// Whether the rule's condition holds on the occurrences within [<paramref name="from"/>, <paramref name="to"/>):
        /// a match lying there holds every literal it contains there, so where it fails no match lies.
        /// </summary>
        public bool HoldsWithin(int rule, int from, int to) => _gate._conditions[rule] is not { } condition || condition.HoldsWithin(this, from, to);

        public void AddOccurrences(int literal, List<int> occurrences)
        {
            for (var o = _latest[literal]; o >= 0; o = _previous[o])
            {
                occurrences.Add(o);
            }
        }

        /// <summary>
        /// Where the rule's matches can lie in <paramref name="text"/> (the text this reading read), sorted and apart:
        /// <paramref name="reach"/> characters either side of each occurrence that witnesses its condition, a run of
        /// characters that are neither letters nor digits counting as one (as the injection prefilter's windows reach
        /// from an anchor); the whole text for a rule without a condition. Each stretch ends at whitespace. The list is
        /// the reading's own, valid until the next call.
        /// </summary>
        public List<(int Start, int End)> Regions(int rule, ReadOnlySpan<char> text, int reach)
        {
            var regions = _regions;
            regions.Clear();
            if (_gate._conditions[rule] is not { } condition)
            {
                regions.Add((0, text.Length));
                return regions;
            }
            var squeezed = Squeezed(text);
            _witnesses.Clear();
            condition.Witnesses(this, _witnesses);
            foreach (var o in _witnesses)
            {
                var from = FirstAtLeast(squeezed, text.Length, squeezed[_at[o]] - reach);
                var to = Math.Min(text.Length, FirstAtLeast(squeezed, text.Length, squeezed[_at[o] + _length[o]] + reach + 1));
                var space = text[to..].IndexOfAny(' ', '\n');
                regions.Add((from, space < 0 ? text.Length : to + space));
            }
            regions.Sort();
            var merged = 0;
            for (var i = 0; i < regions.Count; i++)
            {
                var (start, end) = regions[i];
                if (merged > 0 && start <= regions[merged - 1].End)
                {
                    regions[merged - 1] = (regions[merged - 1].Start, Math.Max(end, regions[merged - 1].End));
                    continue;
                }
                regions[merged++] = (start, end);
            }
            regions.RemoveRange(merged, regions.Count - merged);
            return regions;
        }

        /// <summary>Positions as squeezing counts them: squeezed[i] is how many of text[..i] count, a gap character after a gap character none.</summary>
        private int[] Squeezed(ReadOnlySpan<char> text)
        {
            if (_squeezed is not null)
            {
                return _squeezed;
            }
            var squeezed = _squeezed = ArrayPool<int>.Shared.Rent(text.Length + 1);
            squeezed[0] = 0;
            var previousGap = false;
            for (var i = 0; i < text.Length; i++)
            {
                var gap = !char.IsLetterOrDigit(text[i]);
                squeezed[i + 1] = squeezed[i] + (gap && previousGap ? 0 : 1);
                previousGap = gap;
            }
            return squeezed;
        }

        /// <summary>The first position whose squeezed count is at least <paramref name="value"/> (0 when all are).</summary>
        private static int FirstAtLeast(int[] squeezed, int length, int value)
        {
            var (low, high) = (0, length);
            while (low < high)
            {
                var middle = (low + high) >>> 1;
                (low, high) = squeezed[middle] < value ? (middle + 1, high) : (low, middle);
            }
            return low;
        }
    }
}
