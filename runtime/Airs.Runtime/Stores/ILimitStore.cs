using Airs.Runtime.Limits;

namespace Airs.Runtime.Stores;

/// <summary>The counts behind the policy's <c>limit</c> declarations: one window per key, kept across restarts and shared by replicas.</summary>
public interface ILimitStore
{
    /// <summary>
    /// Meets one charge atomically, as <see cref="LimitLedger.Meet(LimitCharge, LimitCount?)"/> says: serialised with every
    /// other charge of the key (a write transaction, or the key's lock where the counts are resident), reads the key's
    /// count in the charge's window (a count of an earlier window is 0) and adds the amount unless the charge is a
    /// check, or an admission the limit has no room for. Durable when it returns.
    /// </summary>
    Task<LimitTally> MeetLimitAsync(LimitCharge charge, CancellationToken cancellationToken = default);

    /// <summary>The key's count in the window from <paramref name="windowStart"/> (UTC ticks); 0 when it has none.</summary>
    Task<double> ReadLimitAsync(LimitKey key, long windowStart, CancellationToken cancellationToken = default);

    /// <summary>
    /// Meets one request's charges as <see cref="MeetLimitsAsync"/>, but may answer before the counts are durable:
    /// <see cref="UncommittedTallies.Committed"/> completes when they are. A store one process writes answers from memory
    /// and writes the counts in its next batch; by default the counts are durable on return.
    /// </summary>
    async ValueTask<UncommittedTallies> MeetLimitsUncommittedAsync(IReadOnlyList<LimitCharge> charges, CancellationToken cancellationToken = default) =>
        new(await MeetLimitsAsync(charges, cancellationToken).ConfigureAwait(false), Task.CompletedTask);

    /// <summary>
    /// Meets one request's charges in order, as <see cref="MeetLimitAsync"/> each, one tally per charge (as met). When an
    /// enforced limit refuses the request, what the other limits admitted is given back (<see cref="LimitRules.Returns"/>):
    /// a refused request consumes nothing. A store that can meets them all, and gives back, in one write transaction (a
    /// request's one round trip for its counters), so no other request ever sees the admissions given back; only checks:
    /// reads only. This default gives back after the admissions, in separate calls.
    /// </summary>
    async Task<IReadOnlyList<LimitTally>> MeetLimitsAsync(IReadOnlyList<LimitCharge> charges, CancellationToken cancellationToken = default)
    {
        var tallies = new LimitTally[charges.Count];
        for (var i = 0; i < charges.Count; i++)
        {
            tallies[i] = await MeetLimitAsync(charges[i], cancellationToken).ConfigureAwait(false);
        }
        foreach (var back in LimitRules.Returns(charges, tallies))
        {
            await MeetLimitAsync(back, cancellationToken).ConfigureAwait(false);
        }
        return tallies;
    }
}
