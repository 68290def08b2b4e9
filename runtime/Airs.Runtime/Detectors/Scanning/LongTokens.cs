using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Airs.Runtime.Detectors;

/// <summary>
/// Whether a text holds a token (characters in a row without ASCII whitespace) of some length, read from a whitespace
/// mask 64 characters at a time. A base64 run or a secret's value is such a token, so text whose words are short (prose
/// with a "Q3", a "2024/117") is ruled out by one vectorised pass instead of a walk out from each of its digits.
/// </summary>
internal static class LongTokens
{
    private const int Block = 64;

    /// <summary>How many characters in a row <see cref="Any"/> looks for.</summary>
    public const int Length = 16;

    /// <summary>Whether some <see cref="Length"/> characters in a row hold no space, tab, line feed, vertical tab, form feed or carriage return.</summary>
    public static bool Any(ReadOnlySpan<char> text)
    {
        // The token characters at the end of the blocks read so far: a token may run on across block edges.
        var open = 0;
        for (var at = 0; at < text.Length; at += Block)
        {
            var token = ~Whitespace(text, at);
            // Bit i of run: bits i .. i + 15 of token are set, each step doubling the span checked.
            var run = token & token >> 1;
            run &= run >> 2;
            run &= run >> 4;
            run &= run >> 8;
            if (run != 0 || open + BitOperations.TrailingZeroCount(~token) >= Length)
            {
                return true;
            }
            open = BitOperations.LeadingZeroCount(~token); // a block of token characters only has returned above
        }
        return false;
    }

    /// <summary>The whitespace of text[at .. at + 64), one bit per character; past the end of the text, every bit is set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Whitespace(ReadOnlySpan<char> text, int at)
    {
        if (text.Length - at < Block)
        {
            Span<char> tail = stackalloc char[Block];
            tail.Fill(' ');
            text[at..].CopyTo(tail);
            return Whitespace(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(tail)));
        }
        return Whitespace(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text[at..])));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Whitespace(ref ushort block)
    {
        if (Vector512.IsHardwareAccelerated)
        {
            return White(Vector512.LoadUnsafe(ref block)) | White(Vector512.LoadUnsafe(ref block, 32)) << 32;
        }
        if (Vector256.IsHardwareAccelerated)
        {
            ulong bits = 0;
            for (var k = 0; k < Block; k += Vector256<ushort>.Count)
            {
                var v = Vector256.LoadUnsafe(ref block, (nuint)k);
                bits |= (ulong)(Vector256.Equals(v, Vector256.Create((ushort)' ')) | Vector256.LessThanOrEqual(v - Vector256.Create((ushort)'\t'), Vector256.Create((ushort)4)))
                    .ExtractMostSignificantBits() << k;
            }
            return bits;
        }
        ulong mask = 0;
        for (var k = 0; k < Block; k += Vector128<ushort>.Count)
        {
            var v = Vector128.LoadUnsafe(ref block, (nuint)k);
            mask |= (ulong)(Vector128.Equals(v, Vector128.Create((ushort)' ')) | Vector128.LessThanOrEqual(v - Vector128.Create((ushort)'\t'), Vector128.Create((ushort)4)))
                .ExtractMostSignificantBits() << k;
        }
        return mask;
    }

    private static ulong White(Vector512<ushort> v) =>
        (Vector512.Equals(v, Vector512.Create((ushort)' ')) | Vector512.LessThanOrEqual(v - Vector512.Create((ushort)'\t'), Vector512.Create((ushort)4))).ExtractMostSignificantBits();
}
