using System.Collections.Immutable;
using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;

namespace Airs.Runtime.Functions;

/// <summary>How a guard that fired becomes a finding. Shared by both engines so their findings are identical.</summary>
public static class ControlFiring
{
    /// <summary>PACE <c>enforce all</c> turns detect-mode controls into enforcing ones.</summary>
    public static ControlMode EffectiveMode(ControlMode declared, EvaluationOptions options) =>
        options.EnforceAll ? ControlMode.Enforce : declared;

    /// <summary>
    /// Records a fired guard. <paramref name="outcome"/> is the action's outcome (a <c>pace</c> action flags);
    /// <paramref name="userMessage"/> is the action's message for block and flag.
    /// </summary>
    public static void FireGuard(
        EvaluationBuilder builder,
        string id,
        string name,
        ControlMode mode,
        Outcome outcome,
        string? userMessage,
        string? review,
        PaceLevel? pace,
        ImmutableArray<Evidence> evidence,
        ImmutableArray<Redaction> redactions)
    {
        var finding = new Finding(id, name, Layer.Guardrail, outcome, mode, Describe(name, outcome, userMessage, review, pace), evidence.IsDefault ? [] : evidence);
        builder.Fire(finding, userMessage, review, redactions.IsDefaultOrEmpty ? null : redactions);
    }

    /// <summary>The one-line finding message: <c>`prompt_injection` asks to block: I can't help with that.</c></summary>
    public static string Describe(string name, Outcome outcome, string? userMessage, string? review, PaceLevel? pace)
    {
        var text = pace is { } level
            ? $"`{name}` asks to move to pace `{level.ToKeyword()}`"
            : $"`{name}` asks to {outcome.ToKeyword()}";
        if (review is not null)
        {
            text += $" to `{review}`";
        }
        return userMessage is null ? text : $"{text}: {userMessage}";
    }
}
