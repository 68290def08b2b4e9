namespace Airs.Runtime.Audit;

/// <summary>What a caller asks to append; the store assigns the sequence number and the hashes.</summary>
/// <param name="Time">When it happened, read from the caller's <see cref="TimeProvider"/>.</param>
/// <param name="Kind">One of <see cref="AuditKinds"/>.</param>
/// <param name="Actor">Who caused it: a principal, a reviewer, or <c>system</c> for automatic changes.</param>
/// <param name="Payload">A JSON object, hashed exactly as given.</param>
public sealed record AuditEntry(DateTimeOffset Time, string Kind, string Actor, string Payload);
