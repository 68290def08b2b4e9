using System.Collections.Immutable;
using Airs.Runtime.Decisions;

namespace Airs.Compiler.Interpretation;

/// <summary>
/// Compares two evaluations field by field, array contents included (records holding immutable arrays
/// compare them by reference). The differential test between the interpreter and the compiled engine uses it.
/// </summary>
public static class EvaluationDiff
{
    /// <summary>The first difference, as one line, or null when the evaluations are the same.</summary>
    public static string? Describe(Evaluation expected, Evaluation actual)
    {
        if (expected.Outcome != actual.Outcome)
        {
            return $"outcome: expected `{expected.Outcome.ToKeyword()}`, got `{actual.Outcome.ToKeyword()}`";
        }
        if (expected.Message != actual.Message)
        {
            return $"message: expected `{expected.Message}`, got `{actual.Message}`";
        }
        return Sequence("finding", expected.Findings, actual.Findings, Same)
            ?? Sequence("redaction", expected.Redactions, actual.Redactions, (a, b) => a == b)
            ?? Sequence("escalation", expected.Escalations, actual.Escalations, (a, b) => a == b)
            ?? Sequence("idle judge", expected.IdleJudges, actual.IdleJudges, (a, b) => a == b)
            ?? Sequence("trace entry", expected.Trace, actual.Trace, (a, b) => a == b);
    }

    private static bool Same(Finding a, Finding b) =>
        a with { Evidence = [] } == b with { Evidence = [] } && a.Evidence.SequenceEqual(b.Evidence);

    private static string? Sequence<T>(string what, ImmutableArray<T> expected, ImmutableArray<T> actual, Func<T, T, bool> same)
    {
        for (var i = 0; i < Math.Max(expected.Length, actual.Length); i++)
        {
            if (i >= expected.Length)
            {
                return $"{what} {i}: unexpected {actual[i]}";
            }
            if (i >= actual.Length)
            {
                return $"{what} {i}: missing {expected[i]}";
            }
            if (!same(expected[i], actual[i]))
            {
                return $"{what} {i}: expected {Show(expected[i])}, got {Show(actual[i])}";
            }
        }
        return null;
    }

    private static string Show<T>(T value) => value is Finding f
        ? $"{f} with evidence [{string.Join(", ", f.Evidence)}]"
        : value?.ToString() ?? "null";
}
