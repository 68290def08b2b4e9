using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Airs.Runtime.Audit;

/// <summary>
/// SHA-256 and HMAC-SHA256 of UTF-16 text as UTF-8, without a byte array per call: the bytes go to the stack when
/// short, to a pooled buffer otherwise, and the digest to the caller's span.
/// </summary>
internal static class Utf8Hashing
{
    private const int StackBytes = 1024;

    public static void Sha256(ReadOnlySpan<char> text, Span<byte> digest)
    {
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        byte[]? rented = null;
        var buffer = max <= StackBytes ? stackalloc byte[StackBytes] : (rented = ArrayPool<byte>.Shared.Rent(max));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, buffer);
            SHA256.HashData(buffer[..length], digest);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    public static void HmacSha256(ReadOnlySpan<byte> key, ReadOnlySpan<char> text, Span<byte> digest)
    {
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        byte[]? rented = null;
        var buffer = max <= StackBytes ? stackalloc byte[StackBytes] : (rented = ArrayPool<byte>.Shared.Rent(max));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, buffer);
            HMACSHA256.HashData(key, buffer[..length], digest);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Writes the property <paramref name="name"/> with the lowercase hex of SHA-256 of the text's UTF-8, hashed and
    /// formatted on the stack: the same JSON as writing <see cref="Sha256Hex"/>'s string, without the string.
    /// </summary>
    public static void WriteSha256Hex(Utf8JsonWriter json, string name, ReadOnlySpan<char> text)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        Sha256(text, digest);
        Span<char> hex = stackalloc char[SHA256.HashSizeInBytes * 2];
        Convert.TryToHexStringLower(digest, hex, out _);
        json.WriteString(name, hex);
    }

    /// <summary>The lowercase hex of SHA-256 of the text's UTF-8, as one string.</summary>
    public static string Sha256Hex(ReadOnlySpan<char> text)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        Sha256(text, digest);
        return Convert.ToHexStringLower(digest);
    }
}
