using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Airs.Runtime.Engine;

/// <summary>
/// Expires overdue review tickets on a timer from the engine's <see cref="TimeProvider"/> (decisions also expire
/// them, but a quiet service must still apply SLAs). Every minute is plenty for SLAs measured in hours.
/// </summary>
public sealed class ReviewExpiryService : IAsyncDisposable
{
    private readonly PolicyEngine engine;
    private readonly ILogger logger;
    private readonly ITimer timer;
    private readonly SemaphoreSlim running = new(1, 1);

    public ReviewExpiryService(PolicyEngine engine, TimeSpan period, TimeProvider? timeProvider = null, ILogger<ReviewExpiryService>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(period, TimeSpan.Zero);
        this.engine = engine;
        this.logger = (ILogger?)logger ?? NullLogger.Instance;
        timer = (timeProvider ?? TimeProvider.System).CreateTimer(_ => _ = RunAsync(wait: false), null, period, period);
    }

    /// <summary>How many tickets this service has expired so far.</summary>
    public int Expired { get; private set; }

    /// <summary>Runs one expiry pass now, after any pass in flight. (Timer ticks that overlap a pass are skipped, not queued.)</summary>
    public Task TickAsync() => RunAsync(wait: true);

    private async Task RunAsync(bool wait)
    {
        if (!await running.WaitAsync(wait ? Timeout.Infinite : 0).ConfigureAwait(false))
        {
            return;
        }
        try
        {
            Expired += (await engine.ExpireReviewsAsync().ConfigureAwait(false)).Count;
        }
        catch (ObjectDisposedException)
        {
            // the engine went away first
        }
        catch (Exception e)
        {
            logger.LogError(e, "expiring review tickets failed; the next tick retries");
        }
        finally
        {
            running.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await timer.DisposeAsync().ConfigureAwait(false);
        await running.WaitAsync().ConfigureAwait(false); // let a pass in flight finish
        running.Release();
    }
}
