using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Airs.Runtime.Audit;

/// <summary>
/// A <see cref="Utf8JsonWriter"/> over a buffer kept per thread, for audit payloads written on every decision: after
/// the first one, writing a payload allocates only the finished string (or bytes). Rent, write, <see cref="ToText"/>, dispose,
/// all without an <c>await</c> in between (the writer belongs to the thread until disposed).
/// </summary>
internal sealed class PooledJsonWriter : IDisposable
{
    private const int KeptCapacity = 16 * 1024; // a rare huge payload does not pin its buffer to the thread

    [ThreadStatic]
    private static PooledJsonWriter? Cached;

    private readonly ArrayBufferWriter<byte> buffer = new(1024);

    private PooledJsonWriter()
    {
        // The default encoder, as JsonNode.ToJsonString uses: payloads read the same as before this writer.
        Writer = new Utf8JsonWriter(buffer);
    }

    public Utf8JsonWriter Writer { get; }

    public static PooledJsonWriter Rent()
    {
        var writer = Cached ?? new PooledJsonWriter();
        Cached = null;
        return writer;
    }

    /// <summary>What was written, as text.</summary>
    public string ToText()
    {
        Writer.Flush();
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>What was written, as UTF-8 bytes in an array of their exact length (half a string's size for ASCII JSON).</summary>
    public byte[] ToUtf8()
    {
        Writer.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    public void Dispose()
    {
        buffer.ResetWrittenCount();
        Writer.Reset();
        if (buffer.Capacity <= KeptCapacity)
        {
            Cached = this;
        }
    }
}
