using System.Collections.Frozen;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;

namespace Airs.Runtime.Functions;

/// <summary>
/// The implicit permission control that runs before the guards on <c>tool_call</c> (and checks the
/// delegation chain on <c>agent_message</c>). Tools are default-deny: without agents, the policy's own
/// <c>tools</c> grant; with agents, the effective grant along <c>agent.chain</c> is the intersection over
/// hops of each agent's tools and the delegation grant from the previous hop. Built once per policy; a
/// check allocates nothing when the call is allowed.
/// </summary>
public sealed class ToolPermissions
{
    public const string PermissionControl = "tool_permission";
    public const string ReadOnlyControl = "tool_read_only";
    public const string ApprovalControl = "tool_approval";

    private readonly FrozenSet<string> _policyTools;
    private readonly FrozenDictionary<string, Agent> _agents;
    private readonly FrozenDictionary<string, bool> _writes;
    private readonly string? _approvalReview;

    public ToolPermissions(PolicySpec spec)
    {
        _policyTools = spec.PolicyTools.ToFrozenSet(StringComparer.Ordinal);
        _agents = spec.Agents.ToFrozenDictionary(a => a.Name, a => new Agent(a), StringComparer.Ordinal);
        _writes = spec.Tools.ToFrozenDictionary(t => t.Name, t => t.Writes, StringComparer.Ordinal);
        _approvalReview = spec.Reviews.IsDefaultOrEmpty ? null : spec.Reviews[0].Name;
    }

    public bool HasAgents => _agents.Count > 0;

    /// <summary>Runs the permission control for one stage; other stages are untouched.</summary>
    public void Check(Stage stage, RequestContext context, EvaluationOptions options, EvaluationBuilder builder)
    {
        if (stage is not (Stage.ToolCall or Stage.AgentMessage))
        {
            return;
        }
        if (HasAgents && ChainProblem(context) is { } problem)
        {
            Deny(builder, PermissionControl, problem);
            return;
        }
        if (stage == Stage.AgentMessage)
        {
            builder.NotFired(PermissionControl, Layer.Permission, "delegation chain is valid");
            return;
        }
        var tool = context.ToolName;
        if (!IsGranted(tool, context.AgentChain))
        {
            Deny(builder, PermissionControl, HasAgents
                ? $"tool `{tool}` is not granted along the chain `{string.Join(" > ", context.AgentChain)}`"
                : $"tool `{tool}` is not granted by the policy");
            return;
        }
        builder.NotFired(PermissionControl, Layer.Permission, "tool is granted");
        if (options.ToolsReadOnly && (!_writes.TryGetValue(tool, out var writes) || writes))
        {
            Deny(builder, ReadOnlyControl, $"tool `{tool}` may write and tools are read-only");
            return;
        }
        if (HasAgents && _agents[context.AgentId].Approval.Contains(tool))
        {
            if (_approvalReview is null)
            {
                Deny(builder, ApprovalControl, $"tool `{tool}` needs approval but the policy declares no review");
                return;
            }
            var message = $"tool `{tool}` needs approval by `{_approvalReview}`";
            builder.Fire(new Finding(ApprovalControl, ApprovalControl, Layer.Permission, Outcome.Escalate, ControlMode.Enforce, message, []), message, _approvalReview);
        }
    }

    /// <summary>Whether the tool is in the effective grant: the policy's tools, or the intersection along the chain.</summary>
    public bool IsGranted(string tool, IReadOnlyList<string> chain)
    {
        if (!HasAgents)
        {
            return _policyTools.Contains(tool);
        }
        if (chain.Count == 0 || !_agents.TryGetValue(chain[0], out var first) || !first.Tools.Contains(tool))
        {
            return false;
        }
        for (var i = 1; i < chain.Count; i++)
        {
            if (!_agents.TryGetValue(chain[i - 1], out var from) || !_agents.TryGetValue(chain[i], out var to)
                || !from.Delegations.TryGetValue(chain[i], out var delegated)
                || !delegated.Contains(tool) || !to.Tools.Contains(tool))
            {
                return false;
            }
        }
        return true;
    }

    private string? ChainProblem(RequestContext context)
    {
        var chain = context.AgentChain;
        if (chain.Count == 0)
        {
            return "the request carries no `agent.chain` and the policy declares agents";
        }
        for (var i = 0; i < chain.Count; i++)
        {
            if (!_agents.ContainsKey(chain[i]))
            {
                return $"agent `{chain[i]}` is not declared";
            }
            if (i > 0 && !_agents[chain[i - 1]].Delegations.ContainsKey(chain[i]))
            {
                return $"agent `{chain[i - 1]}` does not delegate to `{chain[i]}`";
            }
        }
        if (!string.Equals(chain[^1], context.AgentId, StringComparison.Ordinal))
        {
            return $"`agent.chain` ends in `{chain[^1]}`, not in the acting agent `{context.AgentId}`";
        }
        return null;
    }

    private static void Deny(EvaluationBuilder builder, string control, string message) =>
        builder.Fire(new Finding(control, control, Layer.Permission, Outcome.Block, ControlMode.Enforce, message, []), message);

    private sealed class Agent(AgentSpec spec)
    {
        public FrozenSet<string> Tools { get; } = spec.Tools.ToFrozenSet(StringComparer.Ordinal);
        public FrozenSet<string> Approval { get; } = spec.Approval.ToFrozenSet(StringComparer.Ordinal);
        public FrozenDictionary<string, FrozenSet<string>> Delegations { get; } =
            spec.Delegates.ToFrozenDictionary(d => d.To, d => d.Tools.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }
}
