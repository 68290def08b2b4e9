using System.Collections.Frozen;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;

namespace Airs.Runtime.Functions;

/// <summary>
/// The implicit <c>tool_arguments</c> control on <c>tool_call</c>, run before any guard: every argument of the
/// call must be declared by the tool, have the declared JSON type and satisfy its rules, and every required
/// argument must be present. Anything else blocks, so a guard such as <c>tool.args.amount &gt; 100</c> never
/// reads a value the caller misspelt, quoted or left out. A call to a tool the policy does not declare is
/// left to <c>tool_permission</c>, which denies it.
/// </summary>
public sealed class ToolArguments
{
    public const string Control = "tool_arguments";

    /// <summary>At most this many problems are named in one finding; the rest are counted.</summary>
    private const int MaxNamed = 5;

    private readonly FrozenDictionary<string, DeclaredValues> _tools;

    public ToolArguments(PolicySpec spec)
    {
        _tools = spec.Tools.ToFrozenDictionary(
            t => t.Name,
            t => new DeclaredValues(t.Args.Select(a => new DeclaredValue(a.Name, a.Type, a.Rules))),
            StringComparer.Ordinal);
    }

    /// <summary>The tool's declared arguments, or null when the policy does not declare the tool.</summary>
    public IReadOnlyList<DeclaredValue>? ArgumentsOf(string tool) => _tools.TryGetValue(tool, out var declared) ? declared.InOrder : null;

    public void Check(Stage stage, RequestContext context, EvaluationBuilder builder)
    {
        if (stage != Stage.ToolCall || !_tools.TryGetValue(context.ToolName, out var declared))
        {
            return;
        }
        var problems = declared.Problems(context.ToolArgs, name => $"argument `{name}`");
        if (problems.Count == 0)
        {
            builder.NotFired(Control, Layer.Permission, "arguments fit the declaration");
            return;
        }
        var message = $"tool `{context.ToolName}`: {DeclaredValues.Join(problems, MaxNamed)}";
        builder.Fire(new Finding(Control, Control, Layer.Permission, Outcome.Block, ControlMode.Enforce, message, []), message);
    }
}
