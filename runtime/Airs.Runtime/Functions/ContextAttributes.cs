using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;

namespace Airs.Runtime.Functions;

/// <summary>
/// The implicit <c>context_attributes</c> control, on every stage before any guard: each attribute the request
/// carries (<c>user.email</c>, <c>session.channel</c>, …) must be declared by the policy's <c>context</c> block
/// with that JSON type and satisfy its rules, and every required attribute must be present. Anything else blocks.
/// </summary>
public sealed class ContextAttributes
{
    public const string Control = "context_attributes";

    private const int MaxNamed = 5;

    public ContextAttributes(PolicySpec spec)
    {
        Declared = new DeclaredValues((spec.Attributes.IsDefault ? [] : spec.Attributes).Select(a => new DeclaredValue(a.Path, a.Type, a.Rules)));
    }

    public DeclaredValues Declared { get; }

    /// <summary>Fires only on a problem, so a request without attributes to a policy without any costs nothing.</summary>
    public void Check(RequestContext context, bool trace, ref EvaluationBuilder? builder)
    {
        if (context.Attributes.Count == 0 && Declared.InOrder.Count == 0)
        {
            return;
        }
        var problems = Declared.Problems(context.Attributes, path => $"context attribute `{path}`");
        if (problems.Count == 0)
        {
            builder?.NotFired(Control, Layer.Permission, "attributes fit the declaration");
            return;
        }
        var message = DeclaredValues.Join(problems, MaxNamed);
        builder ??= new EvaluationBuilder(trace);
        builder.Fire(new Finding(Control, Control, Layer.Permission, Outcome.Block, ControlMode.Enforce, message, []), message);
    }
}
