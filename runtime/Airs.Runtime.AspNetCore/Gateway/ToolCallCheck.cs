using System.Text.Json;
using Airs.Runtime.AI.Guarding;
using Airs.Runtime.AspNetCore.Middleware;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;

namespace Airs.Runtime.AspNetCore.Gateway;

/// <summary>
/// Checks one tool call the model proposes as <c>tool_call</c>, before the client sees it. Arguments that are not a
/// JSON object cannot be checked, so such a call is refused without asking the policy.
/// </summary>
internal static class ToolCallCheck
{
    /// <returns>Null when the call may reach the client, otherwise the sentence that replaces it.</returns>
    public static async Task<string?> RefusalAsync(PolicyEngine engine, string name, string arguments, string input, AirsIdentity identity,
        CancellationToken cancellationToken)
    {
        Dictionary<string, JsonElement> args;
        try
        {
            using var document = JsonDocument.Parse(arguments.Length == 0 ? "{}" : arguments);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return $"The call to `{name}` was not made: its arguments are not a JSON object.";
            }
            args = document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
        }
        catch (JsonException)
        {
            return $"The call to `{name}` was not made: its arguments are not valid JSON.";
        }
        var context = ChatInputCheck.Context(identity, input: input, toolName: name, toolArgs: args);
        var decision = await engine.DecideAsync(Stage.ToolCall, context, cancellationToken).ConfigureAwait(false);
        if (decision.IsReleased)
        {
            return null;
        }
        var why = decision.Message ?? (decision.Outcome == Outcome.Escalate ? "it needs a person's review" : "the policy does not allow it");
        var ticket = decision.ReviewTicketId is { } id ? $" (review ticket `{id}`)" : "";
        return $"The call to `{name}` was not made: {why}{ticket} [decision `{decision.Id}`].";
    }
}
