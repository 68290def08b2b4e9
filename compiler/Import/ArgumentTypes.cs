using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using Airs.Compiler.Syntax;
using Airs.Runtime.Functions;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Import;

/// <summary>
/// Maps a tool's JSON Schema `properties` onto the argument types of the language (`string`, `number`,
/// `bool`, `[string]`, `[number]`), and its constraints onto rules: an argument not in `required` is optional,
/// `minimum`/`maximum` become `min`/`max`, a linear-time `pattern` becomes `pattern`, an `enum` or `const` of
/// strings becomes `one of` (for a list, the constraints of `items`). What does not fit is returned with a
/// reason or kept as a note, never dropped.
/// </summary>
public static partial class ArgumentTypes
{
    public sealed record Result(ImmutableArray<ImportedArgument> Arguments, ImmutableArray<UnexpressibleArgument> NotExpressible);

    private sealed record Resolved(ArgType? Type, string? Note, string? Failure, ValueRules? Rules = null);

    public static Result Translate(JsonElement? inputSchema)
    {
        var arguments = ImmutableArray.CreateBuilder<ImportedArgument>();
        var lost = ImmutableArray.CreateBuilder<UnexpressibleArgument>();
        if (inputSchema is not { ValueKind: JsonValueKind.Object } schema
            || !schema.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            return new Result([], []);
        }
        var required = schema.TryGetProperty("required", out var names) && names.ValueKind == JsonValueKind.Array
            ? names.EnumerateArray().Where(n => n.ValueKind == JsonValueKind.String).Select(n => n.GetString()!).ToHashSet(StringComparer.Ordinal)
            : [];
        foreach (var property in properties.EnumerateObject())
        {
            var name = property.Name;
            if (arguments.Any(a => a.Name == name) || lost.Any(l => l.Name == name))
            {
                lost.Add(new UnexpressibleArgument(name, "declared twice in the schema"));
                continue;
            }
            if (!Identifier().IsMatch(name))
            {
                lost.Add(new UnexpressibleArgument(name, "the name is not an identifier of letters, digits and `_`"));
                continue;
            }
            if (SyntaxFacts.KeywordKind(name) != SyntaxKind.Identifier)
            {
                lost.Add(new UnexpressibleArgument(name, "the name is a reserved word of the language"));
                continue;
            }
            var resolved = Resolve(property.Value);
            if (resolved.Type is { } type)
            {
                var rules = (resolved.Rules ?? ValueRules.None) with { Optional = !required.Contains(name) };
                arguments.Add(new ImportedArgument(name, type, resolved.Note, rules));
            }
            else
            {
                lost.Add(new UnexpressibleArgument(name, resolved.Failure!));
            }
        }
        return new Result(arguments.ToImmutable(), lost.ToImmutable());
    }

    public static string Keyword(ArgType type) => type switch
    {
        ArgType.String => "string",
        ArgType.Number => "number",
        ArgType.Bool => "bool",
        ArgType.StringList => "[string]",
        ArgType.NumberList => "[number]",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    private static Resolved Resolve(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return Fail("its schema is not an object");
        }
        if (TypeName(schema, out var typeFailure) is not { } type)
        {
            return typeFailure is not null ? Fail(typeFailure) : ResolveUntyped(schema);
        }
        return type switch
        {
            "string" => StringRules(schema),
            "number" or "integer" => NumberRules(schema),
            "boolean" => new Resolved(ArgType.Bool, null, null),
            "array" => ResolveArray(schema),
            "object" => Fail("an object; the language has no nested argument types"),
            "null" => Fail("its only type is `null`"),
            _ => Fail($"type `{type}` is not a JSON Schema type the language knows"),
        };
    }

    private static Resolved ResolveArray(JsonElement schema)
    {
        if (!schema.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Object)
        {
            return Fail("a list whose item type is not given");
        }
        var item = Resolve(items);
        return item.Type switch
        {
            ArgType.String => new Resolved(ArgType.StringList, item.Note is null ? null : $"items: {item.Note}", null, item.Rules),
            ArgType.Number => new Resolved(ArgType.NumberList, item.Note is null ? null : $"items: {item.Note}", null, item.Rules),
            ArgType.Bool => Fail("a list of booleans; lists hold strings or numbers"),
            ArgType.StringList or ArgType.NumberList => Fail("a list of lists"),
            _ => Fail($"a list of items that cannot be typed ({item.Failure})"),
        };
    }

    /// <summary>A schema without `type`: an enum or const of strings, or a union whose branches agree.</summary>
    private static Resolved ResolveUntyped(JsonElement schema)
    {
        if (schema.TryGetProperty("enum", out var values) && values.ValueKind == JsonValueKind.Array)
        {
            var kinds = values.EnumerateArray().Select(v => v.ValueKind).Distinct().ToList();
            return kinds switch
            {
                [JsonValueKind.String] => StringRules(schema),
                [JsonValueKind.Number] => NumberRules(schema),
                _ => Fail("an enum of mixed or non-string values"),
            };
        }
        if (schema.TryGetProperty("const", out var constant))
        {
            return constant.ValueKind switch
            {
                JsonValueKind.String => new Resolved(ArgType.String, null, null, new ValueRules { OneOf = [constant.GetString()!] }),
                JsonValueKind.Number => new Resolved(ArgType.Number, $"always {Show(constant)}", null),
                _ => Fail("a constant that is not a string or number"),
            };
        }
        foreach (var keyword in new[] { "anyOf", "oneOf" })
        {
            if (schema.TryGetProperty(keyword, out var branches) && branches.ValueKind == JsonValueKind.Array)
            {
                var resolved = branches.EnumerateArray().Where(b => !IsNullSchema(b)).Select(Resolve).ToList();
                if (resolved.Count > 0 && resolved.All(r => r.Type is not null) && resolved.Select(r => r.Type).Distinct().Count() == 1)
                {
                    return resolved[0];
                }
                return Fail($"a union (`{keyword}`) of types the language cannot merge");
            }
        }
        return Fail("no type is given");
    }

    /// <summary>The schema's `type`; a list of types is accepted when it is one type and `null`.</summary>
    private static string? TypeName(JsonElement schema, out string? failure)
    {
        failure = null;
        if (!schema.TryGetProperty("type", out var type))
        {
            return null;
        }
        if (type.ValueKind == JsonValueKind.String)
        {
            return type.GetString();
        }
        if (type.ValueKind == JsonValueKind.Array)
        {
            var names = type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()).Where(t => t != "null").ToList();
            if (names.Count == 1)
            {
                return names[0];
            }
            failure = $"a union of types {string.Join(", ", names.Select(n => $"`{n}`"))}";
            return null;
        }
        failure = "its `type` is neither a name nor a list of names";
        return null;
    }

    /// <summary>A string: `enum` becomes `one of`, a `pattern` the linear-time engine accepts becomes `pattern`; `format` and the rest are notes.</summary>
    private static Resolved StringRules(JsonElement schema)
    {
        var rules = ValueRules.None;
        var notes = new List<string>();
        if (schema.TryGetProperty("enum", out var values) && values.ValueKind == JsonValueKind.Array)
        {
            if (values.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String))
            {
                rules = rules with { OneOf = [.. values.EnumerateArray().Select(v => v.GetString()!).Distinct(StringComparer.Ordinal)] };
            }
            else
            {
                notes.Add(EnumNote(schema)!);
            }
        }
        if (schema.TryGetProperty("pattern", out var pattern) && pattern.ValueKind == JsonValueKind.String)
        {
            var text = pattern.GetString()!;
            if (RegexFactory.Validate(text, "") is { } error)
            {
                notes.Add($"pattern `{text}` is not enforced: {error}");
            }
            else if (!rules.OneOf.IsDefaultOrEmpty && rules.OneOf.Any(v => !RegexFactory.Get(text, "").IsMatch(v)))
            {
                notes.Add($"pattern `{text}` is not enforced: some enum values do not match it");
            }
            else
            {
                rules = rules with { Pattern = text };
            }
        }
        if (schema.TryGetProperty("format", out var format) && format.ValueKind == JsonValueKind.String)
        {
            notes.Add($"format `{format.GetString()}`");
        }
        foreach (var lost in new[] { "minLength", "maxLength" })
        {
            if (schema.TryGetProperty(lost, out var value))
            {
                notes.Add($"`{lost}` {value.GetRawText()} is not enforced");
            }
        }
        return new Resolved(ArgType.String, notes.Count == 0 ? null : string.Join("; ", notes), null, rules);
    }

    /// <summary>A number: `minimum` and `maximum` become `min` and `max`; exclusive bounds and a numeric `enum` are notes.</summary>
    private static Resolved NumberRules(JsonElement schema)
    {
        var rules = ValueRules.None;
        var notes = new List<string>();
        if (Bound(schema, "minimum") is { } min)
        {
            rules = rules with { Min = min };
        }
        if (Bound(schema, "maximum") is { } max && (rules.Min is not { } lo || lo <= max))
        {
            rules = rules with { Max = max };
        }
        foreach (var lost in new[] { "exclusiveMinimum", "exclusiveMaximum", "multipleOf" })
        {
            if (schema.TryGetProperty(lost, out var value))
            {
                notes.Add($"`{lost}` {value.GetRawText()} is not enforced");
            }
        }
        if (EnumNote(schema) is { } values)
        {
            notes.Add(values);
        }
        return new Resolved(ArgType.Number, notes.Count == 0 ? null : string.Join("; ", notes), null, rules);
    }

    private static double? Bound(JsonElement schema, string keyword) =>
        schema.TryGetProperty(keyword, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var d) && double.IsFinite(d)
            ? d
            : null;

    private static string? EnumNote(JsonElement schema) =>
        schema.TryGetProperty("enum", out var values) && values.ValueKind == JsonValueKind.Array
            ? $"one of {string.Join(", ", values.EnumerateArray().Select(Show))} (`one of` takes strings only)"
            : null;

    private static bool IsNullSchema(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("type", out var t)
        && t.ValueKind == JsonValueKind.String && t.GetString() == "null";

    private static string Show(JsonElement value) => value.ValueKind == JsonValueKind.String ? $"`{value.GetString()}`" : $"`{value.GetRawText()}`";

    private static Resolved Fail(string reason) => new(null, null, reason);

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();
}
