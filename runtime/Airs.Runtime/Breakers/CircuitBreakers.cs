using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text.Json.Nodes;
using Airs.Runtime.Audit;
using Airs.Runtime.Policy;
using Airs.Runtime.Stores;

namespace Airs.Runtime.Breakers;

/// <summary>
/// The circuit breakers of one policy. Each breaker counts its events in a sliding window per scope key
/// (global, per user or per session), so one abusive user opens the breaker for that user only.
/// <list type="bullet">
/// <item>closed → open: <c>Threshold</c> events within <c>Window</c>; a close forgets earlier events.</item>
/// <item>open → half-open: after <c>Cooldown</c>, the next admission is a single probe.</item>
/// <item>half-open → closed on a successful probe, → open (for another cooldown) on a failed one; a probe
/// never reported is given up after one cooldown and a new probe is granted.</item>
/// <item>manual trip holds the breaker open until a manual reset; both are audited with their actor.</item>
/// </list>
/// The store is the source of truth (counts and state), so state survives restarts and replicas that
/// share a store share breakers; every change is a compare-and-set, so concurrent callers trip once.
/// Admissions read a key's state from the store at most once per <c>refreshInterval</c> and keep every change this
/// instance makes at once (a newer version is never replaced by an older read), so a breaker tripped here closes the
/// gate on the next request and one tripped by another replica within the interval, as PACE levels do.
/// </summary>
public sealed class CircuitBreakers
{
    private const string System = AuditActors.System;
    private const int MaxConflictRetries = 8;

    /// <summary>Admission reads kept at most (per-user keys grow with the users); past it the memory starts afresh.</summary>
    private const int MaxRemembered = 10_000;

    private readonly string policy;
    private readonly FrozenDictionary<string, BreakerSpec> specs;
    private readonly IBreakerStore store;
    private readonly TimeProvider time;
    private readonly TimeSpan refreshInterval;
    private readonly ConcurrentDictionary<BreakerKey, Remembered> remembered = new();

    /// <param name="refreshInterval">How long an admission may rely on a state read from the store; zero reads it for every admission.</param>
    public CircuitBreakers(string policy, IEnumerable<BreakerSpec> breakers, IBreakerStore store, TimeProvider time, TimeSpan refreshInterval = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(policy);
        this.policy = policy;
        Specs = [.. breakers];
        specs = Specs.ToFrozenDictionary(b => b.Name, StringComparer.Ordinal);
        this.store = store;
        this.time = time;
        this.refreshInterval = refreshInterval;
    }

    /// <summary>A key's state as last read or written here, and when it was read.</summary>
    private readonly record struct Remembered(BreakerRecord? Record, DateTimeOffset ReadAt);

    /// <summary>The breakers in declaration order: the gate refuses with the first open one's fallback, as <c>airs test</c> does.</summary>
    public IReadOnlyList<BreakerSpec> Specs { get; }

    public BreakerKey KeyFor(string breaker, BreakerScopes scopes) => Key(breaker, scopes.KeyFor(Spec(breaker).Scope));

    /// <summary>Records one <paramref name="counter"/> event against every breaker that counts it, each under its own scope key.</summary>
    public Task<IReadOnlyList<BreakerCount>> RecordAsync(BreakerCounter counter, BreakerScopes scopes, CancellationToken cancellationToken = default)
    {
        // Every blocked decision records `blocked`: with no breaker counting it (the usual case), no list and no task.
        for (var i = 0; i < Specs.Count; i++)
        {
            if (Specs[i].Counter == counter)
            {
                return RecordEachAsync(counter, scopes, cancellationToken);
            }
        }
        return NoCounts;
    }

    private static readonly Task<IReadOnlyList<BreakerCount>> NoCounts = Task.FromResult<IReadOnlyList<BreakerCount>>([]);

    private async Task<IReadOnlyList<BreakerCount>> RecordEachAsync(BreakerCounter counter, BreakerScopes scopes, CancellationToken cancellationToken)
    {
        var results = new List<BreakerCount>();
        foreach (var spec in specs.Values)
        {
            if (spec.Counter == counter)
            {
                results.Add(await RecordAsync(spec, Key(spec.Name, scopes.KeyFor(spec.Scope)), cancellationToken).ConfigureAwait(false));
            }
        }

        return results;
    }

    private async Task<BreakerCount> RecordAsync(BreakerSpec spec, BreakerKey key, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (count, record) = await store.RecordBreakerEventAsync(key, now, now - spec.Window, cancellationToken).ConfigureAwait(false);
        Remember(key, record, now);
        var tripped = false;
        if (count >= spec.Threshold && (record is null || record.State == BreakerState.Closed))
        {
            var version = record?.Version ?? 0;
            var payload = Payload(key, $"{count} events within {spec.Window}");
            payload["count"] = count;
            payload["threshold"] = spec.Threshold;
            var open = new BreakerRecord(key, BreakerState.Open, now, false, version + 1);
            tripped = await store.TryUpdateBreakerAsync(version, open,
                AuditLog.Entry(time, AuditKinds.BreakerTripped, System, payload), cancellationToken).ConfigureAwait(false);
            Changed(key, tripped ? open : null, now);
        }

        return new BreakerCount(key, count, tripped);
    }

    public async Task<bool> IsOpenAsync(string breaker, string scopeKey, CancellationToken cancellationToken = default) =>
        (await GetStatusAsync(breaker, scopeKey, cancellationToken).ConfigureAwait(false)).IsOpen;

    /// <summary>
    /// Whether the breaker is open for everyone: only a breaker whose scope is global can be. A per-user or
    /// per-session breaker open for some keys is not (RT-12: one user must not move global state such as PACE).
    /// </summary>
    public async Task<bool> IsOpenForEveryoneAsync(string breaker, CancellationToken cancellationToken = default) =>
        Spec(breaker).Scope == BreakerScope.Global
        && await IsOpenAsync(breaker, BreakerScopes.GlobalKey, cancellationToken).ConfigureAwait(false);

    public async Task<BreakerStatus> GetStatusAsync(string breaker, string scopeKey, CancellationToken cancellationToken = default)
    {
        var spec = Spec(breaker);
        var record = await store.GetBreakerAsync(Key(breaker, scopeKey), cancellationToken).ConfigureAwait(false);
        return Status(spec, Key(breaker, scopeKey), record, time.GetUtcNow());
    }

    /// <summary>Every breaker key that has left the closed state at least once, as seen now.</summary>
    public async Task<IReadOnlyList<BreakerStatus>> ListAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var records = await store.ListBreakersAsync(policy, cancellationToken).ConfigureAwait(false);
        return records.Where(r => specs.ContainsKey(r.Key.Breaker)).Select(r => Status(specs[r.Key.Breaker], r.Key, r, now)).ToList();
    }

    /// <summary>Admits a request: allowed when closed, the probe when half-open is due (one caller wins), else rejected.</summary>
    public Task<BreakerAdmission> AdmitAsync(string breaker, string scopeKey, CancellationToken cancellationToken = default) =>
        AdmitCoreAsync(breaker, scopeKey, cancellationToken).AsTask();

    /// <summary><see cref="AdmitAsync"/> for the engine's gate: a closed breaker whose state is remembered costs no task and no status.</summary>
    internal async ValueTask<BreakerAdmission> AdmitCoreAsync(string breaker, string scopeKey, CancellationToken cancellationToken)
    {
        var spec = Spec(breaker);
        var key = Key(breaker, scopeKey);
        var now = time.GetUtcNow();
        var record = await ReadForAdmissionAsync(key, now, cancellationToken).ConfigureAwait(false);
        if (record is null || record.State == BreakerState.Closed)
        {
            return new BreakerAdmission(key, Admission.Allowed, null);
        }

        if (Status(spec, key, record, now).ProbeDue)
        {
            var probe = new BreakerRecord(key, BreakerState.HalfOpen, now, false, record.Version + 1);
            var granted = await store.TryUpdateBreakerAsync(record.Version, probe,
                AuditLog.Entry(time, AuditKinds.BreakerProbe, System, Payload(key, "cooldown passed")), cancellationToken).ConfigureAwait(false);
            Changed(key, granted ? probe : null, now);
            if (granted)
            {
                return new BreakerAdmission(key, Admission.Probe, spec.Fallback, probe.Version);
            }
        }

        return new BreakerAdmission(key, Admission.Rejected, spec.Fallback);
    }

    /// <summary>Reports the probe's result: success closes the breaker, failure re-opens it for another cooldown. False if the probe is stale.</summary>
    public async Task<bool> CompleteProbeAsync(BreakerAdmission probe, bool success, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(probe);
        if (probe.Admission != Admission.Probe)
        {
            throw new ArgumentException("only a probe admission has a result to report", nameof(probe));
        }

        var record = await store.GetBreakerAsync(probe.Key, cancellationToken).ConfigureAwait(false);
        if (record is null || record.State != BreakerState.HalfOpen || record.Version != probe.ProbeVersion)
        {
            return false;
        }

        var next = new BreakerRecord(probe.Key, success ? BreakerState.Closed : BreakerState.Open, time.GetUtcNow(), false, record.Version + 1);
        var kind = success ? AuditKinds.BreakerClosed : AuditKinds.BreakerReopened;
        var completed = await store.TryUpdateBreakerAsync(record.Version, next,
            AuditLog.Entry(time, kind, System, Payload(probe.Key, success ? "probe succeeded" : "probe failed")), cancellationToken).ConfigureAwait(false);
        Changed(probe.Key, completed ? next : null, next.Since);
        return completed;
    }

    /// <summary>Opens the breaker by hand; it stays open until <see cref="ResetAsync"/>.</summary>
    public Task TripAsync(string breaker, string scopeKey, string actor, string reason, CancellationToken cancellationToken = default) =>
        SetAsync(breaker, scopeKey, BreakerState.Open, manual: true, AuditKinds.BreakerManualTrip, actor, reason, cancellationToken);

    /// <summary>Closes the breaker by hand and starts a fresh count.</summary>
    public Task ResetAsync(string breaker, string scopeKey, string actor, string reason, CancellationToken cancellationToken = default) =>
        SetAsync(breaker, scopeKey, BreakerState.Closed, manual: false, AuditKinds.BreakerReset, actor, reason, cancellationToken);

    private async Task SetAsync(string breaker, string scopeKey, BreakerState state, bool manual, string kind, string actor, string reason, CancellationToken cancellationToken)
    {
        Spec(breaker);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var key = Key(breaker, scopeKey);
        for (var attempt = 0; attempt < MaxConflictRetries; attempt++)
        {
            var record = await store.GetBreakerAsync(key, cancellationToken).ConfigureAwait(false);
            var version = record?.Version ?? 0;
            var next = new BreakerRecord(key, state, time.GetUtcNow(), manual, version + 1);
            if (await store.TryUpdateBreakerAsync(version, next, AuditLog.Entry(time, kind, actor, Payload(key, reason)), cancellationToken).ConfigureAwait(false))
            {
                Changed(key, next, next.Since);
                return;
            }
        }

        throw new InvalidOperationException($"breaker `{key}` kept changing; try again");
    }

    /// <summary>The state an admission decides on: the one remembered within the refresh interval, else the store's.</summary>
    private async ValueTask<BreakerRecord?> ReadForAdmissionAsync(BreakerKey key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (refreshInterval > TimeSpan.Zero && remembered.TryGetValue(key, out var seen) && now >= seen.ReadAt && now - seen.ReadAt < refreshInterval)
        {
            return seen.Record;
        }
        return Remember(key, await store.GetBreakerAsync(key, cancellationToken).ConfigureAwait(false), now);
    }

    /// <summary>
    /// Keeps a state read at <paramref name="at"/>, unless a newer version is kept already (a slow or lagging read must
    /// not undo a trip); returns the state kept.
    /// </summary>
    private BreakerRecord? Remember(BreakerKey key, BreakerRecord? record, DateTimeOffset at)
    {
        if (refreshInterval <= TimeSpan.Zero)
        {
            return record;
        }
        if (!remembered.ContainsKey(key) && remembered.Count >= MaxRemembered) // Count takes every lock: only for a new key
        {
            remembered.Clear();
        }
        return remembered.AddOrUpdate(key, static (_, next) => next,
            static (_, kept, next) => (next.Record?.Version ?? 0) >= (kept.Record?.Version ?? 0) ? next : kept with { ReadAt = next.ReadAt },
            new Remembered(record, at)).Record;
    }

    /// <summary>After a compare-and-set: the new state when it won; when it lost, someone else moved the key, so read it again next time.</summary>
    private void Changed(BreakerKey key, BreakerRecord? won, DateTimeOffset at)
    {
        if (won is not null)
        {
            Remember(key, won, at);
        }
        else
        {
            remembered.TryRemove(key, out _);
        }
    }

    private static BreakerStatus Status(BreakerSpec spec, BreakerKey key, BreakerRecord? record, DateTimeOffset now)
    {
        if (record is null)
        {
            return new BreakerStatus(key, BreakerState.Closed, false, null, false, spec.Fallback);
        }

        // Open: the probe is due after the cooldown. Half-open: a probe never reported is abandoned after one cooldown.
        var probeDue = record.State != BreakerState.Closed && !record.Manual && now >= record.Since + spec.Cooldown;
        return new BreakerStatus(key, record.State, record.Manual, record.Since, probeDue, spec.Fallback);
    }

    private BreakerSpec Spec(string breaker) =>
        specs.TryGetValue(breaker, out var spec) ? spec : throw new ArgumentException($"unknown breaker `{breaker}`", nameof(breaker));

    private BreakerKey Key(string breaker, string scopeKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(scopeKey);
        return new BreakerKey(policy, breaker, scopeKey);
    }

    private static JsonObject Payload(BreakerKey key, string reason) => new()
    {
        ["policy"] = key.Policy,
        ["breaker"] = key.Breaker,
        ["scope_key"] = key.ScopeKey,
        ["reason"] = reason,
    };
}
