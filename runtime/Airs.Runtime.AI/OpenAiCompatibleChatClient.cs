using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.AI;

namespace Airs.Runtime.AI;

/// <summary>
/// An <see cref="IChatClient"/> for any OpenAI-compatible <c>POST {baseUrl}/chat/completions</c> endpoint.
/// Text messages only (judges need nothing else). Failures throw <see cref="OpenAiCompatibleException"/>
/// with a one-line message; cancellation throws <see cref="OperationCanceledException"/>.
/// </summary>
public sealed class OpenAiCompatibleChatClient : IChatClient
{
    private const int MaxErrorBodyBytes = 64 * 1024;

    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly OpenAiCompatibleOptions _options;
    private readonly Uri _endpoint;
    private readonly Uri _probe;
    private readonly ChatClientMetadata _metadata;

    /// <param name="httpClient">Shared client (from IHttpClientFactory, say); one is created and owned when null.</param>
    public OpenAiCompatibleChatClient(OpenAiCompatibleOptions options, HttpClient? httpClient = null)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _ownsHttp = httpClient is null;
        _http = httpClient ?? new HttpClient();
        _endpoint = new Uri(options.BaseUrl.ToString().TrimEnd('/') + "/chat/completions");
        _probe = new Uri(options.BaseUrl.ToString().TrimEnd('/') + "/models");
        _metadata = new ChatClientMetadata(options.ProviderName, options.BaseUrl, options.DefaultModel);
    }

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        using var request = CreateRequest(messages, options, stream: false);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        await ThrowIfFailedAsync(response, "chat completion", cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return ChatCompletionReader.ReadResponse(body);
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var request = CreateRequest(messages, options, stream: true);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        await ThrowIfFailedAsync(response, "chat completion", cancellationToken).ConfigureAwait(false);
        using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            // SSE: only `data:` lines matter; comments (`:`), `event:`, `id:` and blank separators are skipped.
            if (!line.StartsWith("data:", StringComparison.Ordinal))
            {
                continue;
            }
            var data = line.AsSpan(5).Trim();
            if (data.SequenceEqual("[DONE]"))
            {
                yield break;
            }
            if (ChatCompletionReader.ReadStreamChunk(data) is { } update)
            {
                yield return update;
            }
        }
        throw new OpenAiCompatibleException("chat completion stream ended before `[DONE]`");
    }

    /// <summary>
    /// <c>GET {baseUrl}/models</c>: whether the endpoint answers and accepts the key, without spending tokens.
    /// Throws <see cref="OpenAiCompatibleException"/> on a refusal, <see cref="HttpRequestException"/> when unreachable.
    /// </summary>
    public async Task ProbeAsync(CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _probe);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (!string.IsNullOrEmpty(_options.ApiKey))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.ApiKey);
        }
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        await ThrowIfFailedAsync(response, "model list", cancellationToken).ConfigureAwait(false);
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(ChatClientMetadata) ? _metadata
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    private HttpRequestMessage CreateRequest(IEnumerable<ChatMessage> messages, ChatOptions? options, bool stream)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var request = new HttpRequestMessage(HttpMethod.Post, _endpoint)
        {
            Content = new ByteArrayContent(ChatCompletionWriter.Write(messages, options, _options.DefaultModel, stream)),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(stream ? "text/event-stream" : "application/json"));
        if (!string.IsNullOrEmpty(_options.ApiKey))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.ApiKey);
        }
        return request;
    }

    private async Task ThrowIfFailedAsync(HttpResponseMessage response, string what, CancellationToken ct)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }
        string? serverMessage = null;
        try
        {
            using var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
            var buffer = new byte[MaxErrorBodyBytes];
            var read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, ct).ConfigureAwait(false);
            serverMessage = ChatCompletionReader.ReadErrorMessage(buffer.AsSpan(0, read));
            // The message ends up in findings and the audit log: a server that echoes its request's credentials must not put the key there.
            if (serverMessage is not null && _options.ApiKey is { Length: > 0 } key)
            {
                serverMessage = serverMessage.Replace(key, "[api key]", StringComparison.Ordinal);
            }
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            // the status alone still says what went wrong
        }
        var status = $"HTTP {(int)response.StatusCode}" + (response.ReasonPhrase is { Length: > 0 } phrase ? $" ({phrase})" : "");
        throw new OpenAiCompatibleException(
            serverMessage is null ? $"{what} failed: {status}" : $"{what} failed: {status}: {serverMessage}",
            response.StatusCode);
    }
}
