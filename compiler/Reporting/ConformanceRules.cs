using System.Collections.Immutable;
using Airs.Compiler.Binding;
using Airs.Compiler.Lowering;
using Airs.Runtime.Decisions;
using Airs.Runtime.Judges;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Reporting;

/// <summary>
/// The tier conformance rules. Each rule looks at the lowered policy only (what will run), never at how it
/// is written, so a control brought in from a pack counts the same as one written in the policy.
/// </summary>
public static class ConformanceRules
{
    private static readonly ImmutableArray<Tier> AllTiers = [Tier.Low, Tier.Medium, Tier.High, Tier.Critical];
    private static readonly ImmutableArray<Tier> FailClosedTiers = [Tier.Medium, Tier.High, Tier.Critical];
    private static readonly ImmutableArray<Tier> HighAndCritical = [Tier.High, Tier.Critical];
    private static readonly ImmutableArray<Tier> CriticalOnly = [Tier.Critical];

    public static readonly ConformanceRule AssessedTier = new("assessed-tier", AllTiers,
        "the policy's `tier` is at least the tier its risk assessment gives");
    public static readonly ConformanceRule OutputJudge = new("output-judge", HighAndCritical,
        "a judge grades the `output` stage");
    public static readonly ConformanceRule Breaker = new("breaker", AllTiers,
        "a circuit breaker halts AI traffic and serves a fallback when controls keep firing");
    public static readonly ConformanceRule JudgeSample = new("judge-sample", AllTiers,
        "every judge samples at least the lower bound of the tier's judge coverage");
    public static readonly ConformanceRule JudgeTiming = new("judge-timing", CriticalOnly,
        "judges run in real time: `blocking`, so the verdict is in before the answer goes out");
    public static readonly ConformanceRule ReviewQueue = new("review-queue", HighAndCritical,
        "a human `review` queue exists for what automation cannot decide");
    public static readonly ConformanceRule ReviewSla = new("review-sla", AllTiers,
        "every review's SLA is at most the tier's review SLA");
    public static readonly ConformanceRule FailurePosture = new("failure-posture", FailClosedTiers,
        "a judge that fails (timeout, error, unreadable verdict) does not let traffic through: fail closed");
    public static readonly ConformanceRule AgentApproval = new("agent-approval", CriticalOnly,
        "every agent needs approval for every tool it holds that writes");
    public static readonly ConformanceRule WriteApproval = new("write-approval", HighAndCritical,
        "every tool that writes needs approval by some agent's `approval` list");
    public static readonly ConformanceRule DetectMode = new("detect-mode", CriticalOnly,
        "every control enforces; `detect` is for trying a control out, not for running a critical system");
    public static readonly ConformanceRule PaceEmergency = new("pace-emergency", HighAndCritical,
        "the PACE plan has an `emergency` level: the non-AI fallback when everything else fails");
    public static readonly ConformanceRule Limits = new("limits", HighAndCritical,
        "an enforcing `limit` bounds consumption: requests, tokens, cost or tool calls (OWASP LLM10)");

    public static readonly ImmutableArray<ConformanceRule> All =
    [
        AssessedTier, OutputJudge, Breaker, JudgeSample, JudgeTiming, ReviewQueue, ReviewSla,
        FailurePosture, AgentApproval, WriteApproval, DetectMode, PaceEmergency, Limits,
    ];

    internal static IEnumerable<ConformanceWarning> Check(PolicyIR policy, PolicyLocator locate, IEnumerable<DeclaredTier> assessments)
    {
        var spec = policy.Spec;
        var tier = spec.Tier;
        var required = TierRequirements.For(tier);
        var tierName = $"tier `{tier.Keyword()}`";
        var warnings = new List<ConformanceWarning>();
        void Warn(ConformanceRule rule, string message, SourceSpot? where)
        {
            if (rule.Tiers.Contains(tier))
            {
                warnings.Add(new ConformanceWarning(spec.Name, rule.Id, message, where));
            }
        }

        foreach (var assessed in assessments.Where(a => a.Tier > tier))
        {
            Warn(AssessedTier, $"the policy declares {tierName} but {assessed.Origin} in `{locate.Display(assessed.Path)}` assesses the system as `{assessed.Tier.Keyword()}`", locate.Tier);
        }

        if (!spec.Judges.Any(j => j.Stage == Stage.Output))
        {
            Warn(OutputJudge, $"{tierName} needs a judge on `output` ({required.JudgeCoverage} of traffic, {required.JudgeTiming}); none is declared", locate.Tier);
        }

        if (spec.Breakers.Length == 0)
        {
            Warn(Breaker, "no `breaker`: nothing halts AI traffic and serves a fallback when controls keep firing", locate.Policy);
        }

        foreach (var judge in spec.Judges)
        {
            var where = locate.Symbol(judge.Name, SymbolKind.Judge);
            // Sample rates are percentages written in the policy; compare with a little slack for rounding.
            if (judge.SampleRate + 1e-9 < required.JudgeSampleRate)
            {
                Warn(JudgeSample, $"judge `{judge.Name}` grades {TierText.Percent(judge.SampleRate)} of traffic, below the {required.JudgeCoverage} that {tierName} requires", where);
            }
            if (!judge.Blocking)
            {
                Warn(JudgeTiming, $"judge `{judge.Name}` is not `blocking`, but {tierName} needs {required.JudgeTiming} judging", where);
            }
            // What the runtime does when this judge fails: the declared `on error` or the tier's posture.
            if (judge.Mode == ControlMode.Enforce && JudgeActions.ErrorAction(judge, tier).Outcome < Outcome.Escalate)
            {
                Warn(FailurePosture, $"judge `{judge.Name}` lets traffic through when it fails (`on error {judge.OnError.Outcome.ToKeyword()}`), but {tierName} fails closed", where);
            }
        }

        if (spec.Reviews.Length == 0)
        {
            Warn(ReviewQueue, $"{tierName} needs human review within {TierText.Hours(required.ReviewSla)}, but no `review` queue is declared", locate.Tier);
        }
        foreach (var review in spec.Reviews.Where(r => r.Sla > required.ReviewSla))
        {
            Warn(ReviewSla, $"review `{review.Name}` has an SLA of {TierText.Hours(review.Sla)}; {tierName} allows at most {TierText.Hours(required.ReviewSla)}", locate.Symbol(review.Name, SymbolKind.Review));
        }

        var writing = spec.Tools.Where(t => t.Writes).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var agent in spec.Agents)
        {
            foreach (var tool in agent.Tools.Where(t => writing.Contains(t) && !agent.Approval.Contains(t)))
            {
                Warn(AgentApproval, $"agent `{agent.Name}` can call `{tool}`, which writes, without approval; {tierName} requires approval for {required.Approval}", locate.Symbol(agent.Name, SymbolKind.Agent));
            }
        }
        foreach (var tool in spec.Tools.Where(t => t.Writes))
        {
            var approved = spec.Agents.Any(a => a.Approval.Contains(tool.Name));
            // On critical, a tool an agent holds is reported per agent by agent-approval, more precisely.
            var reportedPerAgent = tier == Tier.Critical && spec.Agents.Any(a => a.Tools.Contains(tool.Name));
            if (!approved && !reportedPerAgent)
            {
                Warn(WriteApproval, $"tool `{tool.Name}` writes, but no agent needs approval to call it; {tierName} requires approval for {required.Approval}", locate.Symbol(tool.Name, SymbolKind.Tool));
            }
        }

        foreach (var guard in policy.Guards.Where(g => g.Mode == ControlMode.Detect))
        {
            Warn(DetectMode, $"guard `{guard.Name}` is in `detect` mode, so it never changes a decision; {tierName} needs every control to enforce", locate.Symbol(guard.Name, SymbolKind.Guard));
        }
        foreach (var judge in spec.Judges.Where(j => j.Mode == ControlMode.Detect))
        {
            Warn(DetectMode, $"judge `{judge.Name}` is in `detect` mode, so it never changes a decision; {tierName} needs every control to enforce", locate.Symbol(judge.Name, SymbolKind.Judge));
        }
        foreach (var limit in spec.Limits.Where(l => l.Mode == ControlMode.Detect))
        {
            Warn(DetectMode, $"limit `{limit.Name}` is in `detect` mode, so it never refuses; {tierName} needs every control to enforce", locate.Symbol(limit.Name, SymbolKind.Limit));
        }
        if (!spec.Limits.Any(l => l.Mode == ControlMode.Enforce))
        {
            Warn(Limits, spec.Limits.IsEmpty
                ? $"{tierName} needs its consumption bounded (OWASP LLM10), but no `limit` counts requests, tokens, cost or tool calls"
                : $"{tierName} needs its consumption bounded (OWASP LLM10), but every `limit` is in `detect` mode", locate.Policy);
        }

        if (!spec.Pace.Any(p => p.Level == PaceLevel.Emergency))
        {
            Warn(PaceEmergency, spec.Pace.Length == 0
                ? $"{tierName} needs a PACE plan with an `emergency` level; the policy has no `pace` block"
                : $"{tierName} needs a PACE `emergency` level; the `pace` block has none", locate.Pace ?? locate.Tier);
        }
        return warnings;
    }
}
