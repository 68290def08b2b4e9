using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;

namespace Airs.Runtime.Functions;

/// <summary>
/// The controls every policy has without declaring them, run before the guards of a stage, in this order:
/// <c>context_attributes</c> (every stage), then on <c>tool_call</c> and <c>agent_message</c> the tool
/// permissions (<c>tool_permission</c>, <c>tool_read_only</c>, <c>tool_approval</c>, <c>agent_containment</c>; on the other
/// stages <c>agent_containment</c> alone) and on <c>tool_call</c>
/// <c>tool_arguments</c> and <c>tool_sequence</c>. The interpreter and the emitted evaluators both call this one entry point.
/// </summary>
public sealed class ImplicitControls(PolicySpec spec)
{
    /// <summary>Every implicit control's name, as tests may name them in <c>expect … by</c>.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        ContextAttributes.Control, ToolPermissions.PermissionControl, ToolPermissions.ReadOnlyControl,
        ToolPermissions.ApprovalControl, ToolArguments.Control, ToolPermissions.ContainmentControl, ToolSequences.Control,
    ];

    public ContextAttributes Attributes { get; } = new(spec);

    public ToolPermissions Permissions { get; } = new(spec);

    public ToolArguments Arguments { get; } = new(spec);

    public ToolSequences Sequences { get; } = new(spec);

    /// <summary>Creates <paramref name="builder"/> when something fires, and always on the tool stages (as before).</summary>
    public void Check(Stage stage, RequestContext context, EvaluationOptions options, ref EvaluationBuilder? builder)
    {
        Attributes.Check(context, options.Trace, ref builder);
        if (stage is not (Stage.ToolCall or Stage.AgentMessage))
        {
            Permissions.CheckContainment(stage, context, options, ref builder);
            return;
        }
        builder ??= new EvaluationBuilder(options.Trace);
        Permissions.Check(stage, context, options, builder);
        Arguments.Check(stage, context, builder);
        Sequences.Check(stage, context, options, builder);
    }
}
