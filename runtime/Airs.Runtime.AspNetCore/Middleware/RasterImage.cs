using System.Buffers.Text;

namespace Airs.Runtime.AspNetCore.Middleware;

/// <summary>
/// The image data a request may carry unread: a base64 PNG, JPEG, GIF or WebP (the formats OpenAI's APIs take), told by
/// its first bytes as well as its label. Anything else under an image type, an SVG (XML text) or text labelled
/// <c>image/png</c>, would carry words to the model that no check read.
/// </summary>
internal static class RasterImage
{
    private static readonly string[] Headers =
        ["data:image/png;base64", "data:image/jpeg;base64", "data:image/jpg;base64", "data:image/gif;base64", "data:image/webp;base64"];

    private static ReadOnlySpan<byte> Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> Jpeg => [0xFF, 0xD8, 0xFF];

    /// <param name="header">A <c>data:</c> URL up to its comma (<c>data:image/png;base64</c>).</param>
    /// <param name="base64">What follows the comma.</param>
    public static bool IsData(ReadOnlySpan<char> header, ReadOnlySpan<char> base64)
    {
        var labelled = false;
        foreach (var known in Headers)
        {
            labelled |= header.Equals(known, StringComparison.OrdinalIgnoreCase);
        }
        if (!labelled || !Base64.IsValid(base64))
        {
            return false;
        }
        // 16 characters are 12 bytes, enough for every signature (WebP's is the longest).
        Span<byte> start = stackalloc byte[12];
        return Convert.TryFromBase64Chars(base64.Length > 16 ? base64[..16] : base64, start, out var written) && IsRaster(start[..written]);
    }

    private static bool IsRaster(ReadOnlySpan<byte> start) =>
        start.StartsWith(Png) || start.StartsWith(Jpeg) || start.StartsWith("GIF87a"u8) || start.StartsWith("GIF89a"u8)
        || (start.Length >= 12 && start.StartsWith("RIFF"u8) && start[8..12].SequenceEqual("WEBP"u8));
}
