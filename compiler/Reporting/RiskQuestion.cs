using System.Collections.Immutable;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Reporting;

/// <summary>One dimension of the questionnaire: the question and one plain-language option per tier.</summary>
/// <param name="Key">The key in an answers file, e.g. <c>decision_authority</c>.</param>
/// <param name="Title">The dimension as people say it, e.g. <c>decision authority</c>.</param>
/// <param name="Options">Exactly four, indexed by <see cref="Tier"/> (low first).</param>
public sealed record RiskQuestion(RiskDimension Dimension, string Key, string Title, string Question, ImmutableArray<string> Options)
{
    public string OptionFor(Tier level) => Options[(int)level];
}
