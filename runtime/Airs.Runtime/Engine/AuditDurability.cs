namespace Airs.Runtime.Engine;

/// <summary>When a decision's audit record counts as committed (<see cref="PolicyEngine.DecideUncommittedAsync(Decisions.Stage, Context.RequestContext, AuditDurability, CancellationToken)"/>).</summary>
public enum AuditDurability
{
    /// <summary>On disk: it survives the machine losing power.</summary>
    Durable,

    /// <summary>
    /// Written to the store (it survives the process being killed), made durable by the next durable commit or
    /// <see cref="PolicyEngine.MakeAuditDurableAsync"/>. For a decision nothing is released on until a later one is
    /// durable: the gateway's request, whose answer's decision commits durably before the client sees anything.
    /// </summary>
    Written,
}
