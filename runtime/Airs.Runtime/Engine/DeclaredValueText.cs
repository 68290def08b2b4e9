using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Airs.Runtime.Context;
using Airs.Runtime.Policy;

namespace Airs.Runtime.Engine;

/// <summary>
/// How declared values leave the engine: context attributes in the audit record, a tool call's arguments on a
/// review ticket. A value marked <c>sensitive</c> never appears in clear: the audit gets an HMAC of it (with the
/// host's key, so equal values stay comparable without being readable) or <c>[sensitive]</c>, a ticket gets
/// <c>[sensitive]</c>. An attribute the policy does not declare is not written at all beyond its name.
/// </summary>
internal static class DeclaredValueText
{
    public const string Redacted = "[sensitive]";
    private const int MaxValueLength = 80;

    /// <summary>The context's attributes as one JSON object, in path order: declared ones as given (sensitive ones hashed), others as <c>[undeclared]</c>.</summary>
    public static void WriteAuditAttributes(Utf8JsonWriter json, PolicySpec spec, RequestContext context, byte[]? hashKey)
    {
        json.WriteStartObject();
        if (context.Attributes.Count > 0)
        {
            var declared = (spec.Attributes.IsDefault ? [] : spec.Attributes).ToDictionary(a => a.Path, StringComparer.Ordinal);
            foreach (var (path, value) in context.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
            {
                json.WritePropertyName(path);
                if (!declared.TryGetValue(path, out var attribute))
                {
                    json.WriteStringValue("[undeclared]");
                }
                else if (attribute.Rules.Sensitive)
                {
                    json.WriteStringValue(Hash(value, hashKey));
                }
                else
                {
                    value.WriteTo(json);
                }
            }
        }
        json.WriteEndObject();
    }

    /// <summary>The called tool's arguments declared <c>sensitive</c>, or null when it has none.</summary>
    public static IReadOnlySet<string>? SensitiveArgs(PolicySpec spec, RequestContext context)
    {
        // A loop, not a lambda over the context: this runs on every judged decision, tool stage or not.
        foreach (var tool in spec.Tools)
        {
            if (tool.Name == context.ToolName)
            {
                return tool.Args.Any(a => a.Rules.Sensitive)
                    ? tool.Args.Where(a => a.Rules.Sensitive).Select(a => a.Name).ToHashSet(StringComparer.Ordinal)
                    : null;
            }
        }
        return null;
    }

    /// <summary>What a reviewer approves on <c>tool_call</c>: the tool and its declared arguments, or null on other stages.</summary>
    public static string? ToolCall(PolicySpec spec, RequestContext context)
    {
        var tool = spec.Tools.FirstOrDefault(t => t.Name == context.ToolName);
        if (tool is null)
        {
            return context.ToolName.Length == 0 ? null : $"tool `{context.ToolName}`";
        }
        var args = new List<string>();
        foreach (var arg in tool.Args)
        {
            if (context.ToolArgs.TryGetValue(arg.Name, out var value))
            {
                args.Add($"{arg.Name} {(arg.Rules.Sensitive ? Redacted : Shorten(value.GetRawText()))}");
            }
        }
        return args.Count == 0 ? $"tool `{tool.Name}`" : $"tool `{tool.Name}` with {string.Join(", ", args)}";
    }

    private static string Hash(JsonElement value, byte[]? key)
    {
        if (key is not { Length: > 0 })
        {
            return Redacted;
        }
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(value.GetRawText()));
        return "hmac-sha256:" + Convert.ToHexStringLower(mac);
    }

    /// <summary>One line of at most <see cref="MaxValueLength"/> UTF-16 units, cut before a surrogate pair rather than inside it.</summary>
    private static string Shorten(string raw)
    {
        var line = raw.ReplaceLineEndings(" ");
        if (line.Length <= MaxValueLength)
        {
            return line;
        }
        var cut = char.IsHighSurrogate(line[MaxValueLength - 1]) ? MaxValueLength - 1 : MaxValueLength;
        return line[..cut] + "…";
    }
}
