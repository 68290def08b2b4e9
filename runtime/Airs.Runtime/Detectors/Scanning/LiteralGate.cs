using System.Buffers;
using System.Collections.Frozen;

namespace Airs.Runtime.Detectors;

/// <summary>
/// Lets a rule run on a text only when the literals every match of it contains are there (<see cref="RequiredLiterals"/>):
/// one multi-string search finds which literals the text holds, and each candidate rule's condition is checked against
/// them. Exact by construction: a rule it turns away could not have matched. Rules are numbered by their bit in a
/// 128-bit mask, as <see cref="InjectionPrefilter"/> selects them.
/// </summary>
internal sealed class LiteralGate
{
    /// <summary>Above this many literals the present-set is rented, not stack-allocated.</summary>
    private const int StackLiterals = 2048;

    private readonly Node?[] _conditions;

    /// <summary>Rules whose condition holds for every text: admitted without a search.</summary>
    private readonly UInt128 _unconditional;

    private readonly string[] _literals;

    /// <summary>Bit map over the first three letters of the literals that start with three ASCII lower-case letters (15 bits).</summary>
    private readonly ulong[] _heads = new ulong[512];

    /// <summary>
    /// Those literals by their first three letters: the numbers of the literals with head h are
    /// <c>_headed[_headStarts[h] .. _headStarts[h + 1]]</c>.
    /// </summary>
    private readonly int[] _headStarts = new int[(1 << 15) + 1];

    private readonly int[] _headed;

    /// <summary>Every other literal (other scripts, punctuation), found by a multi-string search, and those by first character.</summary>
    private readonly SearchValues<string>? _others;

    private readonly FrozenDictionary<char, int[]> _othersByFirst;

    /// <summary>Every other literal holds a character outside ASCII: a text of ASCII alone holds none of them.</summary>
    private readonly bool _othersNonAscii;

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
        var headed = numbered.Where(p => HeadOf(p.Literal) >= 0).ToArray();
        foreach (var (literal, _) in headed)
        {
            var head = HeadOf(literal);
            _heads[head >> 6] |= 1UL << head;
        }
        _headed = [.. headed.OrderBy(p => HeadOf(p.Literal)).Select(p => p.Index)];
        foreach (var (literal, _) in headed)
        {
            _headStarts[HeadOf(literal) + 1]++;
        }
        for (var h = 0; h < 1 << 15; h++)
        {
            _headStarts[h + 1] += _headStarts[h];
        }
        var others = numbered.Where(p => HeadOf(p.Literal) < 0).ToArray();
        _othersNonAscii = others.All(p => p.Literal.Any(c => c >= '\u0080'));
        _others = others.Length == 0 ? null : SearchValues.Create([.. others.Select(p => p.Literal)], StringComparison.Ordinal);
        _othersByFirst = others.GroupBy(p => p.Literal[0]).ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Index).ToArray());
    }

    /// <summary>Letter 1–26 of an ASCII lower-case letter, 0 for any other character.</summary>
    private static int LetterOf(char c) => (uint)(c - 'a') < 26 ? c - 'a' + 1 : 0;

    /// <summary>The first three letters, five bits each, the first highest; -1 unless all three are ASCII lower-case letters.</summary>
    private static int HeadOf(string literal) =>
        literal.Length >= 3 && LetterOf(literal[0]) * LetterOf(literal[1]) * LetterOf(literal[2]) != 0
            ? LetterOf(literal[0]) << 10 | LetterOf(literal[1]) << 5 | LetterOf(literal[2])
            : -1;

    /// <summary>How many distinct literals the conditions ask about.</summary>
    public int LiteralCount => _literals.Length;

    /// <summary>Of the <paramref name="candidates"/>, the rules whose required literals <paramref name="text"/> holds.</summary>
    public UInt128 Admit(ReadOnlySpan<char> text, UInt128 candidates)
    {
        var conditional = candidates & ~_unconditional;
        if (conditional == 0)
        {
            return candidates;
        }
        bool[]? rented = null;
        var present = _literals.Length <= StackLiterals ? stackalloc bool[_literals.Length] : (rented = ArrayPool<bool>.Shared.Rent(_literals.Length)).AsSpan(0, _literals.Length);
        present.Clear();
        var admitted = candidates & _unconditional;
        if (Find(text, present))
        {
            for (var bits = conditional; bits != 0; bits &= bits - 1)
            {
                var rule = (int)UInt128.TrailingZeroCount(bits);
                if (_conditions[rule]!.Holds(present))
                {
                    admitted |= UInt128.One << rule;
                }
            }
        }
        if (rented is not null)
        {
            ArrayPool<bool>.Shared.Return(rented);
        }
        return admitted;
    }

    /// <summary>Marks every literal that occurs in the text; false when none does.</summary>
    private bool Find(ReadOnlySpan<char> text, Span<bool> present)
    {
        var any = false;
        // The last three letters read, as a literal's head: a run of letters keeps it, anything else starts it again.
        int head = 0, letters = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var letter = LetterOf(text[i]);
            if (letter == 0)
            {
                letters = 0;
                continue;
            }
            head = (head << 5 | letter) & 0x7FFF;
            if (++letters >= 3 && (_heads[head >> 6] >> head & 1) != 0)
            {
                any |= Mark(text[(i - 2)..], _headed.AsSpan(_headStarts[head], _headStarts[head + 1] - _headStarts[head]), present);
            }
        }
        if (_others is not null && (!_othersNonAscii || text.ContainsAnyExceptInRange('\0', '\u007F')))
        {
            for (var at = 0; at < text.Length; at++)
            {
                var next = text[at..].IndexOfAny(_others);
                if (next < 0)
                {
                    break;
                }
                at += next;
                any |= Mark(text[at..], _othersByFirst[text[at]], present);
            }
        }
        return any;
    }

    /// <summary>Marks each of the literals that <paramref name="rest"/> starts with.</summary>
    private bool Mark(ReadOnlySpan<char> rest, ReadOnlySpan<int> literals, Span<bool> present)
    {
        var any = false;
        foreach (var literal in literals)
        {
            if (rest.StartsWith(_literals[literal], StringComparison.Ordinal))
            {
                present[literal] = any = true;
            }
        }
        return any;
    }

    /// <summary>A condition over literal numbers: evaluated on the present-set without a lookup.</summary>
    private abstract class Node
    {
        public abstract bool Holds(ReadOnlySpan<bool> present);

        public static Node Of(LiteralCondition condition, FrozenDictionary<string, int> index) => condition switch
        {
            LiteralCondition.Contains c => new Literal(index[c.Literal]),
            LiteralCondition.Both b => new All([.. b.Parts.Select(p => Of(p, index))]),
            LiteralCondition.Either e => new Any([.. e.Parts.Select(p => Of(p, index))]),
            _ => throw new ArgumentException($"no node for the condition {condition}", nameof(condition)),
        };

        private sealed class Literal(int index) : Node
        {
            public override bool Holds(ReadOnlySpan<bool> present) => present[index];
        }

        private sealed class All(Node[] parts) : Node
        {
            public override bool Holds(ReadOnlySpan<bool> present)
            {
                foreach (var part in parts)
                {
                    if (!part.Holds(present))
                    {
                        return false;
                    }
                }
                return true;
            }
        }

        private sealed class Any(Node[] parts) : Node
        {
            public override bool Holds(ReadOnlySpan<bool> present)
            {
                foreach (var part in parts)
                {
                    if (part.Holds(present))
                    {
                        return true;
                    }
                }
                return false;
            }
        }
    }
}
