using Airs.Runtime.Context;
using Airs.Runtime.Policy;

namespace Airs.Runtime.Judges;

/// <summary>
/// Whether a judge runs for a request, by where in its workflow the request is (<c>workflow.point</c>). The engine and
/// <c>airs test</c> both ask here, so they run the same judges.
/// </summary>
public static class JudgeSchedule
{
    /// <summary>
    /// The judge's own frequency; for a judge that grades the acting agent against its intent, the frequency that
    /// agent's intent declares (every action when the agent declares none: the judge then fails closed on the missing intent).
    /// </summary>
    public static EvaluationFrequency FrequencyOf(JudgeSpec judge, PolicySpec spec, RequestContext context) =>
        judge.Evaluate ?? IntentFrequency(spec, context.AgentId) ?? EvaluationFrequency.EveryAction;

    // A loop, not a lambda over the context: every judged decision asks, and the closure was made even when unused.
    private static EvaluationFrequency? IntentFrequency(PolicySpec spec, string agentId)
    {
        foreach (var agent in spec.Agents)
        {
            if (agent.Name == agentId)
            {
                return agent.Intent?.Evaluate;
            }
        }
        return null;
    }

    public static bool RunsFor(JudgeSpec judge, PolicySpec spec, RequestContext context) =>
        FrequencyOf(judge, spec, context).RunsAt(context.Point);
}
