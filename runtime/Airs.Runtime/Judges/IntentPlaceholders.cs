using System.Collections.Frozen;
using Airs.Runtime.Context;
using Airs.Runtime.Policy;

namespace Airs.Runtime.Judges;

/// <summary>
/// The placeholders through which a judge prompt reads an intent: <c>{{ agent.intent.goal }}</c> is the acting agent's
/// (<c>agent.id</c>), <c>{{ workflow.intent.goal }}</c> the request's workflow's (<c>workflow.name</c>). The prompt
/// builder fences their text like any context value. A request whose agent or workflow declares no intent cannot be
/// graded against one: rendering fails, and the judge's failure posture decides.
/// </summary>
public static class IntentPlaceholders
{
    public const string AgentPrefix = "agent.intent.";
    public const string WorkflowPrefix = "workflow.intent.";

    /// <summary>Every intent placeholder, with what it shows.</summary>
    public static readonly FrozenDictionary<string, string> Paths = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [AgentPrefix + "goal"] = "the acting agent's goal",
        [AgentPrefix + "success"] = "the acting agent's success criteria, one `name: text` per line",
        [AgentPrefix + "failure"] = "the acting agent's failure criteria, one `name: text` per line",
        [AgentPrefix + "tools"] = "the tools the acting agent's intent permits, one per line",
        [AgentPrefix + "data"] = "the acting agent's data scope, one item per line",
        [WorkflowPrefix + "goal"] = "the workflow's goal",
        [WorkflowPrefix + "success"] = "the workflow's success criteria, one `name: text` per line",
        [WorkflowPrefix + "failure"] = "the workflow's failure criteria, one `name: text` per line",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool IsIntentPath(string path) => path.StartsWith(AgentPrefix, StringComparison.Ordinal) || path.StartsWith(WorkflowPrefix, StringComparison.Ordinal);

    /// <summary>The text of an intent placeholder for this request.</summary>
    /// <exception cref="JudgePromptException">The path is not an intent placeholder, or the request's agent or workflow declares no intent.</exception>
    public static string Render(string path, PolicySpec spec, RequestContext context)
    {
        if (!Paths.ContainsKey(path))
        {
            throw new JudgePromptException($"unknown intent field `{path}` in judge prompt");
        }
        IntentSpec intent;
        string field;
        if (path.StartsWith(AgentPrefix, StringComparison.Ordinal))
        {
            intent = spec.Agents.FirstOrDefault(a => a.Name == context.AgentId)?.Intent
                ?? throw new JudgePromptException($"agent `{context.AgentId}` declares no intent for `{path}`");
            field = path[AgentPrefix.Length..];
        }
        else
        {
            intent = spec.Workflows.FirstOrDefault(w => w.Name == context.WorkflowName)?.Intent
                ?? throw new JudgePromptException($"workflow `{context.WorkflowName}` is not declared, so `{path}` has no value");
            field = path[WorkflowPrefix.Length..];
        }
        return field switch
        {
            "goal" => intent.Goal,
            "success" => Criteria(intent.Success),
            "failure" => Criteria(intent.Failure),
            "tools" => string.Join('\n', intent.Tools),
            _ => string.Join('\n', intent.Data),
        };
    }

    private static string Criteria(IEnumerable<CriterionSpec> criteria) => string.Join('\n', criteria.Select(c => $"{c.Name}: {c.Text}"));
}
