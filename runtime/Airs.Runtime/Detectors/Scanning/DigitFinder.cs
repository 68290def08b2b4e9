using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Airs.Runtime.Detectors;

/// <summary>
/// Finds ASCII digits left to right from a bit mask computed 64 characters at a time. Prose has a digit every few dozen
/// characters ("Q3", "12%"), and one vectorised search call per digit costs more than the digit itself; the mask is
/// computed once per block and the digits in it are then read off with bit operations.
/// </summary>
internal ref struct DigitFinder(ReadOnlySpan<char> text)
{
    private const int Block = 64;
    private readonly ReadOnlySpan<char> _text = text;
    private int _block = -1;
    private ulong _bits;

    /// <summary>The index of the first digit at or after <paramref name="from"/>, or -1.</summary>
    public int Next(int from)
    {
        while (from < _text.Length)
        {
            var block = from & ~(Block - 1);
            if (block != _block)
            {
                _bits = Bits(_text, block);
                _block = block;
            }
            var bits = _bits & (ulong.MaxValue << (from - block));
            if (bits != 0)
            {
                return block + BitOperations.TrailingZeroCount(bits);
            }
            from = block + Block;
        }
        return -1;
    }

    private static ulong Bits(ReadOnlySpan<char> text, int block)
    {
        ulong bits = 0;
        if (block + Block <= text.Length && Vector512.IsHardwareAccelerated)
        {
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            var low = Vector512.LoadUnsafe(ref first, (nuint)block) - Vector512.Create((ushort)'0');
            var high = Vector512.LoadUnsafe(ref first, (nuint)(block + 32)) - Vector512.Create((ushort)'0');
            var nine = Vector512.Create((ushort)9);
            return Vector512.LessThanOrEqual(low, nine).ExtractMostSignificantBits() | (Vector512.LessThanOrEqual(high, nine).ExtractMostSignificantBits() << 32);
        }
        if (block + Block <= text.Length && Vector256.IsHardwareAccelerated)
        {
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            var zero = Vector256.Create((ushort)'0');
            var nine = Vector256.Create((ushort)9);
            for (var k = 0; k < Block / 16; k++)
            {
                var v = Vector256.LoadUnsafe(ref first, (nuint)(block + k * 16));
                bits |= (ulong)Vector256.LessThanOrEqual(v - zero, nine).ExtractMostSignificantBits() << (k * 16);
            }
            return bits;
        }
        if (block + Block <= text.Length && Vector128.IsHardwareAccelerated)
        {
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            var zero = Vector128.Create((ushort)'0');
            var nine = Vector128.Create((ushort)9);
            for (var k = 0; k < Block / 8; k++)
            {
                var v = Vector128.LoadUnsafe(ref first, (nuint)(block + k * 8));
                bits |= (ulong)Vector128.LessThanOrEqual(v - zero, nine).ExtractMostSignificantBits() << (k * 8);
            }
            return bits;
        }
        var end = Math.Min(text.Length, block + Block);
        for (var i = block; i < end; i++)
        {
            bits |= char.IsAsciiDigit(text[i]) ? 1UL << (i - block) : 0;
        }
        return bits;
    }
}
