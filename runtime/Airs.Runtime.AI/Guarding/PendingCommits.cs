using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;

namespace Airs.Runtime.AI.Guarding;

/// <summary>
/// The audit commits of the decisions taken on one call, made while the next decision is taken instead of one after
/// another: a host releases the answer (or a refusal) only after <see cref="DurableAsync"/>, so the durability promise
/// holds, and a call pays for one group commit rather than one per decision.
/// </summary>
internal sealed class PendingCommits
{
    private readonly List<Task> commits = [];
    private PolicyEngine? written; // an engine with decisions only written (AuditDurability.Written), synced in DurableAsync

    /// <summary>Decides now; the decision's audit record commits meanwhile. Act on it only after <see cref="DurableAsync"/>.</summary>
    public Task<Decision> DecideAsync(PolicyEngine engine, Stage stage, RequestContext context, CancellationToken cancellationToken) =>
        DecideAsync(engine, stage, context, AuditDurability.Durable, cancellationToken);

    /// <summary>
    /// <see cref="DecideAsync(PolicyEngine, Stage, RequestContext, CancellationToken)"/>, the record committed as
    /// <paramref name="durability"/> says: a written one becomes durable with the call's next durable decision, or in
    /// <see cref="DurableAsync"/>.
    /// </summary>
    public async Task<Decision> DecideAsync(PolicyEngine engine, Stage stage, RequestContext context, AuditDurability durability,
        CancellationToken cancellationToken)
    {
        var (decision, committed) = await engine.DecideUncommittedAsync(stage, context, durability, cancellationToken).ConfigureAwait(false);
        commits.Add(committed);
        if (durability == AuditDurability.Written)
        {
            written = engine;
        }
        return decision;
    }

    /// <summary>Completes when every decision's audit record is written (durable, for those decided durably).</summary>
    public Task WrittenAsync() => Task.WhenAll(commits);

    /// <summary>Completes when every decision's audit record is durable; faults when one could not be written.</summary>
    public async Task DurableAsync()
    {
        await WrittenAsync().ConfigureAwait(false);
        if (written is { } engine)
        {
            // At once when a durable commit (usually the answer's) has come since: it synced the written records too.
            await engine.MakeAuditDurableAsync().ConfigureAwait(false);
        }
    }
}
