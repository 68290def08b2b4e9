using System.Text;

namespace Airs.Runtime.Audit;

/// <summary>What a caller asks to append; the store assigns the sequence number and the hashes.</summary>
/// <param name="Time">When it happened, read from the caller's <see cref="TimeProvider"/>.</param>
/// <param name="Kind">One of <see cref="AuditKinds"/>.</param>
/// <param name="Actor">Who caused it: a principal, a reviewer, or <c>system</c> for automatic changes.</param>
/// <param name="Payload">A JSON object, hashed exactly as given (as its UTF-8 bytes).</param>
/// <remarks>
/// The engine's own records (decisions, judge verdicts) are written as UTF-8 by a pooled <c>Utf8JsonWriter</c> and
/// given as those bytes (<see cref="Utf8Payload"/>): the chain hashes them and SQLite stores them as they are, so a
/// decision pays one byte array for its payload instead of a string twice its size. <see cref="Payload"/> decodes
/// them on first read. The record and its hash are the same whichever form the payload was given in.
/// </remarks>
public sealed record AuditEntry(DateTimeOffset Time, string Kind, string Actor, string Payload)
{
    private string? payload = Payload;
    private byte[]? utf8Payload;

    /// <summary>An entry whose payload is JSON already encoded as UTF-8; the entry owns <paramref name="utf8Payload"/> from now on.</summary>
    internal AuditEntry(DateTimeOffset time, string kind, string actor, byte[] utf8Payload)
        : this(time, kind, actor, Payload: null!)
    {
        ArgumentNullException.ThrowIfNull(utf8Payload);
        this.utf8Payload = utf8Payload;
    }

    public string Payload
    {
        get => payload ??= Encoding.UTF8.GetString(utf8Payload!);
        init
        {
            payload = value;
            utf8Payload = null;
        }
    }

    /// <summary>The payload's UTF-8 bytes when it was given as bytes; null when it was given as text.</summary>
    internal byte[]? Utf8Payload => utf8Payload;

    // Equal by what the entry says, not by the form its payload was given in.
    public bool Equals(AuditEntry? other) =>
        other is not null && Time.Equals(other.Time) && Kind == other.Kind && Actor == other.Actor && Payload == other.Payload;

    public override int GetHashCode() => HashCode.Combine(Time, Kind, Actor, Payload);
}
