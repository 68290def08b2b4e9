using System.Text.Json;
using System.Text.RegularExpressions;

namespace Airs.Runtime.AI.Models;

/// <summary>
/// Checks a JSON document against the small part of JSON Schema (2020-12) that AirsPolicy's own file schemas use:
/// <c>type</c>, <c>properties</c>, <c>required</c>, <c>additionalProperties</c>, <c>propertyNames</c>,
/// <c>minProperties</c>, <c>pattern</c>, <c>minLength</c> and local <c>$ref</c>s. A schema using any other
/// validation keyword is refused rather than half-checked.
/// </summary>
/// <remarks>
/// Messages never repeat a value from the document (a file may hold a secret by mistake), only its path.
/// JsonSchema.Net cannot be restored here; this subset is all the shipped schemas need.
/// </remarks>
internal sealed class SchemaValidator
{
    /// <summary>Keywords that only annotate; everything else must be one the validator applies.</summary>
    private static readonly HashSet<string> Annotations = ["$schema", "$id", "$defs", "title", "description", "examples", "default"];

    private static readonly HashSet<string> Applied =
        ["type", "properties", "required", "additionalProperties", "propertyNames", "minProperties", "pattern", "minLength", "$ref"];

    private readonly JsonElement root;

    public SchemaValidator(JsonElement schema)
    {
        root = schema;
        CheckKeywords(schema, "#");
    }

    public List<(string Path, string Message)> Validate(JsonElement document)
    {
        var errors = new List<(string, string)>();
        Check(root, document, "$", errors);
        return errors;
    }

    private void Check(JsonElement schema, JsonElement value, string path, List<(string, string)> errors)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(Resolve(reference.GetString()!), value, path, errors);
        }
        if (schema.TryGetProperty("type", out var type) && !IsType(value, type.GetString()!))
        {
            errors.Add((path, $"must be {Article(type.GetString()!)}, not {Article(KindName(value))}"));
            return;
        }
        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString()!;
            if (schema.TryGetProperty("minLength", out var minLength) && text.Length < minLength.GetInt32())
            {
                errors.Add((path, minLength.GetInt32() == 1 ? "must not be empty" : $"must be at least {minLength.GetInt32()} characters long"));
            }
            if (schema.TryGetProperty("pattern", out var pattern) && !Matches(pattern.GetString()!, text))
            {
                errors.Add((path, $"must match `{pattern.GetString()}`"));
            }
        }
        if (value.ValueKind == JsonValueKind.Object)
        {
            CheckObject(schema, value, path, errors);
        }
    }

    private void CheckObject(JsonElement schema, JsonElement value, string path, List<(string, string)> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        schema.TryGetProperty("properties", out var properties);
        schema.TryGetProperty("additionalProperties", out var additional);
        foreach (var property in value.EnumerateObject())
        {
            var at = Child(path, property.Name);
            if (!seen.Add(property.Name))
            {
                errors.Add((at, "appears twice"));
                continue;
            }
            if (schema.TryGetProperty("propertyNames", out var names) && names.TryGetProperty("pattern", out var namePattern)
                && !Matches(namePattern.GetString()!, property.Name))
            {
                errors.Add((at, $"the name must match `{namePattern.GetString()}`"));
                continue;
            }
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var known))
            {
                Check(known, property.Value, at, errors);
            }
            else if (additional.ValueKind == JsonValueKind.False)
            {
                var allowed = properties.ValueKind == JsonValueKind.Object ? properties.EnumerateObject().Select(p => $"`{p.Name}`") : [];
                errors.Add((at, $"is not a known property; use {string.Join(", ", allowed)}"));
            }
            else if (additional.ValueKind == JsonValueKind.Object)
            {
                Check(additional, property.Value, at, errors);
            }
        }
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(n => !seen.Contains(n)))
            {
                errors.Add((Child(path, name), "is required"));
            }
        }
        if (schema.TryGetProperty("minProperties", out var minProperties) && seen.Count < minProperties.GetInt32())
        {
            errors.Add((path, minProperties.GetInt32() == 1 ? "must not be empty" : $"must have at least {minProperties.GetInt32()} properties"));
        }
    }

    private JsonElement Resolve(string reference)
    {
        const string Prefix = "#/$defs/";
        return reference.StartsWith(Prefix, StringComparison.Ordinal)
            && root.TryGetProperty("$defs", out var defs) && defs.TryGetProperty(reference[Prefix.Length..], out var target)
            ? target
            : throw new InvalidOperationException($"the schema's `$ref` `{reference}` is not a local definition");
    }

    private static void CheckKeywords(JsonElement schema, string at)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }
        foreach (var keyword in schema.EnumerateObject())
        {
            if (!Annotations.Contains(keyword.Name) && !Applied.Contains(keyword.Name))
            {
                throw new InvalidOperationException($"the schema uses `{keyword.Name}` at `{at}`, which this validator does not apply");
            }
            switch (keyword.Name)
            {
                case "properties" or "$defs":
                    foreach (var child in keyword.Value.EnumerateObject())
                    {
                        CheckKeywords(child.Value, $"{at}/{keyword.Name}/{child.Name}");
                    }
                    break;
                case "additionalProperties" or "propertyNames":
                    CheckKeywords(keyword.Value, $"{at}/{keyword.Name}");
                    break;
            }
        }
    }

    private static bool Matches(string pattern, string text) =>
        Regex.IsMatch(text, pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static bool IsType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => throw new InvalidOperationException($"the schema names an unknown type `{type}`"),
    };

    private static string KindName(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => value.ValueKind.ToString().ToLowerInvariant(),
    };

    private static string Article(string kind) => kind is "object" or "array" or "integer" ? "an " + kind : "a " + kind;

    /// <summary>A JSONPath-like location: <c>$.models.judge</c>, or <c>$.models["gpt-4o mini"]</c> for a name that is not a plain word.</summary>
    private static string Child(string path, string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '$')
            ? $"{path}.{name}"
            : $"{path}[{JsonSerializer.Serialize(name)}]";
}
