using Airs.Runtime.Limits;

namespace Airs.Runtime.Stores;

public sealed partial class InMemoryAirsStore
{
    private readonly LimitLedger limits = new();

    public Task<LimitTally> MeetLimitAsync(LimitCharge charge, CancellationToken cancellationToken = default) =>
        Write(() => limits.Meet(charge), cancellationToken);

    public Task<IReadOnlyList<LimitTally>> MeetLimitsAsync(IReadOnlyList<LimitCharge> charges, CancellationToken cancellationToken = default) =>
        Write<IReadOnlyList<LimitTally>>(() =>
        {
            LimitTally[] tallies = [.. charges.Select(limits.Meet)];
            foreach (var back in LimitRules.Returns(charges, tallies))
            {
                limits.Meet(back); // under the same lock: nobody sees what a refused request gives back
            }
            return tallies;
        }, cancellationToken);

    public Task<double> ReadLimitAsync(LimitKey key, long windowStart, CancellationToken cancellationToken = default) =>
        Read(() => limits.Read(key, windowStart), cancellationToken);
}
