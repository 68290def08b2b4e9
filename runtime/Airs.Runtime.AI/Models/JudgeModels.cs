using System.Collections.Frozen;
using System.Diagnostics;
using System.Text.Json;
using Airs.Runtime.Judges;
using Microsoft.Extensions.AI;

namespace Airs.Runtime.AI.Models;

/// <summary>
/// The judge models of a models file (<c>airs serve --models models.json</c>), each an
/// <see cref="OpenAiCompatibleChatClient"/>. The file is checked against <c>docs/schemas/models.schema.json</c>
/// (embedded in this assembly); API keys come from the environment variables it names and are never
/// written anywhere else: not to logs, not to errors, not to the readiness report.
/// </summary>
public sealed class JudgeModels : IJudgeClientProvider, IDisposable
{
    private const string SchemaResource = "Airs.Runtime.AI.models.schema.json";

    private readonly FrozenDictionary<string, (JudgeModel Model, OpenAiCompatibleChatClient Client)> models;
    private readonly HttpClient http;

    private JudgeModels(IEnumerable<(JudgeModel, string?)> entries, HttpClient http)
    {
        this.http = http;
        models = entries.ToFrozenDictionary(e => e.Item1.Name, e => (e.Item1, Client(e.Item1, e.Item2, http)), StringComparer.Ordinal);
    }

    /// <summary>The models, by name.</summary>
    public IReadOnlyList<JudgeModel> All => [.. models.Values.Select(m => m.Model).OrderBy(m => m.Name, StringComparer.Ordinal)];

    /// <summary>The schema the file is checked against (the text of <c>docs/schemas/models.schema.json</c>).</summary>
    public static string SchemaText
    {
        get
        {
            using var stream = typeof(JudgeModels).Assembly.GetManifestResourceStream(SchemaResource)
                ?? throw new InvalidOperationException($"the resource `{SchemaResource}` is missing");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    /// <summary>Reads and checks a models file, and reads each model's API key from the environment.</summary>
    /// <param name="environment">Reads an environment variable (<see cref="Environment.GetEnvironmentVariable(string)"/> by default).</param>
    /// <exception cref="ModelsFileException">The file is missing, not JSON, breaks the schema, or names an unset variable.</exception>
    public static JudgeModels Load(string path, Func<string, string?>? environment = null, HttpClient? httpClient = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        environment ??= Environment.GetEnvironmentVariable;
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Error(path, "$", e is FileNotFoundException or DirectoryNotFoundException ? "the file does not exist" : "the file cannot be read");
        }
        return Parse(text, path, environment, httpClient);
    }

    /// <summary>Checks models-file text (<paramref name="path"/> only names it in errors).</summary>
    public static JudgeModels Parse(string text, string path, Func<string, string?> environment, HttpClient? httpClient = null)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            throw Error(path, "$", $"not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})");
        }
        using (document)
        {
            using var schema = JsonDocument.Parse(SchemaText);
            var errors = new SchemaValidator(schema.RootElement).Validate(document.RootElement)
                .Select(e => new ModelsFileError(path, e.Path, Explain(e.Path, e.Message)))
                .ToList();
            if (errors.Count > 0)
            {
                throw new ModelsFileException(errors);
            }

            var entries = new List<(JudgeModel, string?)>();
            foreach (var entry in document.RootElement.GetProperty("models").EnumerateObject())
            {
                var at = $"$.models.{entry.Name}";
                var endpoint = entry.Value.GetProperty("endpoint").GetString()!;
                if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri))
                {
                    errors.Add(new(path, at + ".endpoint", "is not an absolute http or https URL"));
                    continue;
                }
                var keyEnv = entry.Value.TryGetProperty("apiKeyEnv", out var env) ? env.GetString() : null;
                var key = keyEnv is null ? null : environment(keyEnv);
                if (keyEnv is not null && string.IsNullOrEmpty(key))
                {
                    errors.Add(new(path, at + ".apiKeyEnv", $"the environment variable `{keyEnv}` is not set"));
                    continue;
                }
                var provider = entry.Value.TryGetProperty("provider", out var p) ? p.GetString()! : "openai";
                entries.Add((new JudgeModel(entry.Name, uri, entry.Value.GetProperty("model").GetString()!, keyEnv, provider), key));
            }
            if (errors.Count > 0)
            {
                throw new ModelsFileException(errors);
            }
            return new JudgeModels(entries, httpClient ?? new HttpClient { Timeout = Timeout.InfiniteTimeSpan });
        }
    }

    public IChatClient? GetClient(string model) => models.TryGetValue(model, out var entry) ? entry.Client : null;

    /// <summary>
    /// Asks the model's endpoint for <c>GET {endpoint}/models</c> (no tokens spent) within <paramref name="timeout"/>.
    /// Never throws but for the caller's cancellation; the error is the HTTP status or the kind of network failure.
    /// </summary>
    public async Task<JudgeModelProbe> ProbeAsync(string name, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        if (!models.TryGetValue(name, out var entry))
        {
            return new JudgeModelProbe(name, false, null, "not configured");
        }
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await entry.Client.ProbeAsync(limit.Token).ConfigureAwait(false);
            return new JudgeModelProbe(name, true, Stopwatch.GetElapsedTime(started).TotalMilliseconds, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new JudgeModelProbe(name, false, null, $"no answer within {timeout.TotalMilliseconds:0}ms");
        }
        catch (HttpRequestException e)
        {
            // The status or the kind of failure only: readiness is public, and a server's own error text can quote
            // part of the key ("Incorrect API key provided: sk-ab…yz") or name internal addresses.
            return new JudgeModelProbe(name, false, null, e.StatusCode is { } status
                ? $"HTTP {(int)status} ({status})"
                : $"unreachable: {JsonNamingPolicy.SnakeCaseLower.ConvertName(e.HttpRequestError.ToString())}");
        }
    }

    public void Dispose()
    {
        foreach (var (_, client) in models.Values)
        {
            client.Dispose();
        }
        http.Dispose();
    }

    private static OpenAiCompatibleChatClient Client(JudgeModel model, string? key, HttpClient http) =>
        new(new OpenAiCompatibleOptions { BaseUrl = model.Endpoint, DefaultModel = model.Model, ApiKey = key, ProviderName = model.Provider }, http);

    private static string Explain(string path, string message) =>
        path.EndsWith(".apiKey", StringComparison.OrdinalIgnoreCase) && message.StartsWith("is not a known property", StringComparison.Ordinal)
            ? "an API key never goes in this file: put it in an environment variable and name that variable in `apiKeyEnv`"
            : message;

    private static ModelsFileException Error(string path, string at, string message) => new([new ModelsFileError(path, at, message)]);
}

/// <summary>What a readiness probe of one judge model found.</summary>
/// <param name="LatencyMs">How long the endpoint took to answer, when it did.</param>
/// <param name="Error">Why it is not reachable, in one line (never the key).</param>
public sealed record JudgeModelProbe(string Model, bool Reachable, double? LatencyMs, string? Error);
