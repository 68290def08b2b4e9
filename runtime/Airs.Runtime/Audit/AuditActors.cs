namespace Airs.Runtime.Audit;

/// <summary>Actors the audit log names besides people and tokens.</summary>
public static class AuditActors
{
    /// <summary>
    /// The actor of every change no person made: a ticket's expiry, a breaker's trip or probe, an automatic PACE move, a
    /// segment's anchor. No sidecar token may take the name, or a person's act would read as the machine's.
    /// </summary>
    public const string System = "system";
}
