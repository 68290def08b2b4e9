using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Functions;
using Airs.Runtime.Policy;

namespace Airs.Runtime.Limits;

/// <summary>
/// The one definition of what a request owes the policy's limits and what a count means for the decision; the
/// engine meets the charges in its store, <c>airs test</c> in a <see cref="LimitLedger"/>, and both read them here.
/// </summary>
public static class LimitRules
{
    /// <summary>Served past a limit that declares no message.</summary>
    public const string DefaultMessage = "Too many requests: please try again later.";

    /// <summary>
    /// The charges of one request on <paramref name="stage"/>, in declaration order; empty when no limit applies.
    /// <paramref name="agents"/> are the policy's declared agents: an <c>agent.id</c> not among them counts as none
    /// (<see cref="AgentScopes"/>).
    /// </summary>
    public static List<LimitCharge> Charges(string policy, ImmutableArray<LimitSpec> limits, ImmutableArray<AgentSpec> agents, Stage stage,
        RequestContext context, DateTimeOffset now)
    {
        var charges = new List<LimitCharge>();
        foreach (var limit in limits)
        {
            if (Charge(limit, stage, context) is not var (amount, kind))
            {
                continue;
            }
            if (limit.Mode == ControlMode.Detect && kind == LimitChargeKind.Admit)
            {
                kind = LimitChargeKind.Spend; // a detect-mode limit lets the request through, so it counts
            }
            var window = limit.Window.Ticks;
            var start = now.UtcTicks - (now.UtcTicks % window);
            charges.Add(new LimitCharge(limit, new LimitKey(policy, limit.Name, ScopeKey(limit.Scope, context, agents)), start, amount, kind));
        }
        return charges;
    }

    /// <summary>
    /// The charges of a request the guardrails refused: it consumed nothing it asked for, but an answer's reported tokens
    /// (and their cost) were spent by the model before any guard read the answer. Without them, answers that are always
    /// refused would cost tokens no token limit ever counts.
    /// </summary>
    public static List<LimitCharge> Spent(List<LimitCharge> charges) =>
        charges.FindAll(c => c.Kind == LimitChargeKind.Spend && c.Limit.Measure is LimitMeasure.Tokens or LimitMeasure.Cost);

    private static (double Amount, LimitChargeKind Kind)? Charge(LimitSpec limit, Stage stage, RequestContext context) => (limit.Measure, stage) switch
    {
        (LimitMeasure.Requests, Stage.Input) => (1, LimitChargeKind.Admit),
        (LimitMeasure.Tokens or LimitMeasure.Cost, Stage.Input) => (0, LimitChargeKind.Check),
        (LimitMeasure.Tokens, Stage.Output) => (context.OutputTokens, LimitChargeKind.Spend),
        (LimitMeasure.Cost, Stage.Output) => (Cost(context.OutputTokens, limit.Price), LimitChargeKind.Spend),
        (LimitMeasure.ToolCalls, Stage.ToolCall) when limit.Tool is null || limit.Tool == context.ToolName => (1, LimitChargeKind.Admit),
        (LimitMeasure.Sum, Stage.ToolCall) when limit.Tool == context.ToolName => (ArgumentAmount(context, limit.Argument!), LimitChargeKind.Admit),
        _ => null,
    };

    /// <summary>
    /// The tokens' cost, exactly: 3 tokens at 0.7 cost 2.1, where doubles multiply to 2.0999999999999996, below a max the
    /// spend reached. A cost no double holds as it is counts a little above it, never below (fail closed).
    /// </summary>
    private static double Cost(double tokens, double price) =>
        ExactNumbers.TryMultiply(tokens, price, out var cost) ? cost : ExactNumbers.Above(tokens * price);

    /// <summary>The stages on which <see cref="Charge"/> meets a limit of <paramref name="measure"/>: where its count is kept and read.</summary>
    public static IReadOnlyList<Stage> StagesOf(LimitMeasure measure) => measure switch
    {
        LimitMeasure.Requests => [Stage.Input],
        LimitMeasure.Tokens or LimitMeasure.Cost => [Stage.Input, Stage.Output],
        _ => [Stage.ToolCall],
    };

    /// <summary>The summed argument's value; an absent or non-number one adds nothing (the tool_arguments control refuses a wrong type), nor does a negative one.</summary>
    private static double ArgumentAmount(RequestContext context, string argument) =>
        context.ToolArgs.TryGetValue(argument, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var amount)
            && double.IsFinite(amount) && amount > 0 ? amount : 0;

    /// <summary>Requests without the scope's id (or naming an undeclared agent) share the <c>anonymous</c> key, as breakers do.</summary>
    public static string ScopeKey(LimitScope scope, RequestContext context, ImmutableArray<AgentSpec> agents) => scope switch
    {
        LimitScope.Global => "global",
        LimitScope.User => "user:" + OrAnonymous(context.UserId),
        LimitScope.Session => "session:" + OrAnonymous(context.SessionId),
        LimitScope.Agent => "agent:" + OrAnonymous(AgentScopes.IdOf(agents, context.AgentId)),
        _ => throw new ArgumentOutOfRangeException(nameof(scope)),
    };

    private static string OrAnonymous(string id) => id.Length == 0 ? "anonymous" : id;

    /// <summary>Whether the charge was refused, given how its count met it.</summary>
    public static bool Exceeded(LimitCharge charge, LimitTally tally) => charge.Kind switch
    {
        LimitChargeKind.Admit => !tally.Added,
        LimitChargeKind.Check => tally.Count >= charge.Limit.Max,
        LimitChargeKind.Return => false,
        _ => charge.Limit.Mode == ControlMode.Detect && tally.Count > charge.Limit.Max && charge.Amount > 0,
    };

    /// <summary>
    /// What a request that an enforced limit refused gives back: every admission the other limits granted it (empty when
    /// none refused it). A refused request consumed nothing; without this, each request one user sends past a per-user
    /// limit would still be counted by a global limit declared with it, and one user could spend everyone's budget.
    /// </summary>
    public static List<LimitCharge> Returns(IReadOnlyList<LimitCharge> charges, IReadOnlyList<LimitTally> tallies)
    {
        var refused = false;
        for (var i = 0; i < charges.Count && !refused; i++)
        {
            refused = charges[i].Limit.Mode == ControlMode.Enforce && Exceeded(charges[i], tallies[i]);
        }
        var returns = new List<LimitCharge>();
        for (var i = 0; refused && i < charges.Count; i++)
        {
            if (charges[i].Kind == LimitChargeKind.Admit && tallies[i].Added && charges[i].Amount > 0)
            {
                returns.Add(charges[i] with { Kind = LimitChargeKind.Return });
            }
        }
        return returns;
    }

    /// <summary>
    /// Fires what a met charge means into the decision: past the limit, the limit's action (a detect-only finding in
    /// detect mode); at or above its warning share, a detect-only warning. Returns the retry-after of an enforced refusal.
    /// </summary>
    public static TimeSpan? Apply(EvaluationBuilder decision, LimitCharge charge, LimitTally tally, DateTimeOffset now)
    {
        var limit = charge.Limit;
        var retryAfter = charge.WindowEnd - now;
        if (Exceeded(charge, tally))
        {
            var seconds = Math.Max(1, (long)Math.Ceiling(retryAfter.TotalSeconds));
            var message = tally.Inexact
                ? $"limit `{limit.Name}` refused for `{charge.Key.ScopeKey}`: {Exact(tally.Count)} + {Exact(charge.Amount)} has more digits than a double holds exactly, so it counts as past {Exact(limit.Max)} within {Window(limit.Window)}; retry after {seconds}s"
                : $"limit `{limit.Name}` reached for `{charge.Key.ScopeKey}`: {Exact(tally.Count)} of {Exact(limit.Max)} within {Window(limit.Window)}; retry after {seconds}s";
            decision.Fire(new Finding(limit.Id, limit.Name, Layer.Limit, limit.OnExceed.Outcome, limit.Mode, message, []),
                limit.OnExceed.Message ?? DefaultMessage, limit.OnExceed.Review);
            return limit.Mode == ControlMode.Enforce && limit.OnExceed.Outcome >= Outcome.Block ? retryAfter : null;
        }
        if (limit.WarnAt is { } share && tally.Count >= WarnsFrom(share, limit.Max))
        {
            decision.Fire(new Finding(limit.Id, limit.Name, Layer.Limit, Outcome.Flag, ControlMode.Detect,
                $"limit `{limit.Name}` at {Exact(tally.Count)} of {Exact(limit.Max)} for `{charge.Key.ScopeKey}` (warns from {ExactNumbers.PercentText(share)})", []));
        }
        return null;
    }

    /// <summary>
    /// The count from which a limit warns, <paramref name="share"/> of <paramref name="max"/> exactly: 10% of 3 is 0.3,
    /// where doubles multiply to 0.30000000000000004 and a count of 0.3 would not warn. A product no double holds as it
    /// is gives a double a little below it: a warning comes early, never late.
    /// </summary>
    private static double WarnsFrom(double share, double max) =>
        ExactNumbers.TryMultiply(share, max, out var from) ? from : Math.BitDecrement(Math.BitDecrement(share * max));

    // A count as it is (its shortest form: counts are kept exact, ExactNumbers), never rounded: to four places a spend
    // of 9.99999 read "10 of 10", as if the limit were reached.
    private static string Exact(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Window(TimeSpan window) =>
        window.TotalDays >= 1 && window.Ticks % TimeSpan.TicksPerDay == 0 ? $"{window.TotalDays:0}d"
        : window.TotalHours >= 1 && window.Ticks % TimeSpan.TicksPerHour == 0 ? $"{window.TotalHours:0}h"
        : window.TotalMinutes >= 1 && window.Ticks % TimeSpan.TicksPerMinute == 0 ? $"{window.TotalMinutes:0}m"
        : window.Ticks % TimeSpan.TicksPerSecond == 0 ? $"{window.TotalSeconds:0}s"
        : $"{window.TotalMilliseconds:0}ms";
}
