using Airs.Compiler.Diagnostics;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Checking;

// Containment that could never act: a PACE trigger on a breaker that never opens for everyone, a handover to no
// one, and delegations deeper than the policy's `max depth` allows.
internal sealed partial class Checker
{
    /// <summary>PACE is global: a trigger on a breaker that counts per user, session or agent never fires (RT-12).</summary>
    private void CheckPaceTriggers()
    {
        var scopes = _policy.Breakers.GroupBy(b => b.Name).ToDictionary(g => g.Key, g => g.First().Scope, StringComparer.Ordinal);
        foreach (var trigger in _policy.BreakerTriggers)
        {
            if (scopes.TryGetValue(trigger.Syntax.Name.Text, out var scope) && scope != BreakerScope.Global)
            {
                Report(DiagnosticCatalog.PaceTriggerOnScopedBreaker(At(trigger.Tree, trigger.Syntax), trigger.Syntax.Name.Text, scope.ToKeyword()));
            }
        }
    }

    /// <summary>A handover needs the agent's declared backup.</summary>
    private void CheckAgentActions()
    {
        var backups = _policy.Agents.GroupBy(a => a.Name).ToDictionary(g => g.Key, g => g.First().Backup, StringComparer.Ordinal);
        foreach (var action in _policy.AgentActions.Where(a => a.Spec.Action == AgentAction.Handover))
        {
            if (backups.TryGetValue(action.Spec.Agent, out var backup) && backup is null)
            {
                Report(DiagnosticCatalog.HandoverWithoutBackup(At(action.Tree, action.Syntax), action.Spec.Agent));
            }
        }
    }

    /// <summary>An agent reached only through more delegations than <c>max depth</c> allows can never act along that chain.</summary>
    private void CheckMaxDepth()
    {
        if (_policy.MaxDepth is not { } max)
        {
            return;
        }
        var byName = _policy.Agents.GroupBy(a => a.Name).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        void Walk(List<string> path)
        {
            var agent = byName[path[^1]];
            foreach (var delegation in agent.Delegations.Where(d => byName.ContainsKey(d.To) && !path.Contains(d.To)))
            {
                path.Add(delegation.To);
                if (path.Count - 1 > max.Depth)
                {
                    if (reported.Add(delegation.To))
                    {
                        Report(DiagnosticCatalog.DelegationBeyondMaxDepth(At(agent.Tree, delegation.Syntax), delegation.To,
                            string.Join(" → ", path.Select(a => $"`{a}`")), path.Count - 1, max.Depth));
                    }
                }
                else
                {
                    Walk(path);
                }
                path.RemoveAt(path.Count - 1);
            }
        }
        foreach (var root in byName.Keys.Order(StringComparer.Ordinal))
        {
            Walk([root]);
        }
    }
}
