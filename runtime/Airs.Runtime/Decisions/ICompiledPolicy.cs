using Airs.Runtime.Context;

namespace Airs.Runtime.Decisions;

/// <summary>
/// The deterministic controls of one policy, evaluated for one stage. The reference interpreter and the
/// Roslyn-emitted evaluator in a bundle both implement this and must agree exactly.
/// </summary>
public interface ICompiledPolicy
{
    Evaluation Evaluate(Stage stage, RequestContext context, EvaluationOptions options);
}
