using System.Collections;

namespace Airs.Runtime.Context;

/// <summary>
/// A set of context fields as one bit each: which fields a request carried. Every decision makes one, so it is a
/// word, not a hash set (a frozen set of a handful of fields cost more to build than the guardrails to run).
/// </summary>
public sealed class ContextFieldSet : IReadOnlySet<ContextField>
{
    private ulong _bits;

    public int Count => System.Numerics.BitOperations.PopCount(_bits);

    /// <summary>Adds a field; false when it was already there.</summary>
    public bool Add(ContextField field)
    {
        var bit = Bit(field);
        var added = (_bits & bit) == 0;
        _bits |= bit;
        return added;
    }

    public bool Contains(ContextField item) => (_bits & Bit(item)) != 0;

    /// <summary>A new set holding the same fields.</summary>
    internal ContextFieldSet Copy() => new() { _bits = _bits };

    public IEnumerator<ContextField> GetEnumerator()
    {
        for (var rest = _bits; rest != 0; rest &= rest - 1)
        {
            yield return (ContextField)System.Numerics.BitOperations.TrailingZeroCount(rest);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool IsProperSubsetOf(IEnumerable<ContextField> other) => BitsOf(other) is var o && (_bits & ~o) == 0 && o != _bits;

    public bool IsProperSupersetOf(IEnumerable<ContextField> other) => BitsOf(other) is var o && (o & ~_bits) == 0 && o != _bits;

    public bool IsSubsetOf(IEnumerable<ContextField> other) => (_bits & ~BitsOf(other)) == 0;

    public bool IsSupersetOf(IEnumerable<ContextField> other) => (BitsOf(other) & ~_bits) == 0;

    public bool Overlaps(IEnumerable<ContextField> other) => (_bits & BitsOf(other)) != 0;

    public bool SetEquals(IEnumerable<ContextField> other) => _bits == BitsOf(other);

    private static ulong Bit(ContextField field) =>
        (uint)field < 64 ? 1UL << (int)field : throw new ArgumentOutOfRangeException(nameof(field), field, "not a context field");

    private static ulong BitsOf(IEnumerable<ContextField> fields) => fields.Aggregate(0UL, (bits, field) => bits | Bit(field));
}
