namespace Airs.LanguageServer.JsonRpc;

/// <summary>What <see cref="MessageReader"/> read next: a body, a framing error it has recovered from, or the end.</summary>
internal abstract record FramedMessage
{
    private FramedMessage()
    {
    }

    /// <summary>A complete message body (the bytes after the header block).</summary>
    public sealed record Body(byte[] Bytes) : FramedMessage;

    /// <summary>Bytes that could not be framed; the reader has skipped them and resumes at the next header.</summary>
    public sealed record Malformed(string Reason) : FramedMessage;

    /// <summary>The client closed its end of the stream.</summary>
    public sealed record EndOfStream : FramedMessage
    {
        public static EndOfStream Instance { get; } = new();
    }
}
