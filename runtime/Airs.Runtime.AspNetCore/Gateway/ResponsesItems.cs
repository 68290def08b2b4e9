using System.Text.Json;
using System.Text.Json.Nodes;
using Airs.Runtime.AspNetCore.Chat;

namespace Airs.Runtime.AspNetCore.Gateway;

/// <summary>
/// The Responses API's output as the gateway writes it, whole or streamed: only checked parts, in new objects. A message
/// is an assistant message of <c>output_text</c> (and <c>refusal</c>) parts; a function call carries its checked name
/// and arguments; the response keeps its id, model, status and usage, nothing the policy did not read.
/// </summary>
internal static class ResponsesItems
{
    private static readonly string[] KeptTopLevel = ["id", "object", "created_at", "status", "model", "usage", "incomplete_details", "previous_response_id"];

    /// <summary>The id of the message that says why proposed calls were not passed on.</summary>
    public const string NotesId = "msg_airs_tool_calls";

    /// <summary>An item's id or status as the upstream gave it: null when absent.</summary>
    /// <exception cref="UnreadableAnswerException">It is there but not an identifier (<see cref="UpstreamFields"/>).</exception>
    public static string? Identifier(JsonNode? node) =>
        node is null ? null : UpstreamFields.Identifier(node) ?? throw new UnreadableAnswerException("an item's `id` or `status` is not an identifier");

    public static string? String(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    /// <summary>An upstream response with only what the gateway passes on, and <paramref name="output"/> as its output.</summary>
    public static JsonObject Response(JsonObject upstream, JsonArray output, string? status = null)
    {
        var response = new JsonObject();
        foreach (var key in KeptTopLevel)
        {
            if (UpstreamFields.Copy(upstream[key]) is { } value)
            {
                response[key] = value;
            }
        }
        response["object"] = "response";
        if (status is not null)
        {
            response["status"] = status;
        }
        response["output"] = output;
        return response;
    }

    /// <summary>An assistant message item; <paramref name="parts"/> are (type, text) with type <c>output_text</c> or <c>refusal</c>.</summary>
    public static JsonObject Message(string id, string status, IEnumerable<(string Type, string Text)> parts) => new()
    {
        ["id"] = id,
        ["type"] = "message",
        ["status"] = status,
        ["role"] = "assistant",
        ["content"] = new JsonArray([.. parts.Select(p => (JsonNode)Part(p.Type, p.Text))]),
    };

    /// <summary>The message that stands for refused calls: a sentence for each, saying why it was not passed on.</summary>
    public static JsonObject Notes(IReadOnlyList<string> notes) => Message(NotesId, "completed", [("output_text", string.Join("\n", notes))]);

    public static JsonObject Part(string type, string text) => type == "refusal"
        ? new JsonObject { ["type"] = "refusal", ["refusal"] = text }
        : new JsonObject { ["type"] = "output_text", ["text"] = text, ["annotations"] = new JsonArray() };

    /// <summary>A function call item: <paramref name="call"/>'s id is the item's <c>call_id</c>.</summary>
    public static JsonObject FunctionCall(string itemId, ProposedCall call, string status = "completed") => new()
    {
        ["id"] = itemId,
        ["type"] = "function_call",
        ["status"] = status,
        ["call_id"] = call.Id,
        ["name"] = call.Name,
        ["arguments"] = status == "completed" ? call.Arguments : "",
    };

    /// <summary>A proposed function call item, with its item id.</summary>
    /// <exception cref="UnreadableAnswerException">It lacks a <c>call_id</c>, a <c>name</c> or its <c>arguments</c>.</exception>
    public static (string ItemId, ProposedCall Call) ReadCall(JsonObject item) =>
        UpstreamFields.Identifier(item["call_id"]) is { } callId && String(item["name"]) is { Length: > 0 } name && String(item["arguments"]) is { } arguments
            ? (Identifier(item["id"]) ?? callId, new ProposedCall(callId, name, arguments))
            : throw new UnreadableAnswerException("a function call lacks a `call_id` (an id), a `name` or its `arguments`");
}
