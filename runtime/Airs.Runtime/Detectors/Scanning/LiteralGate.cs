using System.Buffers;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Airs.Runtime.Detectors;

/// <summary>
/// Lets a rule run on a text only when the literals every match of it contains are there (<see cref="RequiredLiterals"/>):
/// one pass over the text's letters finds every occurrence of every literal, and each candidate rule's condition is
/// checked against them. Exact by construction: a rule it turns away could not have matched. Rules are numbered by their
/// bit in a 128-bit mask, as <see cref="InjectionPrefilter"/> selects them.
/// </summary>
internal sealed partial class LiteralGate
{
    private readonly Node?[] _conditions;

    /// <summary>Rules whose condition holds for every text: admitted without a search.</summary>
    private readonly UInt128 _unconditional;

    private readonly string[] _literals;

    /// <summary>Literals of four or more letters by their first four; literals of three letters (and a non-letter) by those three.</summary>
    private readonly HeadIndex _long, _short;

    /// <summary>Literals that start with a symbol ("=", "|"): found where their first character is, and those by it.</summary>
    private readonly SearchValues<char> _symbolStarts;

    private readonly FrozenDictionary<char, int[]> _bySymbol;

    /// <summary>Literals that hold a character outside ASCII, found by a multi-string search where the text holds one too, and those by first character.</summary>
    private readonly SearchValues<string>? _foreign;

    private readonly FrozenDictionary<char, int[]> _foreignByFirst;

    /// <param name="conditions">Each rule's condition, by its bit number.</param>
    public LiteralGate(IReadOnlyList<LiteralCondition> conditions)
    {
        if (conditions.Count > 128)
        {
            throw new ArgumentException("a gate selects rules by a 128-bit mask: at most 128 rules", nameof(conditions));
        }
        _literals = [.. conditions.SelectMany(c => c.Literals).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        var index = _literals.Select((literal, i) => (literal, i)).ToFrozenDictionary(p => p.literal, p => p.i, StringComparer.Ordinal);
        _conditions = new Node?[conditions.Count];
        for (var i = 0; i < conditions.Count; i++)
        {
            if (conditions[i] == LiteralCondition.Always)
            {
                _unconditional |= UInt128.One << i;
                continue;
            }
            _conditions[i] = Node.Of(conditions[i], index);
        }
        var numbered = _literals.Select((literal, i) => (Literal: literal, Index: i)).ToArray();
        _long = new HeadIndex(4, numbered.Where(p => HeadOf(p.Literal, 4) >= 0));
        _short = new HeadIndex(3, numbered.Where(p => HeadOf(p.Literal, 4) < 0 && HeadOf(p.Literal, 3) >= 0));
        var others = numbered.Where(p => HeadOf(p.Literal, 3) < 0).ToLookup(p => p.Literal.Any(c => c >= '\u0080'));
        _bySymbol = others[false].GroupBy(p => p.Literal[0]).ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Index).ToArray());
        _symbolStarts = SearchValues.Create([.. _bySymbol.Keys]);
        _foreign = others[true].Any() ? SearchValues.Create([.. others[true].Select(p => p.Literal)], StringComparison.Ordinal) : null;
        _foreignByFirst = others[true].GroupBy(p => p.Literal[0]).ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Index).ToArray());
    }

    /// <summary>Letter 1–26 of an ASCII lower-case letter, 0 for any other character.</summary>
    private static int LetterOf(char c) => (uint)(c - 'a') < 26 ? c - 'a' + 1 : 0;

    /// <summary>The first <paramref name="letters"/> letters, five bits each, the first highest; -1 unless all are ASCII lower-case letters.</summary>
    private static int HeadOf(string literal, int letters)
    {
        var head = 0;
        for (var i = 0; i < letters; i++)
        {
            var letter = i < literal.Length ? LetterOf(literal[i]) : 0;
            if (letter == 0)
            {
                return -1;
            }
            head = head << 5 | letter;
        }
        return head;
    }

    /// <summary>Of the <paramref name="candidates"/>, the rules whose required literals <paramref name="text"/> holds.</summary>
    public UInt128 Admit(ReadOnlySpan<char> text, UInt128 candidates)
    {
        using var reading = Read(text, candidates);
        return reading.Admitted;
    }

    /// <summary>
    /// Reads the text: which of the <paramref name="candidates"/> it admits and where their matches can lie
    /// (<see cref="Reading.Regions"/>). Dispose the reading before the next one on this thread.
    /// </summary>
    public Reading Read(ReadOnlySpan<char> text, UInt128 candidates)
    {
        var reading = Reading.Rent(this);
        var conditional = candidates & ~_unconditional;
        reading.Admitted = candidates & _unconditional;
        if (conditional != 0 && Find(text, reading))
        {
            for (var bits = conditional; bits != 0; bits &= bits - 1)
            {
                var rule = (int)UInt128.TrailingZeroCount(bits);
                if (_conditions[rule]!.Holds(reading))
                {
                    reading.Admitted |= UInt128.One << rule;
                }
            }
        }
        return reading;
    }

    /// <summary>Records every occurrence of every literal in the text; false when there is none.</summary>
    private bool Find(ReadOnlySpan<char> text, Reading present)
    {
        var any = false;
        // The last four letters read, five bits each: a run of letters keeps them, anything else starts again.
        int head = 0, letters = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var letter = LetterOf(text[i]);
            if (letter == 0)
            {
                letters = 0;
                continue;
            }
            head = (head << 5 | letter) & 0xFFFFF;
            if (++letters < 3)
            {
                continue;
            }
            if (_short.MayStart(head & 0x7FFF))
            {
                any |= Mark(text, i - 2, _short[head & 0x7FFF], present);
            }
            if (letters >= 4 && _long.MayStart(head))
            {
                any |= Mark(text, i - 3, _long[head], present);
            }
        }
        for (var at = text.IndexOfAny(_symbolStarts); at >= 0; at = text[(at + 1)..].IndexOfAny(_symbolStarts) is var next and >= 0 ? at + 1 + next : -1)
        {
            any |= Mark(text, at, _bySymbol[text[at]], present);
        }
        if (_foreign is not null && text.ContainsAnyExceptInRange('\0', '\u007F'))
        {
            for (var at = text.IndexOfAny(_foreign); at >= 0; at = text[(at + 1)..].IndexOfAny(_foreign) is var next and >= 0 ? at + 1 + next : -1)
            {
                any |= Mark(text, at, _foreignByFirst[text[at]], present);
            }
        }
        return any;
    }

    /// <summary>Records each of the literals that the text starts with at <paramref name="at"/>.</summary>
    private bool Mark(ReadOnlySpan<char> text, int at, ReadOnlySpan<int> literals, Reading present)
    {
        var any = false;
        var rest = text[at..];
        foreach (var literal in literals)
        {
            if (rest.StartsWith(_literals[literal], StringComparison.Ordinal))
            {
                present.Add(literal, at, _literals[literal].Length);
                any = true;
            }
        }
        return any;
    }

    /// <summary>
    /// Literals by their first letters (<see cref="HeadOf"/>). A 65,536-bit filter over the heads (hashed, so that it
    /// stays in the first-level cache) rules out almost every position before the dictionary is asked.
    /// </summary>
    private sealed class HeadIndex
    {
        private readonly ulong[] _bits = new ulong[1024];

        private readonly FrozenDictionary<int, int[]> _literals;

        public HeadIndex(int letters, IEnumerable<(string Literal, int Index)> literals)
        {
            _literals = literals.GroupBy(p => HeadOf(p.Literal, letters)).ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Index).ToArray());
            foreach (var head in _literals.Keys)
            {
                var slot = Slot(head);
                _bits[slot >> 6] |= 1UL << slot;
            }
        }

        /// <summary>Whether some literal may have this head: false for almost every position of ordinary text.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool MayStart(int head)
        {
            var slot = Slot(head);
            return (_bits[slot >> 6] >> slot & 1) != 0;
        }

        /// <summary>The literals with this head (none where the filter let a head through that no literal has).</summary>
        public ReadOnlySpan<int> this[int head] => _literals.GetValueOrDefault(head);

        private static int Slot(int head) => (int)((uint)head * 0x9E3779B1u >> 16);
    }

    /// <summary>
    /// A condition over literal numbers, evaluated on a <see cref="Reading"/> without a lookup; and the occurrences
    /// that witness it: every match of the rule contains one of them.
    /// </summary>
    private abstract class Node
    {
        public abstract bool Holds(Reading reading);

        /// <summary>Whether the occurrences that lie wholly within [<paramref name="from"/>, <paramref name="to"/>) satisfy the condition.</summary>
        public abstract bool HoldsWithin(Reading reading, int from, int to);

        /// <summary>How many occurrences <see cref="Witnesses"/> gives.</summary>
        public abstract int WitnessCount(Reading reading);

        /// <summary>Occurrences of which every match holds one: a literal's every occurrence, any branch's, the scarcest part's.</summary>
        public abstract void Witnesses(Reading reading, List<int> occurrences);

        public static Node Of(LiteralCondition condition, FrozenDictionary<string, int> index) => condition switch
        {
            LiteralCondition.Contains c => new Literal(index[c.Literal]),
            LiteralCondition.Both b => new All([.. b.Parts.Select(p => Of(p, index))]),
            LiteralCondition.Either e => new Any([.. e.Parts.Select(p => Of(p, index))]),
            _ => throw new ArgumentException($"no node for the condition {condition}", nameof(condition)),
        };

        private sealed class Literal(int index) : Node
        {
            public override bool Holds(Reading reading) => reading.Count(index) != 0;

            public override bool HoldsWithin(Reading reading, int from, int to) => reading.OccursWithin(index, from, to);

            public override int WitnessCount(Reading reading) => reading.Count(index);

            public override void Witnesses(Reading reading, List<int> occurrences) => reading.AddOccurrences(index, occurrences);
        }

        private sealed class All(Node[] parts) : Node
        {
            public override bool Holds(Reading reading)
            {
                foreach (var part in parts)
                {
                    if (!part.Holds(reading))
                    {
                        return false;
                    }
                }
                return true;
            }

            public override bool HoldsWithin(Reading reading, int from, int to)
            {
                foreach (var part in parts)
                {
                    if (!part.HoldsWithin(reading, from, to))
                    {
                        return false;
                    }
                }
                return true;
            }

            public override int WitnessCount(Reading reading) => Scarcest(reading).Count;

            public override void Witnesses(Reading reading, List<int> occurrences) => Scarcest(reading).Part.Witnesses(reading, occurrences);

            private (Node Part, int Count) Scarcest(Reading reading)
            {
                var (scarcest, fewest) = (parts[0], int.MaxValue);
                foreach (var part in parts)
                {
                    var count = part.WitnessCount(reading);
                    (scarcest, fewest) = count < fewest ? (part, count) : (scarcest, fewest);
                }
                return (scarcest, fewest);
            }
        }

        private sealed class Any(Node[] parts) : Node
        {
            public override bool Holds(Reading reading)
            {
                foreach (var part in parts)
                {
                    if (part.Holds(reading))
                    {
                        return true;
                    }
                }
                return false;
            }

            public override bool HoldsWithin(Reading reading, int from, int to)
            {
                foreach (var part in parts)
                {
                    if (part.HoldsWithin(reading, from, to))
                    {
                        return true;
                    }
                }
                return false;
            }

            public override int WitnessCount(Reading reading)
            {
                var count = 0;
                foreach (var part in parts)
                {
                    count += part.WitnessCount(reading);
                }
                return count;
            }

            public override void Witnesses(Reading reading, List<int> occurrences)
            {
                foreach (var part in parts)
                {
                    part.Witnesses(reading, occurrences);
                }
            }
        }
    }
}
