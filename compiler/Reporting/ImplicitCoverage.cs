using Airs.Compiler.Binding;
using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Reporting;

/// <summary>
/// The coverage the engine gives without a guard saying so: tools are default-deny and typed, grants narrow
/// along a delegation chain, and approval lists hold tool calls for a person. Each says what it leaves open,
/// because a report that overclaims is worse than none.
/// </summary>
internal static class ImplicitCoverage
{
    public const string ToolPermission = "tool_permission";
    public const string DelegationChain = "delegation_chain";
    public const string ToolApproval = "tool_approval";

    public static IEnumerable<MappedControl> For(PolicySpec spec, PolicyLocator locate)
    {
        if (spec.Tools.Length > 0 || spec.Agents.Length > 0)
        {
            var where = spec.Tools.Length > 0 ? locate.Symbol(spec.Tools[0].Name, SymbolKind.Tool) : locate.Symbol(spec.Agents[0].Name, SymbolKind.Agent);
            yield return new MappedControl(ToolPermission, ControlKind.Engine, null, ControlMode.Enforce, where,
                ["owasp.llm06", "owasp.asi02"],
                "tools are default-deny: only a declared tool that the agent (or the policy) grants runs, with arguments of the declared types; "
                + "partial: it limits which tools run, not what a granted tool is asked to do");
        }
        // Delegation only matters where authority can pass from one agent to another.
        if (spec.Agents.Length > 1 || spec.Agents.Any(a => a.Delegates.Length > 0))
        {
            var delegating = spec.Agents.FirstOrDefault(a => a.Delegates.Length > 0) ?? spec.Agents[0];
            yield return new MappedControl(DelegationChain, ControlKind.Engine, null, ControlMode.Enforce,
                locate.Symbol(delegating.Name, SymbolKind.Agent),
                ["owasp.asi03"],
                "each agent has its own grant and along `agent.chain` the effective grant is the intersection of every hop; "
                + "a delegation that widens authority or loops does not compile; partial: the engine trusts the `agent.id` and `agent.chain` the host passes, it does not authenticate agents");
        }
        if (spec.Agents.FirstOrDefault(a => a.Approval.Length > 0) is { } approving)
        {
            yield return new MappedControl(ToolApproval, ControlKind.Engine, null, ControlMode.Enforce,
                locate.Symbol(approving.Name, SymbolKind.Agent),
                ["owasp.llm06"],
                "calls to tools in an agent's `approval` list escalate to a person; partial: it does not prevent approval fatigue (ASI09)");
        }
    }
}
