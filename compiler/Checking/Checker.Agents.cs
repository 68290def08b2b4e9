using Airs.Compiler.Diagnostics;
using Airs.Compiler.Syntax;

namespace Airs.Compiler.Checking;

// Authority given to agents: approvals and delegations stay within the tools an agent holds, and delegations do not cycle.
internal sealed partial class Checker
{
    private void CheckAuthority()
    {
        foreach (var agent in _policy.Agents)
        {
            foreach (var tool in agent.Approval.Where(tool => !agent.Tools.Contains(tool)))
            {
                Report(DiagnosticCatalog.ApprovalNotHeld(At(agent.Tree, agent.ApprovalSetting!.Value), agent.Name, tool));
            }
            // RT-02: a delegation can only narrow authority, never widen it.
            foreach (var delegation in agent.Delegations)
            {
                foreach (var tool in delegation.Tools.Where(tool => !agent.Tools.Contains(tool)))
                {
                    Report(DiagnosticCatalog.DelegationWidens(At(agent.Tree, delegation.Syntax.Tools), agent.Name, delegation.To, tool));
                }
            }
        }
    }

    /// <summary>
    /// Reports each delegation cycle once, at the delegation that closes it. A depth-first walk with a stack of its
    /// own: a policy decides how long a chain is, and one call frame per agent overflowed the thread's stack.
    /// </summary>
    private void CheckDelegations()
    {
        var byName = _policy.Agents.GroupBy(a => a.Name).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = on the path, 2 = done
        var path = new List<string>();
        var next = new List<int>(); // per agent on the path, the index of its next delegation to follow

        void Enter(string name)
        {
            state[name] = 1;
            path.Add(name);
            next.Add(0);
        }

        foreach (var root in byName.Keys.Order(StringComparer.Ordinal))
        {
            if (state.GetValueOrDefault(root) != 0)
            {
                continue;
            }
            Enter(root);
            while (path.Count > 0)
            {
                var agent = byName[path[^1]];
                if (next[^1] == agent.Delegations.Length)
                {
                    state[path[^1]] = 2;
                    path.RemoveAt(path.Count - 1);
                    next.RemoveAt(next.Count - 1);
                    continue;
                }
                var delegation = agent.Delegations[next[^1]++];
                if (!byName.ContainsKey(delegation.To))
                {
                    continue;
                }
                if (state.GetValueOrDefault(delegation.To) == 1)
                {
                    var cycle = path.Skip(path.IndexOf(delegation.To)).Append(delegation.To);
                    var at = agent.Syntax.Body.Items.OfType<DelegatesSyntax>().First(d => d.Agent.Text == delegation.To);
                    Report(DiagnosticCatalog.DelegationCycle(At(agent.Tree, at.Agent), string.Join(" → ", cycle.Select(a => $"`{a}`"))));
                }
                else if (state.GetValueOrDefault(delegation.To) == 0)
                {
                    Enter(delegation.To);
                }
            }
        }
    }
}
