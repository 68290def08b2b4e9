using Airs.Compiler.Binding;
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

    /// <summary>
    /// An agent reached only through more delegations than <c>max depth</c> allows can never act along that chain.
    /// The longest chain into each agent is found once per agent, in the delegations' topological order: walking every
    /// chain took time exponential in the agents when delegations fan out and meet again. Delegations that cycle are
    /// an error of their own (AIRS0121), and then no chain is measured.
    /// </summary>
    private void CheckMaxDepth()
    {
        if (_policy.MaxDepth is not { } max)
        {
            return;
        }
        var byName = _policy.Agents.GroupBy(a => a.Name).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var edges = byName.Values.SelectMany(a => a.Delegations.Where(d => byName.ContainsKey(d.To)).Select(d => (From: a, Delegation: d))).ToList();
        var waiting = byName.Keys.ToDictionary(name => name, _ => 0, StringComparer.Ordinal); // delegations into each agent not yet measured
        foreach (var (_, delegation) in edges)
        {
            waiting[delegation.To]++;
        }
        // The longest chain into each agent, and the delegation that ends it.
        var depth = byName.Keys.ToDictionary(name => name, _ => 0, StringComparer.Ordinal);
        var last = new Dictionary<string, (BoundAgent From, BoundDelegation Delegation)>(StringComparer.Ordinal);
        var ready = new Queue<BoundAgent>(_policy.Agents.Where(a => ReferenceEquals(byName[a.Name], a) && waiting[a.Name] == 0));
        var measured = 0;
        while (ready.TryDequeue(out var agent))
        {
            measured++;
            foreach (var delegation in agent.Delegations.Where(d => byName.ContainsKey(d.To)))
            {
                if (depth[agent.Name] + 1 > depth[delegation.To])
                {
                    depth[delegation.To] = depth[agent.Name] + 1;
                    last[delegation.To] = (agent, delegation);
                }
                if (--waiting[delegation.To] == 0)
                {
                    ready.Enqueue(byName[delegation.To]);
                }
            }
        }
        if (measured < byName.Count)
        {
            return; // a cycle
        }
        foreach (var agent in _policy.Agents.Where(a => ReferenceEquals(byName[a.Name], a) && depth[a.Name] > max.Depth))
        {
            // The last max + 1 delegations of the longest chain: the shortest chain that is refused.
            var path = new List<string> { agent.Name };
            while (path.Count <= max.Depth + 1)
            {
                path.Add(last[path[^1]].From.Name);
            }
            path.Reverse();
            var (from, delegation) = last[agent.Name];
            Report(DiagnosticCatalog.DelegationBeyondMaxDepth(At(from.Tree, delegation.Syntax), agent.Name,
                string.Join(" → ", path.Select(a => $"`{a}`")), path.Count - 1, max.Depth));
        }
    }
}
