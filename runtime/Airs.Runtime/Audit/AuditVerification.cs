namespace Airs.Runtime.Audit;

public enum AuditBreak
{
    None,
    /// <summary>The record's hash does not match its contents: a field was edited.</summary>
    Modified,
    /// <summary>A sequence number is missing: the record was deleted.</summary>
    Missing,
    /// <summary>The record is intact but does not link to its predecessor: a record before it was removed and the rest renumbered, or the chain was rewritten from here.</summary>
    BrokenLink,
    /// <summary>Neither the record's hash nor its link fit its position: records were swapped or replaced.</summary>
    Reordered,
    /// <summary>The chain ends before the expected head: records were cut from the end.</summary>
    Truncated,
    /// <summary>A record's MAC is missing or wrong, or records follow the keyed head: written without the key.</summary>
    Forged,
    /// <summary>A row the chain does not reach: a sequence number of 0 or less, or a row the walk did not return.</summary>
    OutsideChain,
    /// <summary>The keyed head is missing, forged, made with another key, or unreadable (a NULL in it: edited).</summary>
    BadHead,
    /// <summary>A record cannot be read: its payload lacks what its kind needs.</summary>
    Unreadable,
    /// <summary>A state table (review tickets, PACE, breakers) holds what the audit log does not explain.</summary>
    StateMismatch,
    /// <summary>A cross-anchor names a record of another segment that is gone or differs: that segment was cut or rewritten after it was anchored.</summary>
    BrokenAnchor,
}

/// <summary>The result of <see cref="AuditVerifier.VerifyAsync(Stores.IAuditStore, AuditRecord?, CancellationToken)"/>: valid, or the FIRST problem.</summary>
/// <param name="RecordsChecked">How many records were read before the verdict.</param>
/// <param name="BrokenAt">The sequence number of the first broken link (in <see cref="Segment"/>), or null when valid or not about one record.</param>
/// <param name="Head">The last valid record of the shared chain, the anchor to keep for the next verification.</param>
public sealed record AuditVerification(long RecordsChecked, AuditBreak Break, long? BrokenAt, string? Message, AuditRecord? Head)
{
    public bool IsValid => Break == AuditBreak.None;

    /// <summary>True when a key checked every MAC and the keyed head.</summary>
    public bool Keyed { get; init; }

    /// <summary>The segment of <see cref="BrokenAt"/>: <c>""</c> for the shared chain.</summary>
    public string Segment { get; init; } = "";

    /// <summary>How many chains were walked: the shared chain (when it has records) and each writer's segment.</summary>
    public int Segments { get; init; }

    /// <summary>How many cross-anchors were checked against the records they name.</summary>
    public int AnchorsChecked { get; init; }

    /// <summary>
    /// When valid, every chain's last record, the shared chain's first (segment <c>""</c>), then each segment's: the
    /// anchors to keep outside the store for the next verification, which checks each.
    /// </summary>
    public IReadOnlyList<AuditHead> Heads { get; init; } = [];

    public override string ToString() => IsValid ? $"ok: {RecordsChecked} records" : Message ?? Break.ToString();
}
