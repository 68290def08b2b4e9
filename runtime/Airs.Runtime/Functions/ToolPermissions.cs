using System.Collections.Frozen;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;

namespace Airs.Runtime.Functions;

/// <summary>
/// The implicit permission control that runs before the guards on <c>tool_call</c> (and checks the
/// delegation chain on <c>agent_message</c>). Tools are default-deny: without agents, the policy's own
/// <c>tools</c> grant; with agents, the effective grant along <c>agent.chain</c> is the intersection over
/// hops of each agent's tools and the delegation grant from the previous hop; a tool that any agent of the chain
/// holds under approval escalates. Built once per policy; a check allocates nothing when the call is allowed.
/// </summary>
public sealed class ToolPermissions
{
    public const string PermissionControl = "tool_permission";
    public const string ReadOnlyControl = "tool_read_only";
    public const string ApprovalControl = "tool_approval";
    public const string ContainmentControl = "agent_containment";

    private readonly FrozenSet<string> _policyTools;
    private readonly FrozenDictionary<string, Agent> _agents;
    private readonly FrozenDictionary<string, bool> _writes;
    private readonly string? _approvalReview;
    private readonly int? _maxDepth;

    public ToolPermissions(PolicySpec spec)
    {
        _policyTools = spec.PolicyTools.ToFrozenSet(StringComparer.Ordinal);
        _agents = spec.Agents.ToFrozenDictionary(a => a.Name, a => new Agent(a), StringComparer.Ordinal);
        _writes = spec.Tools.ToFrozenDictionary(t => t.Name, t => t.Writes, StringComparer.Ordinal);
        _approvalReview = spec.Reviews.IsDefaultOrEmpty ? null : spec.Reviews[0].Name;
        _maxDepth = spec.MaxDelegationDepth;
    }

    public bool HasAgents => _agents.Count > 0;

    /// <summary>Runs the permission control for one stage; other stages are untouched.</summary>
    public void Check(Stage stage, RequestContext context, EvaluationOptions options, EvaluationBuilder builder)
    {
        if (stage is not (Stage.ToolCall or Stage.AgentMessage))
        {
            return;
        }
        var containment = options.Containment;
        if (HasAgents && ChainProblem(context, containment) is { } problem)
        {
            Deny(builder, PermissionControl, problem);
            return;
        }
        if (HasAgents && ContainmentProblem(stage, context, containment) is { } contained)
        {
            Deny(builder, ContainmentControl, contained);
            return;
        }
        if (stage == Stage.AgentMessage)
        {
            if (HasAgents && MessageProblem(context, containment) is { } route)
            {
                Deny(builder, PermissionControl, route);
                return;
            }
            builder.NotFired(PermissionControl, Layer.Permission, "delegation chain is valid");
            return;
        }
        var tool = context.ToolName;
        if (!IsGranted(tool, context.AgentChain, containment))
        {
            Deny(builder, PermissionControl, HasAgents
                ? $"tool `{tool}` is not granted along the chain `{string.Join(" > ", context.AgentChain)}`"
                : $"tool `{tool}` is not granted by the policy");
            return;
        }
        builder.NotFired(PermissionControl, Layer.Permission, "tool is granted");
        var writes = !_writes.TryGetValue(tool, out var declaredWrites) || declaredWrites;
        if (options.ToolsReadOnly && writes)
        {
            Deny(builder, ReadOnlyControl, $"tool `{tool}` may write and tools are read-only");
            return;
        }
        if (writes && containment.ReadOnly.Count > 0 && context.AgentChain.FirstOrDefault(containment.ReadOnly.Contains) is { } readOnly)
        {
            Deny(builder, ReadOnlyControl, $"tool `{tool}` may write and PACE `{containment.Level}` makes agent `{readOnly}` read-only");
            return;
        }
        if (HasAgents && NeedsApproval(tool, context.AgentChain, containment))
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
    public bool IsGranted(string tool, IReadOnlyList<string> chain) => IsGranted(tool, chain, AgentContainment.None);

    /// <summary>As <see cref="IsGranted(string, IReadOnlyList{string})"/>, with a handed-over agent's backup standing in its place.</summary>
    public bool IsGranted(string tool, IReadOnlyList<string> chain, AgentContainment containment)
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
            if (!_agents.TryGetValue(chain[i], out var to) || !to.Tools.Contains(tool)
                || Delegated(chain[i - 1], chain[i], containment) is not { } delegated || !delegated.Contains(tool))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Whether an agent of the (valid) chain holds the tool under approval. A delegate does its delegator's work: an
    /// approval goes along the chain as the grant does, so no delegate makes without a person a call its delegator may not.
    /// A backup standing in for a handed-over agent does that agent's work, under that agent's approvals too.
    /// </summary>
    private bool NeedsApproval(string tool, IReadOnlyList<string> chain, AgentContainment containment)
    {
        for (var i = 0; i < chain.Count; i++)
        {
            if (_agents[chain[i]].Approval.Contains(tool)
                || (i > 0 && StandsInFor(chain[i - 1], chain[i], containment) is { } replaced && _agents[replaced].Approval.Contains(tool)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The tools <paramref name="from"/> delegates to <paramref name="to"/>, or null: directly, or to an agent that PACE
    /// handed over to <paramref name="to"/> (the backup takes its place, never more).
    /// </summary>
    private FrozenSet<string>? Delegated(string from, string to, AgentContainment containment)
    {
        if (!_agents.TryGetValue(from, out var agent))
        {
            return null;
        }
        if (agent.Delegations.TryGetValue(to, out var tools))
        {
            return tools;
        }
        return StandsInFor(from, to, containment) is { } handedOver ? agent.Delegations[handedOver] : null;
    }

    /// <summary>
    /// The handed-over agent whose place <paramref name="to"/> takes in a delegation from <paramref name="from"/>, or null
    /// when <paramref name="from"/> delegates to <paramref name="to"/> itself or to no agent handed over to it.
    /// </summary>
    private string? StandsInFor(string from, string to, AgentContainment containment)
    {
        if (containment.Handovers.Count == 0 || !_agents.TryGetValue(from, out var agent) || agent.Delegations.ContainsKey(to))
        {
            return null;
        }
        foreach (var (handedOver, backup) in containment.Handovers)
        {
            if (backup == to && agent.Delegations.ContainsKey(handedOver))
            {
                return handedOver;
            }
        }
        return null;
    }

    private string? ChainProblem(RequestContext context, AgentContainment containment)
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
            if (i > 0 && Delegated(chain[i - 1], chain[i], containment) is null)
            {
                return $"agent `{chain[i - 1]}` does not delegate to `{chain[i]}`";
            }
        }
        if (_maxDepth is { } max && chain.Count - 1 > max)
        {
            return $"`agent.chain` delegates {chain.Count - 1} times and the policy allows at most {max} (`max depth {max}`)";
        }
        if (!string.Equals(chain[^1], context.AgentId, StringComparison.Ordinal))
        {
            return $"`agent.chain` ends in `{chain[^1]}`, not in the acting agent `{context.AgentId}`";
        }
        return null;
    }

    /// <summary>
    /// On the stages without tools (<c>input</c>, <c>output</c>, <c>tool_result</c>, <c>retrieval</c>): a request that an
    /// agent PACE isolated or handed over takes part in is refused as on the tool stages, so the agent's model calls,
    /// answers and reads stop too. Costs nothing while no agent is contained.
    /// </summary>
    public void CheckContainment(Stage stage, RequestContext context, EvaluationOptions options, ref EvaluationBuilder? builder)
    {
        if (ContainmentProblem(stage, context, options.Containment) is { } contained)
        {
            builder ??= new EvaluationBuilder(options.Trace);
            Deny(builder, ContainmentControl, contained);
        }
    }

    /// <summary>
    /// An agent of the chain that PACE isolated or handed over; on <c>agent_message</c> the sender or the receiver too, and
    /// on the stages without tools the acting agent too (their chain is optional).
    /// </summary>
    private static string? ContainmentProblem(Stage stage, RequestContext context, AgentContainment containment)
    {
        if (containment.IsEmpty)
        {
            return null;
        }
        IEnumerable<string> agents = context.AgentChain;
        if (stage == Stage.AgentMessage)
        {
            agents = agents.Append(context.MessageFrom).Append(context.MessageTo);
        }
        else if (stage != Stage.ToolCall)
        {
            agents = agents.Append(context.AgentId);
        }
        foreach (var agent in agents)
        {
            if (containment.Isolated.Contains(agent))
            {
                return $"agent `{agent}` is isolated by PACE `{containment.Level}`";
            }
            if (containment.Handovers.TryGetValue(agent, out var backup))
            {
                return $"agent `{agent}` is handed over to `{backup}` by PACE `{containment.Level}`: send its work to `{backup}`";
            }
        }
        return null;
    }

    /// <summary>
    /// <c>message.from → message.to</c> must travel along a declared delegation, either way (a request down, an
    /// answer up), and the acting agent must be its sender or its receiver. A message that names neither is checked by its chain alone.
    /// </summary>
    private string? MessageProblem(RequestContext context, AgentContainment containment)
    {
        var from = context.MessageFrom.Length > 0 ? context.MessageFrom : context.AgentId;
        var to = context.MessageTo;
        if (!string.Equals(from, context.AgentId, StringComparison.Ordinal) && !string.Equals(to, context.AgentId, StringComparison.Ordinal))
        {
            return $"the message goes from `{from}` to `{(to.Length > 0 ? to : "?")}`, and the acting agent `{context.AgentId}` is neither";
        }
        if (to.Length == 0)
        {
            return null;
        }
        if (!_agents.ContainsKey(from))
        {
            return $"`message.from` names `{from}`, which is not a declared agent";
        }
        if (!_agents.ContainsKey(to))
        {
            return $"`message.to` names `{to}`, which is not a declared agent";
        }
        return Delegated(from, to, containment) is null && Delegated(to, from, containment) is null
            ? $"agent `{from}` may not message `{to}`: neither delegates to the other"
            : null;
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
