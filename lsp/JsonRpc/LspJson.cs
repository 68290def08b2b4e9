using System.Text.Json;
using System.Text.Json.Serialization;

namespace Airs.LanguageServer.JsonRpc;

/// <summary>The one set of serializer options for protocol types: camelCase, nulls omitted, required members enforced.</summary>
public static class LspJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Params with a missing required member or a null where none is allowed are InvalidParams, not a crash later.
            RespectRequiredConstructorParameters = true,
            RespectNullableAnnotations = true,
            NumberHandling = JsonNumberHandling.Strict,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
