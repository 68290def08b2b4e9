using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;

namespace Airs.Runtime.AspNetCore.Chat;

/// <summary>
/// The audit commits of the decisions taken on one answer, made while the next decision is taken instead of one after
/// another: a host releases the answer (or a refusal) only after <see cref="DurableAsync"/>, so the durability promise
/// holds, and a call pays for one group commit rather than one per decision.
/// </summary>
internal sealed class PendingCommits
{
    private readonly List<Task> commits = [];

    /// <summary>A decision whose audit record is committing (e.g. the request's, while the upstream answers).</summary>
    public void Add(Task committed) => commits.Add(committed);

    /// <summary>Decides now; the decision's audit record commits meanwhile. Act on it only after <see cref="DurableAsync"/>.</summary>
    public async Task<Decision> DecideAsync(PolicyEngine engine, Stage stage, RequestContext context, CancellationToken cancellationToken)
    {
        var (decision, committed) = await engine.DecideUncommittedAsync(stage, context, cancellationToken).ConfigureAwait(false);
        commits.Add(committed);
        return decision;
    }

    /// <summary>Completes when every decision's audit record is durable; faults when one could not be written.</summary>
    public Task DurableAsync() => Task.WhenAll(commits);
}
