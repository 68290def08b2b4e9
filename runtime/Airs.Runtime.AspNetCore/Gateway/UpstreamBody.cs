namespace Airs.Runtime.AspNetCore.Gateway;

/// <summary>
/// An upstream answer's body as the gateway reads it, whole or streamed: at most <see cref="GatewayOptions.MaxAnswerBytes"/>
/// bytes, and only until the call's deadline (<see cref="GatewayOptions.UpstreamTimeout"/> from its start). HttpClient's
/// own timeout ends with the headers once a body is read as a stream, and its buffer takes up to 2 GB: without these
/// bounds an upstream that stalls, never ends its stream or sends one line without an end holds the client's request,
/// a connection and the gateway's memory for as long as it likes.
/// </summary>
internal sealed class UpstreamBody : Stream
{
    private readonly Stream inner;
    private readonly long maxBytes;
    private readonly TimeSpan timeout;
    private readonly CancellationToken aborted;
    private readonly CancellationToken deadline;
    private readonly CancellationTokenSource either;
    private long read;

    /// <param name="aborted">The client went away: reading stops, and that is no upstream's fault.</param>
    /// <param name="deadline">Cancelled when the call's time is up.</param>
    public UpstreamBody(Stream inner, long maxBytes, TimeSpan timeout, CancellationToken aborted, CancellationToken deadline)
    {
        this.inner = inner;
        this.maxBytes = maxBytes;
        this.timeout = timeout;
        this.aborted = aborted;
        this.deadline = deadline;
        either = CancellationTokenSource.CreateLinkedTokenSource(aborted, deadline);
    }

    /// <summary>The whole body, once it has ended.</summary>
    /// <exception cref="GatewayError">Larger than the limit (502), or not ended by the deadline (504).</exception>
    public static async Task<byte[]> ReadAllAsync(HttpResponseMessage response, long maxBytes, TimeSpan timeout, CancellationToken aborted,
        CancellationToken deadline)
    {
        if (response.Content.Headers.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }
        await using var body = new UpstreamBody(await response.Content.ReadAsStreamAsync(aborted).ConfigureAwait(false), maxBytes, timeout, aborted, deadline);
        using var copy = new MemoryStream();
        await body.CopyToAsync(copy, aborted).ConfigureAwait(false);
        return copy.ToArray();
    }

    public static GatewayError TooLarge(long maxBytes) =>
        new(502, "upstream_error", "upstream_too_large", $"the upstream's answer is larger than the gateway's limit of {maxBytes} bytes");

    public static GatewayError TimedOut(TimeSpan timeout) =>
        new(504, "upstream_error", "upstream_timeout", $"the upstream did not answer within {timeout.TotalSeconds:0} s");

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int count;
        try
        {
            count = await inner.ReadAsync(buffer, either.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !aborted.IsCancellationRequested)
        {
            throw TimedOut(timeout);
        }
        read += count;
        return read > maxBytes ? throw TooLarge(maxBytes) : count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    // Read only asynchronously: a synchronous read would not see the deadline.
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => read; set => throw new NotSupportedException(); }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            either.Dispose();
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
