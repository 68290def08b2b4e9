using Airs.Runtime.Policy;

namespace Airs.Runtime.AI.Guarding;

/// <summary>
/// The tool names a policy declares: its <c>tools</c> grant, its <c>tool</c> declarations and its agents' grants. A tool
/// result whose call is out of sight (an earlier turn a stateful provider keeps, <c>previous_response_id</c>, a
/// <c>tool_call_id</c> that answers no call in the request) could come from any of them, so every surface checks it as
/// each in turn (<see cref="ForResult"/>): a <c>tool_result</c> guard written for one tool must not be skipped because
/// the call that names the tool is not in the request.
/// </summary>
internal static class DeclaredTools
{
    public static bool Contains(PolicySpec policy, string name) => Names(policy).Contains(name, StringComparer.Ordinal);

    /// <summary>
    /// The names a tool result is checked under: the tool its call named, or, when that is unknown (empty), no name and
    /// then every declared tool, one decision each, each on the text the one before released.
    /// </summary>
    public static IReadOnlyList<string> ForResult(PolicySpec policy, string toolName) =>
        toolName.Length > 0 ? [toolName] : ["", .. Names(policy).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static IEnumerable<string> Names(PolicySpec policy) =>
        policy.PolicyTools.Concat(policy.Tools.Select(t => t.Name)).Concat(policy.Agents.SelectMany(a => a.Tools));
}
