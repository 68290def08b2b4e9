using System.Buffers;
using System.Text;

namespace Airs.Runtime.Detectors;

/// <summary>Decodes base64, hex and URL-encoded runs; a result counts only when it reads as text.</summary>
internal static class PayloadDecoder
{
    public delegate string? Decoder(ReadOnlySpan<char> run);

    public static string? TryBase64(ReadOnlySpan<char> run) => TryBase64(run, numbers: false);

    /// <summary>As <see cref="TryBase64(ReadOnlySpan{char})"/>, also accepting numbers written with separators (a card, a phone number), as PII hides them.</summary>
    public static string? TryBase64Value(ReadOnlySpan<char> run) => TryBase64(run, numbers: true);

    private static string? TryBase64(ReadOnlySpan<char> run, bool numbers)
    {
        var body = run.TrimEnd('=');
        if (body.Length < (numbers ? 12 : 16)) // an SSN's nine characters encode to fifteen
        {
            return null;
        }
        var padded = (body.Length + 3) / 4 * 4;
        var chars = ArrayPool<char>.Shared.Rent(padded);
        var bytes = ArrayPool<byte>.Shared.Rent(padded);
        try
        {
            for (var i = 0; i < padded; i++)
            {
                chars[i] = i < body.Length ? body[i] switch { '-' => '+', '_' => '/', var c => c } : '=';
            }
            if (padded - body.Length == 3 || !Convert.TryFromBase64Chars(chars.AsSpan(0, padded), bytes, out var written))
            {
                return null;
            }
            return AsText(bytes.AsSpan(0, written), numbers);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    public static string? TryHex(ReadOnlySpan<char> run)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(run.Length / 2 + 1);
        try
        {
            var n = 0;
            var high = -1;
            foreach (var c in run)
            {
                var v = !char.IsAsciiHexDigit(c) ? -1 : c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
                if (v < 0)
                {
                    continue;
                }
                if (high < 0)
                {
                    high = v;
                }
                else
                {
                    bytes[n++] = (byte)(high * 16 + v);
                    high = -1;
                }
            }
            return n < 8 ? null : AsText(bytes.AsSpan(0, n), numbers: false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    public static string? TryUrl(ReadOnlySpan<char> run)
    {
        var decoded = Uri.UnescapeDataString(run.ToString().Replace('+', ' '));
        return decoded.Length >= 8 && IsText(decoded, numbers: false) ? decoded : null;
    }

    private static string? AsText(ReadOnlySpan<byte> bytes, bool numbers)
    {
        if (bytes.Length < 8)
        {
            return null;
        }
        // Validate first: random bytes are the common case, and exceptions are too slow for it.
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return null;
        }
        var s = Encoding.UTF8.GetString(bytes);
        return IsText(s, numbers) ? s : null;
    }

    /// <summary>
    /// Mostly letters and spaces (with <paramref name="numbers"/>: or digits and <c>-.()+/</c>), no control characters:
    /// random bytes almost never pass.
    /// </summary>
    private static bool IsText(string s, bool numbers)
    {
        int letters = 0, bad = 0;
        foreach (var c in s)
        {
            if (char.IsLetter(c) || c == ' ' || (numbers && (char.IsAsciiDigit(c) || c is '-' or '.' or '(' or ')' or '+' or '/')))
            {
                letters++;
            }
            else if (char.IsControl(c) && c is not '\n' and not '\r' and not '\t')
            {
                bad++;
            }
        }
        return bad == 0 && letters >= s.Length * 0.7;
    }
}
