using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;
using Airs.Runtime.Reviews;
using Airs.Runtime.Serialization;
using Microsoft.AspNetCore.Http;

namespace Airs.Runtime.AspNetCore.Sidecar;

/// <summary>The types the sidecar writes on every request, with their JSON metadata generated at build time.</summary>
[JsonSerializable(typeof(Decision))]
[JsonSerializable(typeof(ProblemDocument))]
[JsonSerializable(typeof(HealthStatus))]
internal sealed partial class SidecarJsonContext : JsonSerializerContext;

/// <summary>An RFC 9457 problem document, in its members' order.</summary>
internal sealed record ProblemDocument(string Type, string Title, int Status, string Detail, string? CorrelationId);

internal sealed record HealthStatus(string Status);

/// <summary>What <c>/v1/reviews/{id}/status</c> shows the host: a ticket without its summary; the outcome once resolved.</summary>
internal sealed record ReviewTicketStatus(string Id, string Policy, string Review, string DecisionId, ReviewStatus Status,
    DateTimeOffset CreatedAt, DateTimeOffset DueAt, DateTimeOffset? ResolvedAt, Outcome? Outcome);

/// <summary>
/// Writes responses in the one shape every host prints (<see cref="AirsJson"/>: camel case, snake-case enums, no nulls)
/// straight into the response's pipe: no serializer reflection on the decision path, no intermediate buffer.
/// </summary>
internal static class SidecarJson
{
    /// <summary>Generated metadata first; the admin endpoints' rarer shapes fall back to reflection.</summary>
    public static readonly JsonSerializerOptions Options = new(AirsJson.Options)
    {
        TypeInfoResolver = JsonTypeInfoResolver.Combine(SidecarJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };

    public static readonly JsonTypeInfo<Decision> Decision = Info<Decision>();

    public static readonly JsonTypeInfo<ProblemDocument> Problem = Info<ProblemDocument>();

    public static readonly JsonTypeInfo<HealthStatus> Health = Info<HealthStatus>();

    // The writer options are the writer's own: the serializer's encoder does not reach a writer it is handed.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = AirsJson.Options.Encoder };

    // One writer per thread, reset onto each response's pipe: serializing is synchronous, so it is never shared.
    [ThreadStatic]
    private static Utf8JsonWriter? CachedWriter;

    // A decision is written into this thread's buffer first, so the response can say its length: no chunked framing.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? CachedBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? CachedBufferWriter;

    /// <summary>A buffer that grew past this (a decision releasing a long text) is dropped rather than kept by its thread.</summary>
    private const int KeptBufferBytes = 64 * 1024;

    /// <summary>
    /// Writes a decision (<see cref="DecisionJson"/>) with its <c>Content-Length</c>, unflushed: Kestrel sends the
    /// headers and the body together when the request ends.
    /// </summary>
    public static void WriteDecision(HttpContext http, Decision decision)
    {
        var buffer = CachedBuffer ??= new ArrayBufferWriter<byte>(1024);
        var json = CachedBufferWriter ??= new Utf8JsonWriter(buffer, WriterOptions);
        buffer.ResetWrittenCount();
        json.Reset(buffer);
        DecisionJson.Write(json, decision);
        json.Flush();
        var response = http.Response;
        response.ContentType = "application/json";
        response.ContentLength = buffer.WrittenCount;
        response.BodyWriter.Write(buffer.WrittenSpan);
        if (buffer.Capacity > KeptBufferBytes)
        {
            (CachedBuffer, CachedBufferWriter) = (null, null);
        }
    }

    public static Task WriteAsync<T>(HttpContext http, T value, JsonTypeInfo<T> type, string contentType = "application/json")
    {
        var response = http.Response;
        response.ContentType = contentType;
        var pipe = response.BodyWriter;
        var json = CachedWriter ??= new Utf8JsonWriter(pipe, WriterOptions);
        json.Reset(pipe);
        JsonSerializer.Serialize(json, value, type);
        return pipe.FlushAsync(http.RequestAborted).AsTask();
    }

    private static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));
}
