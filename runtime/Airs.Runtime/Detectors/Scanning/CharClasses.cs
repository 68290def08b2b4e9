using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Airs.Runtime.Detectors;

/// <summary>
/// Classes of 64 characters at a time, one bit per character (bit i is the character at block start + i): word
/// cores (ASCII letters and the digits leetspeak reads as letters, <see cref="NormalizedText.IsLeetDigit"/>), ASCII
/// letters alone, ASCII whitespace, and non-ASCII characters. Computed with 512-bit vectors (256- or 128-bit where the hardware lacks them), so that a scanner finds
/// words and tokens by bit arithmetic instead of a branch per character.
/// </summary>
internal readonly record struct CharClasses(ulong Core, ulong Letter, ulong Space, ulong NonAscii)
{
    public const int BlockLength = 64;

    /// <summary>The classes of text[at .. at + 64); past the end of the text, no bit is set.</summary>
    public static CharClasses Of(ReadOnlySpan<char> text, int at)
    {
        if (text.Length - at >= BlockLength)
        {
            return Of(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text[at..])));
        }
        Span<char> tail = stackalloc char[BlockLength];
        tail.Clear();
        text[at..].CopyTo(tail);
        return Of(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(tail)));
    }

    private static CharClasses Of(ref ushort block)
    {
        if (Vector512.IsHardwareAccelerated)
        {
            // Two 32-character loads: the same classes again, half the work of Of256.
            return Of512(ref block);
        }
        if (Vector256.IsHardwareAccelerated)
        {
            // Four 16-character loads instead of eight: the same classes, half the work.
            return Of256(ref block);
        }
        ulong core = 0, letters = 0, space = 0, nonAscii = 0;
        for (var k = 0; k < BlockLength; k += Vector128<ushort>.Count)
        {
            var v = Vector128.LoadUnsafe(ref block, (nuint)k);
            var letter = Vector128.LessThanOrEqual((v | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)25));
            var digit = v - Vector128.Create((ushort)'0');
            var leetDigit = Vector128.LessThanOrEqual(digit, Vector128.Create((ushort)9))
                & ~(Vector128.Equals(digit, Vector128.Create((ushort)2)) | Vector128.Equals(digit, Vector128.Create((ushort)6)) | Vector128.Equals(digit, Vector128.Create((ushort)9)));
            var white = Vector128.Equals(v, Vector128.Create((ushort)' ')) | Vector128.LessThanOrEqual(v - Vector128.Create((ushort)'\t'), Vector128.Create((ushort)4));
            letters |= (ulong)letter.ExtractMostSignificantBits() << k;
            core |= (ulong)(letter | leetDigit).ExtractMostSignificantBits() << k;
            space |= (ulong)white.ExtractMostSignificantBits() << k;
            nonAscii |= (ulong)Vector128.GreaterThan(v, Vector128.Create((ushort)0x7F)).ExtractMostSignificantBits() << k;
        }
        return new CharClasses(core, letters, space, nonAscii);
    }

    private static CharClasses Of512(ref ushort block)
    {
        ulong core = 0, letters = 0, space = 0, nonAscii = 0;
        for (var k = 0; k < BlockLength; k += Vector512<ushort>.Count)
        {
            var v = Vector512.LoadUnsafe(ref block, (nuint)k);
            var letter = Vector512.LessThanOrEqual((v | Vector512.Create((ushort)0x20)) - Vector512.Create((ushort)'a'), Vector512.Create((ushort)25));
            var digit = v - Vector512.Create((ushort)'0');
            var leetDigit = Vector512.LessThanOrEqual(digit, Vector512.Create((ushort)9))
                & ~(Vector512.Equals(digit, Vector512.Create((ushort)2)) | Vector512.Equals(digit, Vector512.Create((ushort)6)) | Vector512.Equals(digit, Vector512.Create((ushort)9)));
            var white = Vector512.Equals(v, Vector512.Create((ushort)' ')) | Vector512.LessThanOrEqual(v - Vector512.Create((ushort)'\t'), Vector512.Create((ushort)4));
            letters |= letter.ExtractMostSignificantBits() << k;
            core |= (letter | leetDigit).ExtractMostSignificantBits() << k;
            space |= white.ExtractMostSignificantBits() << k;
            nonAscii |= Vector512.GreaterThan(v, Vector512.Create((ushort)0x7F)).ExtractMostSignificantBits() << k;
        }
        return new CharClasses(core, letters, space, nonAscii);
    }

    private static CharClasses Of256(ref ushort block)
    {
        ulong core = 0, letters = 0, space = 0, nonAscii = 0;
        for (var k = 0; k < BlockLength; k += Vector256<ushort>.Count)
        {
            var v = Vector256.LoadUnsafe(ref block, (nuint)k);
            var letter = Vector256.LessThanOrEqual((v | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)25));
            var digit = v - Vector256.Create((ushort)'0');
            var leetDigit = Vector256.LessThanOrEqual(digit, Vector256.Create((ushort)9))
                & ~(Vector256.Equals(digit, Vector256.Create((ushort)2)) | Vector256.Equals(digit, Vector256.Create((ushort)6)) | Vector256.Equals(digit, Vector256.Create((ushort)9)));
            var white = Vector256.Equals(v, Vector256.Create((ushort)' ')) | Vector256.LessThanOrEqual(v - Vector256.Create((ushort)'\t'), Vector256.Create((ushort)4));
            letters |= (ulong)letter.ExtractMostSignificantBits() << k;
            core |= (ulong)(letter | leetDigit).ExtractMostSignificantBits() << k;
            space |= (ulong)white.ExtractMostSignificantBits() << k;
            nonAscii |= (ulong)Vector256.GreaterThan(v, Vector256.Create((ushort)0x7F)).ExtractMostSignificantBits() << k;
        }
        return new CharClasses(core, letters, space, nonAscii);
    }
}
