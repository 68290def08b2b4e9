using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Airs.Runtime.Audit;
using Airs.Runtime.Breakers;
using Airs.Runtime.Policy;
using Airs.Runtime.Stores;

namespace Airs.Runtime.Pace;

/// <summary>
/// The PACE level of one policy (primary → alternate → contingency → emergency) and the actions in force.
/// <list type="bullet">
/// <item>Automatic moves only go down: <see cref="EvaluateAsync"/> moves to the most severe non-manual
/// level below the current one whose trigger holds.</item>
/// <item>Moving up (<see cref="UpgradeAsync"/>) and moving into a manual level (<see cref="DowngradeAsync"/>)
/// need an authorised principal; a refusal is audited too.</item>
/// <item>Every transition is stored with who and why, and audited, in one transaction.</item>
/// </list>
/// <para>
/// Scope (RT-12): the level is global to the policy, so its triggers are evaluated over global state
/// only. A <c>breaker X open</c> trigger holds only when X's scope is global and its global key is open;
/// a per-user or per-session breaker open for some users never counts, so one abusive user cannot degrade
/// service for everyone. (Such a trigger on a scoped breaker can therefore never fire.)
/// </para>
/// <para>
/// Recovery holds: an authorised upgrade forgets every judge failure and resets the global key of every
/// breaker that a trigger of a level it leaves names, so the next automatic downgrade needs new evidence
/// (judge errors on calls made after the recovery, a breaker tripping again). A replica that sees the
/// upgrade on <see cref="RefreshAsync"/> forgets its own judge failures too.
/// </para>
/// </summary>
public sealed class PaceMachine
{
    private const string System = AuditActors.System;

    private readonly string policy;
    private readonly FrozenDictionary<PaceLevel, PaceStateSpec> levels;

    // The levels an automatic downgrade may reach, most severe first; and "unchanged" per level, made once, because
    // every decision asks and almost every answer is that.
    private readonly PaceStateSpec[] automatic;
    private static readonly Task<PaceChange>[] UnchangedAt =
        [.. Enum.GetValues<PaceLevel>().Order().Select(level => Task.FromResult(PaceChange.Unchanged(level)))];
    private readonly IPaceStore store;
    private readonly CircuitBreakers? breakers;
    private readonly JudgeHealth judges;
    private readonly IPaceAuthorizer authorizer;
    private readonly TimeProvider time;
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile PaceRecord current;

    private PaceMachine(string policy, IEnumerable<PaceStateSpec> states, IPaceStore store, CircuitBreakers? breakers,
        JudgeHealth judges, IPaceAuthorizer authorizer, TimeProvider time, PaceRecord current)
    {
        this.policy = policy;
        levels = states.ToFrozenDictionary(s => s.Level);
        automatic = [.. levels.Values.Where(s => !s.Manual).OrderByDescending(s => s.Level)];
        this.store = store;
        this.breakers = breakers;
        this.judges = judges;
        this.authorizer = authorizer;
        this.time = time;
        this.current = current;
    }

    /// <summary>Loads the policy's stored level (primary if none).</summary>
    public static async Task<PaceMachine> LoadAsync(string policy, IEnumerable<PaceStateSpec> states, IPaceStore store, CircuitBreakers? breakers,
        JudgeHealth judges, IPaceAuthorizer authorizer, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(policy);
        var stored = await store.GetPaceAsync(policy, cancellationToken).ConfigureAwait(false);
        return new PaceMachine(policy, states, store, breakers, judges, authorizer, time, stored ?? PaceRecord.Initial(policy, time.GetUtcNow()));
    }

    public PaceLevel Level => current.Level;

    public PaceRecord State => current;

    /// <summary>The actions declared for the current level (none at primary, or at a level the policy does not declare).</summary>
    public ImmutableHashSet<PaceAction> Actions =>
        levels.TryGetValue(current.Level, out var spec) ? [.. spec.Actions] : [];

    public bool Has(PaceAction action) => levels.TryGetValue(current.Level, out var spec) && spec.Actions.Contains(action);

    public string? FallbackMessage => levels.TryGetValue(current.Level, out var spec) ? spec.FallbackMessage : null;

    /// <summary>Reloads the level from the store (another replica may have moved it).</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        var stored = await store.GetPaceAsync(policy, cancellationToken).ConfigureAwait(false);
        if (stored is not null && stored.Version >= current.Version)
        {
            if (stored.Level < current.Level)
            {
                judges.Reset(); // another replica recovered PACE: what this one saw before no longer counts
            }
            current = stored;
        }
    }

    /// <summary>Checks every trigger and moves down to the most severe non-manual level whose trigger holds.</summary>
    public Task<PaceChange> EvaluateAsync(CancellationToken cancellationToken = default)
    {
        var level = current.Level;
        return automatic.Length == 0 || automatic[0].Level <= level ? UnchangedAt[(int)level] : EvaluateTriggersAsync(cancellationToken);
    }

    private async Task<PaceChange> EvaluateTriggersAsync(CancellationToken cancellationToken)
    {
        foreach (var spec in automatic)
        {
            if (spec.Level <= current.Level)
            {
                break;
            }

            var reason = await HoldingTriggerAsync(spec, cancellationToken).ConfigureAwait(false);
            if (reason is not null)
            {
                return await MoveAsync(spec.Level, System, reason, AuditKinds.PaceDowngraded, down: true, cancellationToken).ConfigureAwait(false);
            }
        }

        return PaceChange.Unchanged(current.Level);
    }

    /// <summary>Moves up to <paramref name="target"/>; only an authorised principal may.</summary>
    public Task<PaceChange> UpgradeAsync(PaceLevel target, string principal, string reason, CancellationToken cancellationToken = default) =>
        ManualAsync(target, principal, reason, up: true, cancellationToken);

    /// <summary>Moves down to <paramref name="target"/> by hand (the only way into a manual level); only an authorised principal may.</summary>
    public Task<PaceChange> DowngradeAsync(PaceLevel target, string principal, string reason, CancellationToken cancellationToken = default) =>
        ManualAsync(target, principal, reason, up: false, cancellationToken);

    private async Task<PaceChange> ManualAsync(PaceLevel target, string principal, string reason, bool up, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(principal);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var from = current.Level;
        var refusal =
            target != PaceLevel.Primary && !levels.ContainsKey(target) ? $"the policy declares no `{Keyword(target)}` level"
            : up && target >= from ? $"`{Keyword(target)}` is not above the current level `{Keyword(from)}`"
            : !up && target <= from ? $"`{Keyword(target)}` is not below the current level `{Keyword(from)}`"
            : !authorizer.IsAuthorized(principal, from, target) ? $"`{principal}` may not move PACE from `{Keyword(from)}` to `{Keyword(target)}`"
            : null;
        if (refusal is not null)
        {
            var payload = Payload(from, target, reason);
            payload["refusal"] = refusal;
            await store.AppendAuditAsync(AuditLog.Entry(time, AuditKinds.PaceRefused, principal, payload), cancellationToken).ConfigureAwait(false);
            return new PaceChange(from, target, false, refusal);
        }

        var change = await MoveAsync(target, principal, reason, up ? AuditKinds.PaceUpgraded : AuditKinds.PaceDowngraded, down: !up, cancellationToken).ConfigureAwait(false);
        if (up && change.Applied)
        {
            await ForgetEvidenceAsync(change.From, target, principal, reason, cancellationToken).ConfigureAwait(false);
        }
        return change;
    }

    /// <summary>
    /// After a recovery from <paramref name="from"/> to <paramref name="to"/>: judge health starts afresh, and each
    /// global breaker named by a trigger of a level in between (that level included) is reset, audited with the principal.
    /// </summary>
    private async Task ForgetEvidenceAsync(PaceLevel from, PaceLevel to, string principal, string reason, CancellationToken cancellationToken)
    {
        judges.Reset();
        if (breakers is null)
        {
            return;
        }
        var named = levels.Values
            .Where(s => !s.Manual && s.Level > to && s.Level <= from)
            .SelectMany(s => s.Triggers.OfType<BreakerOpenTrigger>())
            .Select(t => t.Breaker)
            .ToHashSet(StringComparer.Ordinal);
        // RT-12: only a global key can hold a PACE trigger, so only global keys are reset (window and state).
        foreach (var breaker in breakers.Specs.Where(b => b.Scope == BreakerScope.Global && named.Contains(b.Name)))
        {
            await breakers.ResetAsync(breaker.Name, BreakerScopes.GlobalKey, principal, $"PACE recovered to `{Keyword(to)}`: {reason}", cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<PaceChange> MoveAsync(PaceLevel target, string actor, string reason, string kind, bool down, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            for (var attempt = 0; attempt < 2; attempt++)
            {
                var from = current;
                // Re-check against the level as it is now: a concurrent move may already have gone further.
                if (down ? target <= from.Level : target >= from.Level)
                {
                    return PaceChange.Unchanged(from.Level);
                }

                var now = time.GetUtcNow();
                var next = new PaceRecord(policy, target, now, actor, reason, from.Version + 1);
                var transition = new PaceTransition(policy, from.Level, target, now, actor, reason);
                var audit = AuditLog.Entry(time, kind, actor, Payload(from.Level, target, reason));
                if (await store.TryTransitionPaceAsync(from.Version, next, transition, audit, cancellationToken).ConfigureAwait(false))
                {
                    current = next;
                    return new PaceChange(from.Level, target, true, null);
                }

                await RefreshAsync(cancellationToken).ConfigureAwait(false); // another replica moved it
            }

            return new PaceChange(current.Level, target, false, "the PACE level changed concurrently; try again");
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<string?> HoldingTriggerAsync(PaceStateSpec spec, CancellationToken cancellationToken)
    {
        foreach (var trigger in spec.Triggers)
        {
            switch (trigger)
            {
                case JudgeFailingTrigger judge when judges.IsFailing(judge.Judge):
                    return judge.Judge is null ? "a judge is failing" : $"judge `{judge.Judge}` is failing";
                case BreakerOpenTrigger breaker when breakers is not null
                    && await breakers.IsOpenForEveryoneAsync(breaker.Breaker, cancellationToken).ConfigureAwait(false):
                    return $"breaker `{breaker.Breaker}` is open";
            }
        }

        return null;
    }

    private JsonObject Payload(PaceLevel from, PaceLevel to, string reason) => new()
    {
        ["policy"] = policy,
        ["from"] = Keyword(from),
        ["to"] = Keyword(to),
        ["reason"] = reason,
    };

    private static string Keyword(PaceLevel level) => level.ToKeyword();
}
