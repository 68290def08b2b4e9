using System.Globalization;
using System.Text;

namespace Airs.LanguageServer.JsonRpc;

/// <summary>
/// Reads <c>Content-Length</c>-framed messages (the LSP base protocol) from a stream. It never throws on bad
/// input: a malformed header block or an oversized body is reported once as <see cref="FramedMessage.Malformed"/>,
/// and the reader then resynchronises on the next <c>Content-Length</c> header (or skips the oversized body).
/// </summary>
internal sealed class MessageReader
{
    public const int DefaultMaxMessageBytes = 16 * 1024 * 1024;

    /// <summary>A header line longer than this is garbage, not a header.</summary>
    internal const int MaxHeaderLineBytes = 4096;

    private static readonly byte[] ContentLengthName = "Content-Length"u8.ToArray();

    private readonly Stream _stream;
    private readonly int _maxMessageBytes;
    private byte[] _buffer = new byte[16 * 1024];
    private int _start;
    private int _end;
    private bool _resynchronising;
    private bool _endOfStream;

    public MessageReader(Stream stream, int maxMessageBytes = DefaultMaxMessageBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxMessageBytes);
        _stream = stream;
        _maxMessageBytes = maxMessageBytes;
    }

    private int Buffered => _end - _start;

    public async ValueTask<FramedMessage> ReadAsync(CancellationToken cancellationToken)
    {
        if (_resynchronising && !await SkipToNextHeaderAsync(cancellationToken).ConfigureAwait(false))
        {
            return FramedMessage.EndOfStream.Instance;
        }

        long? contentLength = null;
        var sawHeader = false;
        while (true)
        {
            var line = await ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is not { } header)
            {
                // EOF inside a header block is just the client going away.
                return FramedMessage.EndOfStream.Instance;
            }
            if (header.IsTooLong)
            {
                return MalformedAt(header, "header line is longer than 4096 bytes");
            }
            var bytes = _buffer.AsSpan(header.Start, header.Length);
            if (bytes.Length > 0 && bytes[^1] == (byte)'\r')
            {
                bytes = bytes[..^1];
            }
            if (bytes.Length == 0)
            {
                if (!sawHeader)
                {
                    continue; // stray blank lines between messages are harmless
                }
                break;
            }
            sawHeader = true;
            if (ParseHeader(Encoding.ASCII.GetString(bytes), ref contentLength) is { } error)
            {
                return MalformedAt(header, error);
            }
        }

        if (contentLength is not { } length)
        {
            return Malformed("missing `Content-Length` header");
        }
        if (length > _maxMessageBytes)
        {
            if (!await DiscardAsync(length, cancellationToken).ConfigureAwait(false))
            {
                return FramedMessage.EndOfStream.Instance;
            }
            return new FramedMessage.Malformed(
                $"message of {length} bytes exceeds the limit of {_maxMessageBytes} bytes and was skipped");
        }

        var size = (int)length;
        if (!await FillAsync(size, cancellationToken).ConfigureAwait(false))
        {
            return FramedMessage.EndOfStream.Instance;
        }
        var body = _buffer.AsSpan(_start, size).ToArray();
        _start += size;
        return new FramedMessage.Body(body);
    }

    private FramedMessage Malformed(string reason)
    {
        _resynchronising = true;
        return new FramedMessage.Malformed(reason);
    }

    /// <summary>
    /// Reports a bad header line and resynchronises from its second byte, so that a header glued to garbage
    /// (<c>junkContent-Length: 3</c>) is still found, and every error consumes at least one byte.
    /// </summary>
    private FramedMessage MalformedAt(HeaderLine line, string reason)
    {
        _start = line.Start + 1;
        return Malformed(reason);
    }

    /// <summary>Parses one header; returns an error message or null. Unknown headers (e.g. Content-Type) are ignored.</summary>
    private static string? ParseHeader(string line, ref long? contentLength)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return $"malformed header `{Truncate(line)}`";
        }
        var name = line[..colon];
        if (!name.All(IsTokenChar))
        {
            return $"malformed header `{Truncate(line)}`";
        }
        if (!name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var value = line[(colon + 1)..].Trim();
        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length > int.MaxValue)
        {
            return $"invalid `Content-Length` value `{Truncate(value)}`";
        }
        contentLength = length;
        return null;
    }

    private static bool IsTokenChar(char c) => char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c);

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";

    /// <summary>A line in the buffer (valid until the next read), without its LF.</summary>
    private readonly record struct HeaderLine(int Start, int Length, bool IsTooLong);

    /// <summary>Reads one header line ending in LF and moves past it; null at EOF.</summary>
    private async ValueTask<HeaderLine?> ReadLineAsync(CancellationToken cancellationToken)
    {
        var scanned = 0;
        while (true)
        {
            var newline = _buffer.AsSpan(_start + scanned, Buffered - scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var line = new HeaderLine(_start, scanned + newline, IsTooLong: scanned + newline > MaxHeaderLineBytes);
                _start += line.Length + 1;
                return line;
            }
            scanned = Buffered;
            if (scanned > MaxHeaderLineBytes)
            {
                return new HeaderLine(_start, scanned, IsTooLong: true);
            }
            if (!await ReadMoreAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }
        }
    }

    /// <summary>Drops bytes up to the next <c>Content-Length</c> header name; false at EOF.</summary>
    private async ValueTask<bool> SkipToNextHeaderAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var window = _buffer.AsSpan(_start, Buffered);
            var found = IndexOfIgnoreCase(window, ContentLengthName);
            if (found >= 0)
            {
                _start += found;
                _resynchronising = false;
                return true;
            }
            // Keep a tail that could be the start of a header name split across reads.
            var keep = Math.Min(Buffered, ContentLengthName.Length - 1);
            _start = _end - keep;
            if (!await ReadMoreAsync(cancellationToken).ConfigureAwait(false))
            {
                return false;
            }
        }
    }

    private static int IndexOfIgnoreCase(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> needle)
    {
        for (var i = 0; i + needle.Length <= haystack.Length; i++)
        {
            if (Ascii.EqualsIgnoreCase(haystack.Slice(i, needle.Length), needle))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Skips <paramref name="count"/> bytes without buffering them; false at EOF.</summary>
    private async ValueTask<bool> DiscardAsync(long count, CancellationToken cancellationToken)
    {
        while (count > 0)
        {
            if (Buffered == 0 && !await ReadMoreAsync(cancellationToken).ConfigureAwait(false))
            {
                return false;
            }
            var take = (int)Math.Min(count, Buffered);
            _start += take;
            count -= take;
        }
        return true;
    }

    /// <summary>Buffers at least <paramref name="count"/> bytes; false at EOF.</summary>
    private async ValueTask<bool> FillAsync(int count, CancellationToken cancellationToken)
    {
        while (Buffered < count)
        {
            if (!await ReadMoreAsync(cancellationToken, minimumFree: count - Buffered).ConfigureAwait(false))
            {
                return false;
            }
        }
        return true;
    }

    private async ValueTask<bool> ReadMoreAsync(CancellationToken cancellationToken, int minimumFree = 1024)
    {
        if (_endOfStream)
        {
            return false;
        }
        MakeRoom(minimumFree);
        var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            _endOfStream = true;
            return false;
        }
        _end += read;
        return true;
    }

    private void MakeRoom(int minimumFree)
    {
        if (_start == _end)
        {
            _start = _end = 0;
        }
        if (_buffer.Length - _end >= minimumFree)
        {
            return;
        }
        var needed = Buffered + Math.Max(minimumFree, 1024);
        if (needed <= _buffer.Length)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, Buffered);
        }
        else
        {
            var larger = new byte[Math.Max(needed, Math.Min(_buffer.Length * 2, _maxMessageBytes + MaxHeaderLineBytes))];
            Buffer.BlockCopy(_buffer, _start, larger, 0, Buffered);
            _buffer = larger;
        }
        _end = Buffered;
        _start = 0;
    }
}
