using System.Globalization;
using System.Text;

namespace Airs.LanguageServer.JsonRpc;

/// <summary>Writes <c>Content-Length</c>-framed messages, one at a time, so concurrent senders never interleave.</summary>
internal sealed class MessageWriter(Stream stream) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task WriteAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var header = Encoding.ASCII.GetBytes(
            string.Create(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n\r\n"));
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Once started, a message is written whole: a half-written frame would corrupt the stream.
            await stream.WriteAsync(header, CancellationToken.None).ConfigureAwait(false);
            await stream.WriteAsync(body, CancellationToken.None).ConfigureAwait(false);
            await stream.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
