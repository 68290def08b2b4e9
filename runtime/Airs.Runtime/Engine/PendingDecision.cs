namespace Airs.Runtime.Engine;

/// <summary>A decision made, whose audit record may not be durable yet (<see cref="PolicyEngine.DecideUncommittedAsync(Decisions.Stage, Context.RequestContext, AuditDurability, CancellationToken)"/>).</summary>
/// <param name="Committed">
/// Completes when the audit record is durable (written, for <see cref="AuditDurability.Written"/>); faults when it could
/// not be written. Await it before acting on the decision.
/// </param>
public sealed record PendingDecision(Decision Decision, Task Committed);
