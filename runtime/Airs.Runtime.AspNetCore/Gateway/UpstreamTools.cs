using System.Text.Json;
using System.Text.Json.Nodes;

namespace Airs.Runtime.AspNetCore.Gateway;

/// <summary>
/// The tools a request may declare through the gateway: functions only. A function call comes back to the gateway,
/// which checks it against the policy before the app sees it. A hosted tool (web or file search, a code interpreter,
/// a remote MCP server, image generation) runs at the upstream: its calls carry authority nobody granted and its
/// results reach the model unread, so the gateway refuses the request instead of forwarding a tool it cannot check.
/// Tools the client runs in another shape (computer use, a local shell, custom free-form tools) are refused too: their
/// calls are not ones the tool checks read.
/// </summary>
internal static class UpstreamTools
{
    /// <exception cref="GatewayError">A tool is not a function, or <c>tools</c> is not an array of objects.</exception>
    public static void RequireFunctions(JsonObject root)
    {
        if (root["functions"] is not null || root["function_call"] is not null)
        {
            // An answer in the legacy shape is refused (ChatAnswerCheck); say so before the upstream is paid for it.
            throw GatewayError.BadRequest("the legacy `functions` and `function_call` are not served: declare `tools` of type `function`, whose calls the gateway checks");
        }
        if (root["tools"] is null)
        {
            return;
        }
        if (root["tools"] is not JsonArray tools)
        {
            throw GatewayError.BadRequest("`tools` must be an array");
        }
        for (var i = 0; i < tools.Count; i++)
        {
            var type = tools[i] is JsonObject tool && tool["type"] is JsonValue value && value.GetValueKind() == JsonValueKind.String
                ? value.GetValue<string>()
                : null;
            if (type != "function")
            {
                throw GatewayError.BadRequest(type is null
                    ? $"`tools[{i}]` must be an object with a `type`"
                    : $"`tools[{i}]` is a `{type}` tool: the gateway serves `function` tools only, whose calls it checks before the app sees them");
            }
        }
    }
}
