using Airs.Compiler.Binding;
using Airs.Compiler.Diagnostics;
using Airs.Runtime.Judges;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Checking;

// Intents: a workflow's criteria are its agents' criteria, an agent's intent and its grants agree, every evaluation
// frequency suits the tier, and a judge that reads an intent has one to read.
internal sealed partial class Checker
{
    private void CheckIntents()
    {
        var agents = _policy.Agents.GroupBy(a => a.Name).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var workflow in _policy.Workflows)
        {
            if (workflow.Intent is { } intent)
            {
                CheckCoverage(workflow, intent, "success", i => i.Success, agents);
                CheckCoverage(workflow, intent, "failure", i => i.Failure, agents);
            }
        }
        foreach (var agent in _policy.Agents)
        {
            if (agent.Intent is { ToolsSetting: { } toolsSetting } intent)
            {
                foreach (var tool in intent.Tools.Where(t => !agent.Tools.Contains(t)))
                {
                    Report(DiagnosticCatalog.IntentToolNotGranted(At(intent.Tree, toolsSetting.Value), agent.Name, tool));
                }
                foreach (var tool in agent.Tools.Where(t => !intent.Tools.Contains(t)))
                {
                    Report(DiagnosticCatalog.GrantOutsideIntent(At(intent.Tree, toolsSetting.Value), agent.Name, tool));
                }
            }
        }
        var tier = _policy.Tier ?? Tier.Medium;
        var allowed = EvaluationFrequencies.AllowedFor(tier);
        // A judge of the workflow as a whole (it reads `workflow.intent`) may run at phase ends or at the end at any tier,
        // besides the judges that grade every action.
        var intents = _policy.Agents.Select(a => a.Intent)
            .Concat(_policy.Judges.Where(j => !j.IntentPaths.Any(p => p.StartsWith(IntentPlaceholders.WorkflowPrefix, StringComparison.Ordinal))).Select(j => j.Intent))
            .OfType<BoundIntent>();
        foreach (var intent in intents)
        {
            if (intent.Evaluate is { } evaluate && !allowed.Contains(evaluate.Frequency))
            {
                Report(DiagnosticCatalog.FrequencyNotAllowed(At(intent.Tree, evaluate.Setting.Value), evaluate.Frequency.ToKeyword(), tier.ToKeyword(),
                    allowed.Select(f => f.ToKeyword())));
            }
        }
        CheckIntentReaders();
    }

    /// <summary>Each workflow criterion must be a criterion of the same kind of one of the workflow's agents.</summary>
    private void CheckCoverage(BoundWorkflow workflow, BoundIntent intent, string kind, Func<BoundIntent, IEnumerable<BoundCriterion>> criteria,
        Dictionary<string, BoundAgent> agents)
    {
        var covered = workflow.Agents.Select(a => agents.GetValueOrDefault(a)?.Intent).OfType<BoundIntent>()
            .SelectMany(criteria).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var gap in criteria(intent).Where(c => !covered.Contains(c.Name)))
        {
            Report(DiagnosticCatalog.WorkflowCriterionNotCovered(At(intent.Tree, gap.NameToken), workflow.Name, kind, gap.Name, workflow.Agents));
        }
    }

    /// <summary>A judge reading <c>agent.intent.…</c> needs every agent to declare one; <c>workflow.intent.…</c>, some workflow.</summary>
    private void CheckIntentReaders()
    {
        foreach (var judge in _policy.Judges)
        {
            var prompt = judge.Syntax.Body.Items.OfType<Syntax.SettingSyntax>().First(s => s.Keyword.Text == "prompt").Value;
            if (judge.IntentPaths.FirstOrDefault(p => p.StartsWith(IntentPlaceholders.AgentPrefix, StringComparison.Ordinal)) is { } agentPath)
            {
                var without = _policy.Agents.Where(a => a.Intent is null).Select(a => $"`{a.Name}`").ToList();
                var missing = _policy.Agents.Length == 0 ? "the policy declares no agent"
                    : without.Count == 1 ? $"agent {without[0]} declares no intent"
                    : $"agents {string.Join(", ", without)} declare no intent";
                if (_policy.Agents.Length == 0 || without.Count > 0)
                {
                    Report(DiagnosticCatalog.IntentNotDeclared(At(judge.Tree, prompt), judge.Name, agentPath, missing));
                }
            }
            if (judge.IntentPaths.FirstOrDefault(p => p.StartsWith(IntentPlaceholders.WorkflowPrefix, StringComparison.Ordinal)) is { } workflowPath
                && !_policy.Workflows.Any(w => w.Intent is not null))
            {
                Report(DiagnosticCatalog.IntentNotDeclared(At(judge.Tree, prompt), judge.Name, workflowPath, "no workflow declares an intent"));
            }
        }
    }
}
