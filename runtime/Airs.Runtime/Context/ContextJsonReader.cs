using System.Buffers;
using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Unicode;
using Airs.Runtime.Policy;

namespace Airs.Runtime.Context;

/// <summary>
/// Reads a <see cref="RequestContext"/> from UTF-8 JSON in one pass, strictly: unknown fields, wrong types, a key twice
/// in one object (last-wins would let <c>"input":{"text":"hello"}</c> hide an injection sent first) and text that is not
/// text (a lone surrogate escape such as <c>"\ud800"</c>) are errors naming the place. Attributes under <c>user</c> and
/// <c>session</c> are kept as sent; the policy's <c>context</c> block types them.
/// </summary>
internal static class ContextJsonReader
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 32 };

    // Field paths by group and member, looked up from the bytes' characters without making a string per key.
    private static readonly FrozenDictionary<string, ContextFieldInfo>.AlternateLookup<ReadOnlySpan<char>> Fields =
        ContextSchema.ByPath.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] Groups = [.. ContextSchema.Roots.Order(StringComparer.Ordinal)];

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> GroupIndex =
        Groups.Select((group, index) => KeyValuePair.Create(group, index)).ToFrozenDictionary(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Room for a key of every field, even written with one six-byte escape per character.</summary>
    private const int KeyBuffer = 192;

    public static RequestContext Read(ReadOnlySequence<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, Options);
        return Read(ref reader);
    }

    public static RequestContext Read(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, Options);
        return Read(ref reader);
    }

    private static RequestContext Read(ref Utf8JsonReader reader)
    {
        try
        {
            var context = ReadRoot(ref reader);
            if (reader.Read())
            {
                throw new ContextFormatException("the context is not valid JSON: there is more after the object");
            }
            return context;
        }
        catch (JsonException e)
        {
            throw new ContextFormatException($"the context is not valid JSON: {e.Message.Split('\n', 2)[0].Trim().TrimEnd('.')}");
        }
    }

    private static RequestContext ReadRoot(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new ContextFormatException("the context must be a JSON object");
        }
        var m = new RequestContext.Mutable(RequestContext.Empty);
        Dictionary<string, JsonElement>? attributes = null;
        var groupsSeen = 0UL;
        Span<char> name = stackalloc char[KeyBuffer];
        Span<char> path = stackalloc char[2 * KeyBuffer + 1];
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            var groupLength = KeyChars(ref reader, name, Place.KeyIn(null));
            if (groupLength < 0 || !GroupIndex.TryGetValue(name[..groupLength], out var groupIndex))
            {
                throw new ContextFormatException($"unknown context field `{Text(ref reader, Place.KeyIn(null))}`");
            }
            var group = Groups[groupIndex];
            if (Next(ref reader) != JsonTokenType.StartObject)
            {
                throw new ContextFormatException($"`{group}` must be an object");
            }
            if ((groupsSeen & (1UL << groupIndex)) != 0)
            {
                throw Twice(group);
            }
            groupsSeen |= 1UL << groupIndex;
            var isAttributeRoot = ContextSchema.AttributeRoots.Contains(group);
            var membersSeen = 0UL;
            while (Next(ref reader) == JsonTokenType.PropertyName)
            {
                var memberLength = KeyChars(ref reader, name, Place.KeyIn(group));
                ContextFieldInfo? info = null;
                if (memberLength >= 0)
                {
                    group.CopyTo(path);
                    path[group.Length] = '.';
                    name[..memberLength].CopyTo(path[(group.Length + 1)..]);
                    Fields.TryGetValue(path[..(group.Length + 1 + memberLength)], out info);
                }
                if (info is null)
                {
                    var member = Text(ref reader, Place.KeyIn(group));
                    var memberPath = group + "." + member;
                    if (!isAttributeRoot)
                    {
                        throw new ContextFormatException($"unknown context field `{memberPath}`");
                    }
                    // Checked against the policy's `context` block by the context_attributes control, not here.
                    Next(ref reader);
                    var value = Element(ref reader, memberPath);
                    if (!(attributes ??= new(StringComparer.Ordinal)).TryAdd(memberPath, value))
                    {
                        throw Twice(memberPath);
                    }
                    continue;
                }
                if ((membersSeen & (1UL << (int)info.Field)) != 0)
                {
                    throw Twice(info.Path);
                }
                membersSeen |= 1UL << (int)info.Field;
                if (ContextSchema.IsDerived(info.Field))
                {
                    throw new ContextFormatException($"`{info.Path}` is computed from the other fields and cannot be set");
                }
                Next(ref reader);
                Assign(ref reader, m, info);
                m.Present.Add(info.Field);
            }
        }
        if (attributes is not null)
        {
            m.Attributes = attributes.ToFrozenDictionary(StringComparer.Ordinal);
        }
        return m.Build();
    }

    private static void Assign(ref Utf8JsonReader reader, RequestContext.Mutable m, ContextFieldInfo info)
    {
        switch (info.Type)
        {
            case FieldType.String:
                var s = reader.TokenType == JsonTokenType.String
                    ? Text(ref reader, Place.Value(info.Path))
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
                var list = ReadStringList(ref reader, info.Path);
                switch (info.Field)
                {
                    case ContextField.RetrievalDocs: m.RetrievalDocs = list; break;
                    case ContextField.AgentChain: m.AgentChain = list; break;
                    case ContextField.UserRoles: m.UserRoles = list; break;
                }
                break;
            case FieldType.Number:
                // Only output.tokens today: a count, so a negative or non-finite one is a malformed request.
                m.OutputTokens = reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var number) && double.IsFinite(number) && number >= 0
                    ? number
                    : throw new ContextFormatException($"`{info.Path}` must be a number of at least 0");
                break;
            case FieldType.ToolArgs:
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    throw new ContextFormatException($"`{info.Path}` must be an object");
                }
                // A repeated name would let a guard read one value and the tool receive the other: refuse it.
                var args = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                while (Next(ref reader) == JsonTokenType.PropertyName)
                {
                    var arg = Text(ref reader, Place.KeyIn(info.Path));
                    var path = info.Path + "." + arg;
                    Next(ref reader);
                    if (!args.TryAdd(arg, Element(ref reader, path)))
                    {
                        throw Twice(path);
                    }
                }
                m.ToolArgs = args.ToFrozenDictionary(StringComparer.Ordinal);
                break;
            default:
                throw new ContextFormatException($"`{info.Path}` cannot be set");
        }
    }

    private static string[] ReadStringList(ref Utf8JsonReader reader, string path)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new ContextFormatException($"`{path}` must be a list of strings");
        }
        // Most lists hold one item (a role): no list for it, only the array.
        string? first = null;
        List<string>? items = null;
        var index = 0;
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            var item = reader.TokenType == JsonTokenType.String
                ? Text(ref reader, Place.Item(path, index))
                : throw new ContextFormatException($"`{path}[{index}]` must be a string");
            if (index++ == 0)
            {
                first = item;
            }
            else
            {
                (items ??= [first!]).Add(item);
            }
        }
        return items is not null ? [.. items] : first is null ? [] : [first];
    }

    /// <summary>An attribute or argument value as sent, after the same checks as the rest of the body.</summary>
    private static JsonElement Element(ref Utf8JsonReader reader, string path)
    {
        var start = reader;
        Check(ref reader, path);
        return JsonElement.ParseValue(ref start);
    }

    /// <summary>Walks one value to its end: every key unique in its object, every string text.</summary>
    private static void Check(ref Utf8JsonReader reader, string path)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                HashSet<string>? seen = null;
                while (Next(ref reader) == JsonTokenType.PropertyName)
                {
                    var name = Text(ref reader, Place.KeyIn(path));
                    var child = path + "." + name;
                    if (!(seen ??= new(StringComparer.Ordinal)).Add(name))
                    {
                        throw Twice(child);
                    }
                    Next(ref reader);
                    Check(ref reader, child);
                }
                break;
            case JsonTokenType.StartArray:
                var index = 0;
                while (Next(ref reader) != JsonTokenType.EndArray)
                {
                    Check(ref reader, $"{path}[{index++}]");
                }
                break;
            case JsonTokenType.String:
                Text(ref reader, Place.Value(path));
                break;
        }
    }

    private static JsonTokenType Next(ref Utf8JsonReader reader) =>
        reader.Read() ? reader.TokenType : throw new ContextFormatException("the context is not valid JSON: it ends too early");

    /// <summary>Decodes the current key into <paramref name="buffer"/>; -1 when it cannot fit (then it names no field).</summary>
    private static int KeyChars(ref Utf8JsonReader reader, scoped Span<char> buffer, Place where)
    {
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > buffer.Length)
        {
            return -1;
        }
        try
        {
            return reader.CopyString(buffer);
        }
        catch (InvalidOperationException)
        {
            throw NotText(ref reader, where);
        }
    }

    /// <summary>The current string or key; the reader throws on a lone surrogate escape and on bytes that are not UTF-8.</summary>
    private static string Text(ref Utf8JsonReader reader, Place what)
    {
        try
        {
            return reader.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            throw NotText(ref reader, what);
        }
    }

    private static ContextFormatException NotText(ref Utf8JsonReader reader, Place what)
    {
        var raw = reader.HasValueSequence ? (ReadOnlySpan<byte>)reader.ValueSequence.ToArray() : reader.ValueSpan;
        return Utf8.IsValid(raw)
            ? new ContextFormatException($"{what} is not valid text: it holds a lone surrogate escape (`\\uD800` to `\\uDFFF` without its pair)")
            : new ContextFormatException("the body is not valid UTF-8");
    }

    private static ContextFormatException Twice(string path) => new($"`{path}` appears twice");

    /// <summary>Where a string is, for an error message: made into text only when there is an error to report.</summary>
    private readonly record struct Place(string? Path, int Index, bool IsKey)
    {
        /// <summary>A key of the object at <paramref name="path"/> (null: the body).</summary>
        public static Place KeyIn(string? path) => new(path, -1, IsKey: true);

        public static Place Value(string path) => new(path, -1, IsKey: false);

        public static Place Item(string path, int index) => new(path, index, IsKey: false);

        public override string ToString() =>
            IsKey ? (Path is null ? "a key in the body" : $"a key in `{Path}`") : Index < 0 ? $"`{Path}`" : $"`{Path}[{Index}]`";
    }
}
