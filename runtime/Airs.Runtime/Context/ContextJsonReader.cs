using System.Collections.Frozen;
using System.Text.Json;
using Airs.Runtime.Policy;

namespace Airs.Runtime.Context;

/// <summary>Reads a <see cref="RequestContext"/> from JSON, strictly: unknown fields and wrong types are errors,
/// except attributes under <c>user</c> and <c>session</c>, which the policy's <c>context</c> block types.</summary>
internal static class ContextJsonReader
{
    public static RequestContext Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new ContextFormatException("the context must be a JSON object");
        }
        var m = new RequestContext.Mutable(RequestContext.Empty);
        Dictionary<string, JsonElement>? attributes = null;
        foreach (var group in root.EnumerateObject())
        {
            if (!ContextSchema.Roots.Contains(group.Name))
            {
                throw new ContextFormatException($"unknown context field `{group.Name}`");
            }
            if (group.Value.ValueKind != JsonValueKind.Object)
            {
                throw new ContextFormatException($"`{group.Name}` must be an object");
            }
            foreach (var member in group.Value.EnumerateObject())
            {
                var path = group.Name + "." + member.Name;
                if (!ContextSchema.ByPath.TryGetValue(path, out var info) && ContextSchema.AttributeRoots.Contains(group.Name))
                {
                    // Checked against the policy's `context` block by the context_attributes control, not here.
                    if (!(attributes ??= new(StringComparer.Ordinal)).TryAdd(path, member.Value.Clone()))
                    {
                        throw new ContextFormatException($"`{path}` appears twice");
                    }
                    continue;
                }
                if (info is null)
                {
                    throw new ContextFormatException($"unknown context field `{path}`");
                }
                if (ContextSchema.IsDerived(info.Field))
                {
                    throw new ContextFormatException($"`{path}` is computed from the other fields and cannot be set");
                }
                Assign(m, info, member.Value);
                m.Present.Add(info.Field);
            }
        }
        if (attributes is not null)
        {
            m.Attributes = attributes.ToFrozenDictionary(StringComparer.Ordinal);
        }
        return m.Build();
    }

    private static void Assign(RequestContext.Mutable m, ContextFieldInfo info, JsonElement value)
    {
        switch (info.Type)
        {
            case FieldType.String:
                var s = value.ValueKind == JsonValueKind.String
                    ? value.GetString()!
                    : throw new ContextFormatException($"`{info.Path}` must be a string");
                switch (info.Field)
                {
                    case ContextField.InputText: m.InputText = s; break;
                    case ContextField.OutputText: m.OutputText = s; break;
                    case ContextField.RetrievalText: m.RetrievalText = s; break;
                    case ContextField.ToolName: m.ToolName = s; break;
                    case ContextField.ToolResult: m.ToolResult = s; break;
                    case ContextField.MessageText: m.MessageText = s; break;
                    case ContextField.MessageFrom: m.MessageFrom = s; break;
                    case ContextField.MessageTo: m.MessageTo = s; break;
                    case ContextField.AgentId: m.AgentId = s; break;
                    case ContextField.UserId: m.UserId = s; break;
                    case ContextField.SessionId: m.SessionId = s; break;
                    case ContextField.WorkflowName: m.WorkflowName = s; break;
                    case ContextField.WorkflowPhase: m.WorkflowPhase = s; break;
                    case ContextField.WorkflowPoint:
                        m.WorkflowPoint = EvaluationPoints.TryParse(s, out _) ? s
                            : throw new ContextFormatException($"`{info.Path}` must be one of {string.Join(", ", EvaluationPoints.Table.Keywords.Select(k => $"`{k}`"))}");
                        break;
                }
                break;
            case FieldType.StringList:
                var list = ReadStringList(info.Path, value);
                switch (info.Field)
                {
                    case ContextField.RetrievalDocs: m.RetrievalDocs = list; break;
                    case ContextField.AgentChain: m.AgentChain = list; break;
                    case ContextField.UserRoles: m.UserRoles = list; break;
                }
                break;
            case FieldType.ToolArgs:
                if (value.ValueKind != JsonValueKind.Object)
                {
                    throw new ContextFormatException($"`{info.Path}` must be an object");
                }
                // A repeated name would let a guard read one value and the tool receive the other: refuse it.
                var args = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                foreach (var arg in value.EnumerateObject())
                {
                    if (!args.TryAdd(arg.Name, arg.Value.Clone()))
                    {
                        throw new ContextFormatException($"`{info.Path}.{arg.Name}` appears twice");
                    }
                }
                m.ToolArgs = args.ToFrozenDictionary(StringComparer.Ordinal);
                break;
            default:
                throw new ContextFormatException($"`{info.Path}` cannot be set");
        }
    }

    private static string[] ReadStringList(string path, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new ContextFormatException($"`{path}` must be a list of strings");
        }
        var items = new string[value.GetArrayLength()];
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            items[i++] = item.ValueKind == JsonValueKind.String
                ? item.GetString()!
                : throw new ContextFormatException($"`{path}[{i}]` must be a string");
        }
        return items;
    }
}
