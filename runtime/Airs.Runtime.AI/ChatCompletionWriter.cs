using System.Buffers;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Airs.Runtime.AI;

/// <summary>Writes the <c>/chat/completions</c> request body.</summary>
internal static class ChatCompletionWriter
{
    public static byte[] Write(IEnumerable<ChatMessage> messages, ChatOptions? options, string defaultModel, bool stream)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("model", options?.ModelId ?? defaultModel);
            w.WriteStartArray("messages");
            foreach (var message in messages)
            {
                w.WriteStartObject();
                w.WriteString("role", message.Role.Value);
                w.WritePropertyName("content");
                WriteText(w, message.Contents);
                if (message.AuthorName is { Length: > 0 } name)
                {
                    w.WriteString("name", name);
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            if (options?.Temperature is { } temperature)
            {
                w.WriteNumber("temperature", temperature);
            }
            if (options?.MaxOutputTokens is { } maxTokens)
            {
                w.WriteNumber("max_tokens", maxTokens);
            }
            if (options?.TopP is { } topP)
            {
                w.WriteNumber("top_p", topP);
            }
            if (options?.Seed is { } seed)
            {
                w.WriteNumber("seed", seed);
            }
            if (options?.StopSequences is { Count: > 0 } stops)
            {
                w.WriteStartArray("stop");
                foreach (var s in stops)
                {
                    w.WriteStringValue(s);
                }
                w.WriteEndArray();
            }
            WriteResponseFormat(w, options?.ResponseFormat);
            if (stream)
            {
                w.WriteBoolean("stream", true);
                w.WriteStartObject("stream_options");
                w.WriteBoolean("include_usage", true);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteResponseFormat(Utf8JsonWriter w, ChatResponseFormat? format)
    {
        if (format is not ChatResponseFormatJson json)
        {
            return;
        }
        w.WriteStartObject("response_format");
        if (json.Schema is { } schema)
        {
            w.WriteString("type", "json_schema");
            w.WriteStartObject("json_schema");
            w.WriteString("name", json.SchemaName ?? "response");
            if (json.SchemaDescription is { } description)
            {
                w.WriteString("description", description);
            }
            w.WritePropertyName("schema");
            schema.WriteTo(w);
            w.WriteEndObject();
        }
        else
        {
            w.WriteString("type", "json_object");
        }
        w.WriteEndObject();
    }

    /// <summary>
    /// The message's text, as <see cref="ChatMessage.Text"/> joins it: a message made of several text parts (a judge's
    /// system message around its nonce) is written part by part, without joining them into one string first.
    /// </summary>
    private static void WriteText(Utf8JsonWriter w, IList<AIContent> contents)
    {
        TextContent? last = null;
        var texts = 0;
        foreach (var content in contents)
        {
            if (content is TextContent text)
            {
                (last, texts) = (text, texts + 1);
            }
        }
        if (texts <= 1)
        {
            w.WriteStringValue(last?.Text ?? "");
            return;
        }
        foreach (var content in contents)
        {
            if (content is TextContent text)
            {
                w.WriteStringValueSegment(text.Text, isFinalSegment: --texts == 0);
            }
        }
    }
}
