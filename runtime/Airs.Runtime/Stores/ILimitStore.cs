using Airs.Runtime.Limits;

namespace Airs.Runtime.Stores;

/// <summary>The counts behind the policy's <c>limit</c> declarations: one window per key, kept across restarts and shared by replicas.</summary>
public interface ILimitStore
{
    /// <summary>
    /// Meets one charge atomically, as <see cref="LimitLedger.Meet(LimitCharge, LimitCount?)"/> says: in one transaction serialised with every
    /// other writer, reads the key's count in the charge's window (a count of an earlier window is 0) and adds the
    /// amount unless the charge is a check, or an admission the limit has no room for. Durable when it returns.
    /// </summary>
    Task<LimitTally> MeetLimitAsync(LimitCharge charge, CancellationToken cancellationToken = default);

    /// <summary>The key's count in the window from <paramref name="windowStart"/> (UTC ticks); 0 when it has none.</summary>
    Task<double> ReadLimitAsync(LimitKey key, long windowStart, CancellationToken cancellationToken = default);
}
