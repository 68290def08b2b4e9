namespace Airs.Runtime.Audit;

/// <summary>
/// The keyed head of the audit log, stored in its own row and replaced in the transaction of every append: the last
/// record's sequence and hash, the id of the key, and an HMAC over both. It reveals records cut from the end (the
/// head names a record that is gone) and records appended without the key (they follow the head).
/// </summary>
public sealed record AuditSeal(long Sequence, string Hash, string KeyId, string Mac);
