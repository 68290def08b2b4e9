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
}

/// <summary>The result of <see cref="AuditVerifier.VerifyAsync"/>: valid, or the FIRST broken link.</summary>
/// <param name="RecordsChecked">How many records were read before the verdict.</param>
/// <param name="BrokenAt">The sequence number of the first broken link, or null when valid.</param>
/// <param name="Head">The last valid record, the anchor to keep for the next verification.</param>
public sealed record AuditVerification(long RecordsChecked, AuditBreak Break, long? BrokenAt, string? Message, AuditRecord? Head)
{
    public bool IsValid => Break == AuditBreak.None;

    public override string ToString() => IsValid ? $"ok: {RecordsChecked} records" : Message ?? Break.ToString();
}
