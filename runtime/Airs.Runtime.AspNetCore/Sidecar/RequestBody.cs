using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;

namespace Airs.Runtime.AspNetCore.Sidecar;

/// <summary>Reads a JSON request body within the size limit; every refusal is a <see cref="ProblemException"/>.</summary>
internal static class RequestBody
{
    public static async Task<string> ReadJsonTextAsync(HttpRequest request, long maxBytes) =>
        Encoding.UTF8.GetString(await ReadJsonBytesAsync(request, maxBytes).ConfigureAwait(false));

    /// <summary>The body's bytes once they are known to be valid UTF-8 and strict JSON (<see cref="StrictJson"/>).</summary>
    public static async Task<byte[]> ReadJsonBytesAsync(HttpRequest request, long maxBytes)
    {
        CheckHeaders(request, maxBytes);
        // Read in place from Kestrel's buffers and copied once into a body-sized array: no chunk array, no stream, no text.
        var reader = request.BodyReader;
        byte[] body;
        while (true)
        {
            var read = await reader.ReadAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
            if (read.Buffer.Length > maxBytes)
            {
                throw TooLarge(maxBytes);
            }
            if (read.IsCompleted)
            {
                body = read.Buffer.ToArray();
                reader.AdvanceTo(read.Buffer.End);
                break;
            }
            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }
        if (!Utf8.IsValid(body))
        {
            throw ProblemException.BadRequest("the body is not valid UTF-8");
        }
        StrictJson.Check(body);
        return body;
    }

    /// <summary>415 unless the body is JSON; 413 when it says it is larger than the limit.</summary>
    public static void CheckHeaders(HttpRequest request, long maxBytes)
    {
        if (!IsJson(request.ContentType))
        {
            throw new ProblemException(415, "Unsupported media type",
                request.ContentType is null ? "send the body as `application/json`" : $"`{request.ContentType}` is not supported; send `application/json`");
        }
        if (request.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }
    }

    /// <summary>Reads a JSON object body (admin requests) and checks it is an object.</summary>
    public static async Task<JsonElement> ReadObjectAsync(HttpRequest request, long maxBytes)
    {
        var text = await ReadJsonTextAsync(request, maxBytes).ConfigureAwait(false);
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(text);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw ProblemException.BadRequest($"the body is not valid JSON: {FirstLine(e.Message)}");
        }
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw ProblemException.BadRequest("the body must be a JSON object");
        }
        return root;
    }

    /// <summary>A required, non-empty string property of an admin request.</summary>
    public static string RequiredString(JsonElement body, string name)
    {
        if (!body.TryGetProperty(name, out var value))
        {
            throw ProblemException.BadRequest($"`{name}` is required");
        }
        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            throw ProblemException.BadRequest($"`{name}` must be a non-empty string");
        }
        var text = value.GetString()!;
        // Stored as text: PostgreSQL keeps no NUL there, and would fail the request as a store error (500).
        return text.Contains('\0', StringComparison.Ordinal)
            ? throw ProblemException.BadRequest($"`{name}` must not contain a NUL character")
            : text;
    }

    /// <summary>An optional display name: a non-empty string of at most 128 characters without control characters.</summary>
    public static string DisplayName(JsonElement body, string name)
    {
        var value = RequiredString(body, name);
        return value.Length <= 128 && !value.Any(char.IsControl)
            ? value
            : throw ProblemException.BadRequest($"`{name}` must be at most 128 characters without control characters");
    }

    private static bool IsJson(string? contentType)
    {
        if (contentType is null)
        {
            return false;
        }
        var mediaType = contentType.Split(';', 2)[0].Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (mediaType.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
    }

    public static ProblemException TooLarge(long maxBytes) =>
        new(413, "Content too large", $"the body is larger than the limit of {maxBytes} bytes");

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim().TrimEnd('.');
}
