using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Threading.RateLimiting;
using Airs.Runtime.AspNetCore.Sidecar;
using Airs.Runtime.Telemetry;

namespace Airs.Runtime.AspNetCore.Gateway;

/// <summary>
/// The gateway's upstream calls in flight, at most <see cref="GatewayOptions.MaxUpstreamCalls"/>, with a bounded queue
/// of requests waiting for one (<see cref="GatewayOptions.MaxQueuedUpstreamCalls"/>, each for at most
/// <see cref="GatewayOptions.UpstreamQueueTimeout"/>). A request takes its slot before any decision is made, so one
/// refused for capacity leaves no "allowed" record of a request that was never forwarded; the slot is a lease the
/// request disposes, whatever ends it.
/// </summary>
internal sealed class UpstreamSlots : IDisposable
{
    /// <summary>What <c>Retry-After</c> says: a slot frees as soon as any call in flight ends.</summary>
    private const int RetryAfterSeconds = 1;

    private readonly ConcurrencyLimiter limiter;
    private readonly int limit;
    private readonly int queue;
    private readonly TimeSpan queueTimeout;

    /// <exception cref="SidecarConfigurationException">A limit below 1, a negative queue, or a wait that is not positive.</exception>
    public UpstreamSlots(GatewayOptions options)
    {
        if (options.MaxUpstreamCalls < 1 || options.MaxQueuedUpstreamCalls < 0 || options.UpstreamQueueTimeout <= TimeSpan.Zero)
        {
            throw new SidecarConfigurationException(
                "the gateway needs at least one upstream call at a time, a queue of 0 or more and a positive wait for it");
        }
        limit = options.MaxUpstreamCalls;
        queue = options.MaxQueuedUpstreamCalls;
        queueTimeout = options.UpstreamQueueTimeout;
        limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = limit,
            QueueLimit = queue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        Telemetry.Register(this);
    }

    /// <summary>Calls in flight now.</summary>
    public long InFlight => limit - (Statistics()?.CurrentAvailablePermits ?? limit);

    /// <summary>Requests waiting for a call now.</summary>
    public long Queued => Statistics()?.CurrentQueuedCount ?? 0;

    private RateLimiterStatistics? Statistics()
    {
        try
        {
            return limiter.GetStatistics();
        }
        catch (ObjectDisposedException)
        {
            // A scrape that raced the gateway's shutdown: nothing in flight any more.
            return null;
        }
    }

    /// <summary>A slot for one upstream call; dispose it when the call has ended (a stream's too).</summary>
    /// <exception cref="GatewayError">503 <c>gateway_busy</c>: the queue is full, or no call came free within the wait.</exception>
    /// <exception cref="OperationCanceledException">The client went away while it waited.</exception>
    public async ValueTask<RateLimitLease> TakeAsync(CancellationToken aborted)
    {
        // Most calls find a slot free: no timer for them.
        var lease = limiter.AttemptAcquire();
        if (lease.IsAcquired)
        {
            return lease;
        }
        lease.Dispose();
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        wait.CancelAfter(queueTimeout);
        try
        {
            lease = await limiter.AcquireAsync(1, wait.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
        {
            throw Refused("queue_wait", $"no upstream call came free within {queueTimeout.TotalSeconds:0.#} s");
        }
        if (lease.IsAcquired)
        {
            return lease;
        }
        lease.Dispose();
        throw Refused("queue_full", queue == 0
            ? $"the gateway is making its {limit} upstream calls"
            : $"the gateway is making its {limit} upstream calls and {queue} more requests are waiting");
    }

    public void Dispose()
    {
        Telemetry.Unregister(this);
        limiter.Dispose();
    }

    /// <summary>
    /// 503, not 429: the gateway as a whole is at capacity, not this caller (429 is a policy limit's, with a decision);
    /// SDKs retry both after <c>Retry-After</c>, and a load balancer takes a 503 to another replica.
    /// </summary>
    private static GatewayError Refused(string reason, string why)
    {
        Telemetry.Refused(reason);
        return new GatewayError(503, "server_error", "gateway_busy", $"{why}; retry in a moment") { RetryAfterSeconds = RetryAfterSeconds };
    }

    /// <summary>
    /// <c>airs.gateway.upstream.calls</c> and <c>airs.gateway.upstream.queued</c> (gauges) and
    /// <c>airs.gateway.upstream.refused</c> (by <c>airs.reason</c>), on the runtime's meter, which <c>/metrics</c> serves.
    /// </summary>
    private static class Telemetry
    {
        private static readonly ConcurrentDictionary<UpstreamSlots, byte> Live = new();

        private static readonly Counter<long> RefusedCalls = AirsTelemetry.Meter.CreateCounter<long>(
            "airs.gateway.upstream.refused", "{request}", "Gateway requests refused because every upstream call was taken (503 gateway_busy), by reason");

        static Telemetry()
        {
            AirsTelemetry.Meter.CreateObservableGauge("airs.gateway.upstream.calls", () => Live.Keys.Select(s => new Measurement<long>(s.InFlight)),
                "{call}", "Upstream calls the gateway has in flight, streams included");
            AirsTelemetry.Meter.CreateObservableGauge("airs.gateway.upstream.queued", () => Live.Keys.Select(s => new Measurement<long>(s.Queued)),
                "{request}", "Gateway requests waiting for an upstream call to come free");
        }

        public static void Register(UpstreamSlots slots) => Live.TryAdd(slots, 0);

        public static void Unregister(UpstreamSlots slots) => Live.TryRemove(slots, out _);

        public static void Refused(string reason) => RefusedCalls.Add(1, new KeyValuePair<string, object?>("airs.reason", reason));
    }
}
