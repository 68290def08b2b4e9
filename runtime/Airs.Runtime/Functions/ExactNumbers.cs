using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Airs.Runtime.Functions;

/// <summary>
/// Whether a JSON number's double is the number as sent, so that a check on the double is a check on the value a tool
/// reads: the double's shortest form (<c>"R"</c>) must have the same value as the JSON text (<c>1.10</c> = <c>1.1</c>,
/// <c>1e2</c> = <c>100</c>, <c>-0</c> = <c>0</c>). <c>500.00000000000001</c> (read as 500), <c>9007199254740993</c>
/// (read as 2^53) and <c>-1e-400</c> (read as -0) are not. A double and its shortest form order the same as the
/// values they stand for, so a number that passes compares exactly with any bound. Allocates nothing.
/// </summary>
internal static class ExactNumbers
{
    /// <summary>More significant digits than any double's shortest form has (17).</summary>
    private const int MaxDigits = 24;

    /// <summary>An exponent beyond this is not normalised (no finite nonzero double is that far from 1).</summary>
    private const int MaxExponent = 100_000;

    /// <summary>Whether <paramref name="number"/>, the finite double read from <paramref name="value"/>, is its value as sent.</summary>
    public static bool HoldsAsSent(JsonElement value, double number) => HoldsAsWritten(JsonMarshal.GetRawUtf8Value(value), number);

    /// <summary>
    /// Whether <paramref name="number"/>, the finite double read from <paramref name="text"/> (a JSON number's UTF-8
    /// text, or a policy's number literal), is the value written. The compiler holds a policy's numbers to the same rule.
    /// </summary>
    public static bool HoldsAsWritten(ReadOnlySpan<byte> text, double number)
    {
        Span<byte> shortest = stackalloc byte[32];
        Span<byte> sentDigits = stackalloc byte[MaxDigits];
        Span<byte> shortestDigits = stackalloc byte[MaxDigits];
        return number.TryFormat(shortest, out var written, "R", CultureInfo.InvariantCulture)
            && Normalise(text, sentDigits, out var sentCount, out var sentNegative, out var sentExponent)
            && Normalise(shortest[..written], shortestDigits, out var shortestCount, out var shortestNegative, out var shortestExponent)
            && sentCount == shortestCount
            && (sentCount == 0 || (sentNegative == shortestNegative && sentExponent == shortestExponent
                && sentDigits[..sentCount].SequenceEqual(shortestDigits[..shortestCount])));
    }

    /// <summary>
    /// A number's text (<c>-?digits[.digits][(e|E)[+-]digits]</c>) as its significant digits and a power of ten; false
    /// when it has more than <see cref="MaxDigits"/> significant digits or a nonzero one with an exponent beyond
    /// ±<see cref="MaxExponent"/>.
    /// </summary>
    private static bool Normalise(ReadOnlySpan<byte> text, Span<byte> digits, out int count, out bool negative, out long exponent)
    {
        count = 0;
        exponent = 0;
        negative = text.Length > 0 && text[0] == '-';
        var i = negative ? 1 : 0;
        var zeros = 0L; // zeros after the last nonzero digit, not yet written
        var fraction = 0L;
        var inFraction = false;
        for (; i < text.Length && text[i] is not (byte)'e' and not (byte)'E'; i++)
        {
            var c = text[i];
            if (c == '.')
            {
                inFraction = true;
                continue;
            }
            fraction += inFraction ? 1 : 0;
            if (c == '0')
            {
                zeros += count > 0 ? 1 : 0;
                continue;
            }
            if (count + zeros + 1 > digits.Length)
            {
                return false;
            }
            for (; zeros > 0; zeros--)
            {
                digits[count++] = (byte)'0';
            }
            digits[count++] = c;
        }
        if (count == 0)
        {
            return true;
        }
        var written = 0L;
        var exponentNegative = false;
        if (i < text.Length)
        {
            i++;
            if (i < text.Length && text[i] is (byte)'+' or (byte)'-')
            {
                exponentNegative = text[i] == '-';
                i++;
            }
            for (; i < text.Length; i++)
            {
                written = written * 10 + (text[i] - '0');
                if (written > MaxExponent)
                {
                    return false;
                }
            }
        }
        exponent = (exponentNegative ? -written : written) - fraction + zeros;
        return true;
    }
}
