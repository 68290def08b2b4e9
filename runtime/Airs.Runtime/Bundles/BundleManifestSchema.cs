using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;

namespace Airs.Runtime.Bundles;

/// <summary>The JSON Schema of <c>manifest.json</c>, generated from the very serializer the runtime reads it with.</summary>
public static class BundleManifestSchema
{
    public const string Id = "https://airspolicy.dev/schemas/bundle-manifest.schema.json";

    /// <summary>The schema as indented JSON text with <c>\n</c> line ends and a final newline.</summary>
    public static string Generate()
    {
        var exporter = new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true };
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
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            root.WriteTo(writer);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
