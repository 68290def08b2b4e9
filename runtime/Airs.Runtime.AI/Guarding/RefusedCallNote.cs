using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;
using Airs.Runtime.Policy;

namespace Airs.Runtime.AI.Guarding;

/// <summary>
/// The sentence that stands in the answer for a tool call the policy refused. Every surface adds it after the answer's
/// output check, so it holds only the policy's words and the engine's ids, never text the model chose: the tool is
/// named only when the policy declares that name, and the decision's message is shown only when a guard, judge or
/// limit wrote it. The permission controls' messages repeat the call's tool and argument names, so a model (or an
/// injection steering it) could otherwise pass any text, a secret or a card number, to the user through a refused
/// call's name.
/// </summary>
internal static class RefusedCallNote
{
    /// <summary>"The call to `name`" for a tool the policy declares; otherwise words that name nothing.</summary>
    private static string Subject(PolicySpec policy, string name) =>
        DeclaredTools.Contains(policy, name) ? $"The call to `{name}`" : "A call to a tool this policy does not declare";

    /// <summary>The sentence that stands in for a refused call: its <see cref="Subject"/>, then <paramref name="why"/> as written.</summary>
    public static string NotMade(PolicySpec policy, string name, string why) => $"{Subject(policy, name)} was not made: {why}";

    /// <summary>
    /// Why the call was refused: the decision's message when the policy wrote it, otherwise
    /// <paramref name="fallback"/> (also when the decision has no message).
    /// </summary>
    public static string Reason(Decision decision, string fallback) =>
        decision.Message is { } message && !decision.Findings.Any(f => f.Layer == Layer.Permission && f.Message == message) ? message : fallback;
}
