using System.Text.Json;
using System.Text.Json.Serialization;

namespace Airs.LanguageServer.JsonRpc;

/// <summary>A JSON-RPC request id: an integer or a string, compared by kind and value.</summary>
[JsonConverter(typeof(RequestIdConverter))]
public readonly record struct RequestId
{
    private RequestId(long? number, string? text)
    {
        Number = number;
        Text = text;
    }

    public long? Number { get; }

    public string? Text { get; }

    public static RequestId From(long number) => new(number, null);

    public static RequestId From(string text) => new(null, text);

    /// <summary>Reads an id from a message; false when it is neither an integer nor a string.</summary>
    public static bool TryRead(JsonElement element, out RequestId id)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                id = From(element.GetString()!);
                return true;
            case JsonValueKind.Number when element.TryGetInt64(out var number):
                id = From(number);
                return true;
            default:
                id = default;
                return false;
        }
    }

    public void WriteTo(Utf8JsonWriter writer)
    {
        if (Text is not null)
        {
            writer.WriteStringValue(Text);
        }
        else
        {
            writer.WriteNumberValue(Number ?? 0);
        }
    }

    public override string ToString() => Text is not null ? $"\"{Text}\"" : (Number ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture);
}

internal sealed class RequestIdConverter : JsonConverter<RequestId>
{
    public override RequestId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return RequestId.TryRead(document.RootElement, out var id)
            ? id
            : throw new JsonException("a request id must be an integer or a string");
    }

    public override void Write(Utf8JsonWriter writer, RequestId value, JsonSerializerOptions options) => value.WriteTo(writer);
}
