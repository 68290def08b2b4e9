using System.Text.Json;
using System.Text.Json.Serialization;
using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;

namespace Airs.Runtime.Bundles;

/// <summary>
/// The JSON shapes of a bundle, source-generated (no reflection at load time), snake_case, strict:
/// unknown or missing properties are errors, so a manifest means exactly one thing.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = true,
    NewLine = "\n",
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    Converters =
    [
        typeof(SnakeCaseEnumConverter<Tier>), typeof(SnakeCaseEnumConverter<Stage>), typeof(SnakeCaseEnumConverter<Layer>),
        typeof(SnakeCaseEnumConverter<ControlMode>), typeof(SnakeCaseEnumConverter<Outcome>), typeof(SnakeCaseEnumConverter<PaceLevel>),
        typeof(SnakeCaseEnumConverter<PaceAction>), typeof(SnakeCaseEnumConverter<BreakerCounter>), typeof(SnakeCaseEnumConverter<BreakerScope>),
        typeof(SnakeCaseEnumConverter<ArgType>), typeof(SnakeCaseEnumConverter<LimitMeasure>), typeof(SnakeCaseEnumConverter<LimitScope>),
        typeof(SnakeCaseEnumConverter<SequenceScope>), typeof(SnakeCaseEnumConverter<AgentAction>), typeof(SnakeCaseEnumConverter<EvaluationFrequency>),
    ])]
[JsonSerializable(typeof(BundleManifest))]
[JsonSerializable(typeof(SignatureDocument))]
internal sealed partial class BundleJsonContext : JsonSerializerContext;

/// <summary>How the manifest spells enum members.</summary>
internal static class SnakeCaseEnum
{
    /// <summary>Each member's keyword, in the order of their values (the manifest's JSON Schema lists them too).</summary>
    public static string[] Keywords(Type enumType) => [.. Enum.GetNames(enumType).Select(JsonNamingPolicy.SnakeCaseLower.ConvertName)];
}

/// <summary>
/// Enums are written as their snake_case keyword (<c>tool_call</c>, <c>judges_off</c>), never as numbers, and read back
/// only as written (exact, case-sensitive). Written here rather than taken from <see cref="JsonStringEnumConverter{TEnum}"/>:
/// the JIT compiles a value-type converter once per enum, and the framework's, for fifteen enums, was about a fifth of
/// a new process's bundle load.
/// </summary>
internal sealed class SnakeCaseEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly (TEnum Member, string Name)[] Names = [.. Enum.GetValues<TEnum>().Zip(SnakeCaseEnum.Keywords(typeof(TEnum)))];

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            foreach (var (member, name) in Names)
            {
                if (reader.ValueTextEquals(name))
                {
                    return member;
                }
            }
        }
        // No message: the serializer then says which type and where ("The JSON value could not be converted to …").
        throw new JsonException();
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        foreach (var (member, name) in Names)
        {
            if (EqualityComparer<TEnum>.Default.Equals(member, value))
            {
                writer.WriteStringValue(name);
                return;
            }
        }
        throw new JsonException($"{value} is not a member of {typeof(TEnum).Name}");
    }
}

/// <summary>The <c>signature.json</c> entry.</summary>
internal sealed record SignatureDocument(int FormatVersion, string Algorithm, string KeyId, string Signature);

internal static class BundleJson
{
    public static byte[] SerializeManifest(BundleManifest manifest) =>
        JsonSerializer.SerializeToUtf8Bytes(manifest, BundleJsonContext.Default.BundleManifest);

    public static BundleManifest DeserializeManifest(ReadOnlySpan<byte> json, string entry)
    {
        BundleManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize(json, BundleJsonContext.Default.BundleManifest);
        }
        catch (JsonException e)
        {
            throw new BundleLoadException(BundleError.ManifestInvalid, $"`{entry}` is not a valid manifest: {OneLine(e.Message)}");
        }
        if (manifest is null)
        {
            throw new BundleLoadException(BundleError.ManifestInvalid, $"`{entry}` is not a valid manifest: it is `null`");
        }
        ManifestRules.Check(manifest);
        return manifest;
    }

    public static byte[] SerializeSignature(SignatureDocument document) =>
        JsonSerializer.SerializeToUtf8Bytes(document, BundleJsonContext.Default.SignatureDocument);

    public static SignatureDocument? DeserializeSignature(ReadOnlySpan<byte> json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, BundleJsonContext.Default.SignatureDocument);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>System.Text.Json messages can span lines and end with a period; house messages do not.</summary>
    internal static string OneLine(string message)
    {
        var line = message.ReplaceLineEndings(" ").Trim();
        var cut = line.IndexOf(" Path:", StringComparison.Ordinal);
        var path = cut >= 0 ? line[(cut + 6)..].Trim() : null;
        if (cut >= 0)
        {
            line = line[..cut];
        }
        line = line.TrimEnd('.', ' ');
        if (path is not null)
        {
            var end = path.IndexOf(' ');
            line += $" at `{(end >= 0 ? path[..end] : path).TrimEnd('.', '|')}`";
        }
        return line.Length > 0 ? char.ToLowerInvariant(line[0]) + line[1..] : line;
    }
}
