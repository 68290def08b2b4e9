using System.Text.Json;

namespace Airs.Runtime.Audit;

/// <summary>One segment's head as another writer read it: its last sequence number and that record's hash.</summary>
public sealed record AuditHead(string Segment, long Sequence, string Hash);

/// <summary>
/// A cross-anchor: a <see cref="AuditKinds.SegmentAnchor"/> record in one writer's segment whose payload names the
/// heads of the other segments (the shared chain included) as committed when it was written,
/// <c>{"heads":[{"segment":"…","sequence":n,"hash":"…"}]}</c>. Being chained and MACed in its own segment, it fixes those
/// records in the log: deleting, editing or cutting any of them later breaks the anchor.
/// </summary>
public static class AuditAnchor
{
    public static string Payload(IReadOnlyList<AuditHead> heads)
    {
        ArgumentNullException.ThrowIfNull(heads);
        using var pooled = PooledJsonWriter.Rent();
        var writer = pooled.Writer;
        writer.WriteStartObject();
        writer.WriteStartArray("heads");
        foreach (var head in heads)
        {
            writer.WriteStartObject();
            writer.WriteString("segment", head.Segment);
            writer.WriteNumber("sequence", head.Sequence);
            writer.WriteString("hash", head.Hash);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        return pooled.ToText();
    }

    /// <exception cref="FormatException">The payload is not an anchor's.</exception>
    public static IReadOnlyList<AuditHead> Read(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var problem = $"audit record {Name(record.Segment, record.Sequence)} is an anchor whose payload does not list heads";
        try
        {
            using var document = JsonDocument.Parse(record.Payload);
            if (!document.RootElement.TryGetProperty("heads", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException(problem);
            }
            var heads = new List<AuditHead>(list.GetArrayLength());
            foreach (var head in list.EnumerateArray())
            {
                heads.Add(new AuditHead(
                    head.GetProperty("segment").GetString() ?? throw new FormatException(problem),
                    head.GetProperty("sequence").GetInt64(),
                    head.GetProperty("hash").GetString() ?? throw new FormatException(problem)));
            }
            return heads;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException(problem, e);
        }
    }

    /// <summary>How messages name a record: <c>17</c> in the shared chain, <c>0193…:17</c> in a segment.</summary>
    public static string Name(string segment, long sequence) => segment.Length == 0 ? $"{sequence}" : $"{segment}:{sequence}";
}
