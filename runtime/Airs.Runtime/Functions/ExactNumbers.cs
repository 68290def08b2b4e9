using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
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
    /// A number's exact value as one text, its significant digits and a power of ten (<c>-12e3</c>; zero is <c>0</c>):
    /// two texts are equal exactly when the values are, whatever the form written (<c>1</c>, <c>1.0</c>, <c>10e-1</c>;
    /// <c>-0</c>, <c>0e-400</c>). Null for a number <see cref="HoldsAsWritten"/> refuses to read (more than 24
    /// significant digits, or a nonzero one with an exponent beyond ±100,000): the caller fails closed.
    /// </summary>
    public static string? ExactText(ReadOnlySpan<byte> text)
    {
        Span<byte> digits = stackalloc byte[MaxDigits];
        if (!Normalise(text, digits, out var count, out var negative, out var exponent))
        {
            return null;
        }
        if (count == 0)
        {
            return "0";
        }
        return string.Create(CultureInfo.InvariantCulture, $"{(negative ? "-" : "")}{Encoding.ASCII.GetString(digits[..count])}e{exponent}");
    }

    /// <summary>The largest integer below which every integer is a double, and a sum of two such doubles is exact (2^53).</summary>
    private const double MaxExactInteger = 9_007_199_254_740_992;

    /// <summary>
    /// The sum of two finite doubles as the values they stand for (their shortest forms, as <see cref="HoldsAsWritten"/>
    /// reads a number), computed exactly: <paramref name="sum"/> is the double whose shortest form is that sum, so
    /// 0.1 + 0.2 is 0.3 (not 0.30000000000000004) and ten times 0.1 is 1 (not 0.9999999999999999). False when no double
    /// holds the sum as it is (it needs more digits than a double's 15 to 17), or a value is beyond what a decimal holds
    /// exactly (10^28 or more, or a digit past the 28th decimal place): the caller fails closed.
    /// </summary>
    public static bool TryAdd(double left, double right, out double sum)
    {
        if (Math.Abs(left) < MaxExactInteger && Math.Abs(right) < MaxExactInteger && left == Math.Floor(left) && right == Math.Floor(right)
            && Math.Abs(left + right) < MaxExactInteger)
        {
            sum = left + right; // integers (requests, tool calls, tokens): the double sum is exact
            return true;
        }
        sum = 0;
        if (!TryDecimal(left, out var a) || !TryDecimal(right, out var b))
        {
            return false;
        }
        var exact = a + b;
        // decimal rounds a sum whose digits do not fit 96 bits, to fewer decimal places than its terms had
        return exact.Scale >= Math.Max(a.Scale, b.Scale) && Held(exact, out sum);
    }

    /// <summary>
    /// The product of two finite doubles as the values they stand for, computed exactly as <see cref="TryAdd"/> adds:
    /// 3 × 0.7 is 2.1 (not 2.0999999999999996). False when no double holds the product as it is, or it or a value is
    /// beyond what a decimal holds exactly.
    /// </summary>
    public static bool TryMultiply(double left, double right, out double product)
    {
        product = 0;
        if (!TryDecimal(left, out var a) || !TryDecimal(right, out var b) || a.Scale + b.Scale > 28 || Math.Abs(left * right) >= 1e27)
        {
            return false;
        }
        var exact = a * b;
        // decimal rounds a product whose digits do not fit 96 bits, to fewer decimal places than its factors had
        return exact.Scale == a.Scale + b.Scale && Held(exact, out product);
    }

    /// <summary>
    /// A double above a nonnegative sum, or a count times a price, that no double holds as it is, given
    /// <paramref name="rounded"/>, the double arithmetic's result: two steps up. Doubles add and multiply such values to
    /// within one and a half steps of their exact result, so the count errs high, never low (fail closed).
    /// </summary>
    public static double Above(double rounded) => Math.BitIncrement(Math.BitIncrement(rounded));

    /// <summary>
    /// A fraction as the percent its author wrote (<c>33.3%</c>, <c>12.345678901234%</c>): its shortest form times 100 in
    /// decimal, where the double product misquotes it; a fraction beyond what a decimal holds (or that a decimal reads as
    /// zero) prints as the double product's shortest form. Invariant culture.
    /// </summary>
    public static string PercentText(double fraction)
    {
        var shortest = fraction.ToString("R", CultureInfo.InvariantCulture);
        return (decimal.TryParse(shortest, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact) && (exact != 0 || fraction == 0)
            ? (exact * 100).ToString("0.############################", CultureInfo.InvariantCulture)
            : (fraction * 100).ToString("R", CultureInfo.InvariantCulture)) + "%";
    }

    /// <summary>Whether a double holds <paramref name="exact"/> as it is; <paramref name="value"/> is that double.</summary>
    private static bool Held(decimal exact, out double value)
    {
        value = 0;
        Span<byte> text = stackalloc byte[48];
        return exact.TryFormat(text, out var written, default, CultureInfo.InvariantCulture)
            && double.TryParse(text[..written], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value)
            && HoldsAsWritten(text[..written], value);
    }

    /// <summary>A finite double's shortest form as a decimal, exactly; false when a decimal does not hold it exactly.</summary>
    private static bool TryDecimal(double value, out decimal exact)
    {
        exact = 0;
        Span<byte> shortest = stackalloc byte[32];
        Span<byte> digits = stackalloc byte[MaxDigits];
        if (!double.IsFinite(value) || !value.TryFormat(shortest, out var written, "R", CultureInfo.InvariantCulture)
            || !Normalise(shortest[..written], digits, out var count, out var negative, out var exponent))
        {
            return false;
        }
        if (count == 0)
        {
            return true;
        }
        if (exponent < -28 || count + exponent > 28)
        {
            return false;
        }
        var mantissa = 0UL; // a shortest form has at most 17 digits
        foreach (var digit in digits[..count])
        {
            mantissa = (mantissa * 10) + (ulong)(digit - '0');
        }
        exact = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, negative, (byte)Math.Max(0, -exponent));
        for (var i = 0; i < exponent; i++)
        {
            exact *= 10; // an integer below 10^28: exact
        }
        return true;
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
