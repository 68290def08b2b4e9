using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using Airs.Runtime.Bundles;

namespace Airs.Compiler.Bundles;

/// <summary>The JSON Schema of <c>manifest.json</c>, generated from the very serializer the runtime reads it with.</summary>
public static class BundleManifestSchema
{
    public const string Id = "https://airspolicy.dev/schemas/bundle-manifest.schema.json";

    /// <summary>The schema as indented JSON text with <c>\n</c> line ends and a final newline.</summary>
    public static string Generate()
    {
        var exporter = new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = Annotate };
        var generated = JsonSchemaExporter.GetJsonSchemaAsNode(BundleJsonContext.Default.Options, typeof(BundleManifest), exporter);
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = Id,
            ["title"] = "AirsPolicy bundle manifest",
            ["description"] = $"manifest.json inside a .airsb bundle, format version {BundleManifest.CurrentFormatVersion}",
        };
        foreach (var (name, value) in generated.AsObject().ToList())
        {
            generated.AsObject().Remove(name);
            root[name] = value;
        }
        using var buffer = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            root.WriteTo(writer);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>What the type system cannot say: hash formats, the one format version, and what the top-level fields mean.</summary>
    private static JsonNode Annotate(JsonSchemaExporterContext context, JsonNode schema)
    {
        // The manifest's own enum converter: the exporter cannot see which strings it reads, and it does not ask about an
        // array's enum items or a nullable enum property with a default value at all: those are completed from the array's
        // and the object's schemas.
        var type = context.TypeInfo.Type;
        if ((Nullable.GetUnderlyingType(type) ?? type) is { IsEnum: true } enumType)
        {
            schema = new JsonObject { ["enum"] = Keywords(enumType, nullable: enumType != type) };
        }
        if (context.TypeInfo is { Kind: JsonTypeInfoKind.Enumerable, ElementType.IsEnum: true } && schema is JsonObject arraySchema && !arraySchema.ContainsKey("items"))
        {
            arraySchema["items"] = new JsonObject { ["enum"] = Keywords(context.TypeInfo.ElementType, nullable: false) };
        }
        if (context.TypeInfo.Kind == JsonTypeInfoKind.Object && schema is JsonObject { } objectSchema && objectSchema["properties"] is JsonObject properties)
        {
            foreach (var property in context.TypeInfo.Properties)
            {
                if (Nullable.GetUnderlyingType(property.PropertyType) is { IsEnum: true } nullableEnum
                    && properties[property.Name] is JsonObject propertySchema && !propertySchema.ContainsKey("enum"))
                {
                    propertySchema.Insert(0, "enum", Keywords(nullableEnum, nullable: true));
                }
            }
        }
        if (context.PropertyInfo?.DeclaringType != typeof(BundleManifest) || schema is not JsonObject node)
        {
            return schema;
        }
        var name = context.PropertyInfo.Name;
        if (Descriptions.TryGetValue(name, out var description))
        {
            node.Insert(0, "description", description);
        }
        if (name is "source_sha256" or "assembly_sha256")
        {
            node["pattern"] = "^[0-9a-f]{64}$";
        }
        if (name == "format_version")
        {
            node["const"] = BundleManifest.CurrentFormatVersion;
        }
        return node;
    }

    private static JsonArray Keywords(Type enumType, bool nullable) =>
        new([.. SnakeCaseEnum.Keywords(enumType).Select(k => (JsonNode?)k), .. nullable ? [null] : Array.Empty<JsonNode?>()]);

    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["format_version"] = "the bundle format; the runtime refuses any other",
        ["policy"] = "the policy's name, equal to spec.name",
        ["policy_version"] = "the policy's declared version, equal to spec.version",
        ["tier"] = "the policy's risk tier, equal to spec.tier",
        ["source_sha256"] = "SHA-256 of the policy source, lowercase hex",
        ["compiler_version"] = "the version of the compiler that emitted policy.dll",
        ["created_at"] = "when the bundle was built",
        ["evaluator_type"] = "full name of the public class in policy.dll that implements the compiled policy",
        ["assembly_sha256"] = "SHA-256 of policy.dll, lowercase hex; the runtime refuses a mismatch",
        ["controls"] = "every control, in declaration order",
        ["judges"] = "judges the policy declares",
        ["models"] = "named chat clients the host must provide",
        ["reviews"] = "review queues the policy escalates to",
        ["agents"] = "agents the policy grants tools to",
        ["spec"] = "the declarative part of the policy, which the runtime pipeline acts on",
    };
}
