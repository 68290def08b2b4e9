using Airs.Compiler.Lowering;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Functions;

namespace Airs.Compiler.Interpretation;

/// <summary>The interpreter behind the same interface as a compiled bundle's evaluator (for <c>airs eval</c> and differential tests).</summary>
public sealed class InterpretedPolicy(PolicyIR policy) : ICompiledPolicy
{
    private readonly ImplicitControls _implicit = new(policy.Spec);

    public PolicyIR Policy { get; } = policy;

    public Evaluation Evaluate(Stage stage, RequestContext context, EvaluationOptions options) =>
        Interpreter.Evaluate(Policy, _implicit, stage, context, options);
}
