using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace Airs.Runtime.AI.Guarding;

/// <summary>
/// What the model reads in <see cref="ChatOptions"/> beside the instructions: each function tool's name, description
/// and parameter schema, a JSON response format's name, description and schema, and the provider-specific
/// <see cref="ChatOptions.AdditionalProperties"/> (and each message's), each as its JSON text (the gateway checks request bodies the same
/// way). A tool description is where a poisoned tool (an MCP server's, say) hides its instructions. These are checked
/// and sent as they were: a definition the policy redacts cannot be sent changed, so the call fails instead.
/// Tools are functions only: their calls come back through the guarded client, which checks each before it is
/// returned. A hosted tool (web or file search, a code interpreter, a remote MCP server) runs at the provider, where
/// its calls would carry authority no policy granted and its results would reach the model unchecked.
/// </summary>
internal static class InputDefinitions
{
    // Checked as JSON text: non-ASCII letters stay letters (the default encoder would hide them as \uXXXX).
    private static readonly JsonSerializerOptions Relaxed = new(AIJsonUtilities.DefaultOptions) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <exception cref="NotSupportedException">
    /// A tool that is not a function declaration; a raw representation factory (the provider's request would start from
    /// an object the policy cannot read); extra properties that cannot be read as JSON.
    /// </exception>
    public static List<string> Texts(ChatOptions? options)
    {
        if (options is null)
        {
            return [];
        }
        var texts = new List<string>();
        foreach (var tool in options.Tools ?? [])
        {
            if (tool is not AIFunctionDeclaration function)
            {
                throw new NotSupportedException($"the tool `{tool.Name}` ({tool.GetType().Name}) runs at the provider, where its calls cannot be checked; a guarded client takes function tools only");
            }
            texts.Add(Json(new JsonObject
            {
                ["name"] = function.Name,
                ["description"] = function.Description,
                ["parameters"] = function.JsonSchema.ValueKind == JsonValueKind.Undefined ? null : JsonSerializer.SerializeToNode(function.JsonSchema, Relaxed),
            }));
        }
        if (options.RawRepresentationFactory is not null)
        {
            throw new NotSupportedException("the guarded chat client cannot check what a RawRepresentationFactory puts in the provider's request (tools, formats, messages), so it does not send it; set the options through ChatOptions");
        }
        if (options.ResponseFormat is ChatResponseFormatJson format && (format.Schema is not null || format.SchemaName is not null || format.SchemaDescription is not null))
        {
            texts.Add(Json(new JsonObject
            {
                ["name"] = format.SchemaName,
                ["description"] = format.SchemaDescription,
                ["schema"] = format.Schema is { } schema ? JsonSerializer.SerializeToNode(schema, Relaxed) : null,
            }));
        }
        texts.AddRange(Properties(options.AdditionalProperties, "ChatOptions"));
        return texts;
    }

    /// <summary>
    /// A message's or the options' extra properties as their JSON text, or nothing: they go to the inner client as they
    /// are, and a provider may put them in its request.
    /// </summary>
    /// <exception cref="NotSupportedException">They cannot be read as JSON.</exception>
    public static IEnumerable<string> Properties(AdditionalPropertiesDictionary? properties, string owner)
    {
        if (properties is not { Count: > 0 })
        {
            return [];
        }
        try
        {
            return [JsonSerializer.Serialize(properties, Relaxed)];
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or JsonException)
        {
            throw new NotSupportedException($"the guarded chat client cannot read {owner}.AdditionalProperties as JSON ({e.Message}), so it does not send them", e);
        }
    }

    private static string Json(JsonObject definition) => definition.ToJsonString(Relaxed);
}
