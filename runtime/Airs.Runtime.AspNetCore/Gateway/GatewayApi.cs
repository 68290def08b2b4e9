using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Airs.Runtime.AI.Guarding;
using Airs.Runtime.AspNetCore.Chat;
using Airs.Runtime.AspNetCore.Middleware;
using Airs.Runtime.AspNetCore.Sidecar;
using Airs.Runtime.Engine;
using Airs.Runtime.Reviews;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Airs.Runtime.AspNetCore.Gateway;

/// <summary>
/// The gateway's OpenAI-compatible routes, <c>/v1/chat/completions</c>, <c>/v1/responses</c> and <c>/v1/models</c>, and the app's view of its
/// review tickets (<c>/v1/review_tickets/{id}</c>), served beside the sidecar's own. Every request is checked before it is forwarded and every answer before the client sees it; every
/// failure is answered in OpenAI's error shape (<see cref="GatewayError"/>). The client's credentials are a decision
/// token (when the sidecar has any) and never reach the upstream, which is called with the configured key.
/// </summary>
internal sealed partial class GatewayApi : IDisposable
{
    private readonly GatewayOptions gateway;
    private readonly SidecarOptions options;
    private readonly EngineRegistry engines;
    private readonly ILogger logger;
    private readonly HttpClient upstream;
    private readonly UpstreamSlots slots;
    private readonly Uri baseAddress;
    // The few upstream paths (chat/completions, responses, models), each parsed once rather than per call.
    private readonly ConcurrentDictionary<string, Uri> addresses = new(StringComparer.Ordinal);

    public GatewayApi(GatewayOptions gateway, SidecarOptions options, EngineRegistry engines, ILogger logger)
    {
        this.gateway = gateway;
        this.options = options;
        this.engines = engines;
        this.logger = logger;
        slots = new UpstreamSlots(gateway);
        var text = gateway.Upstream.ToString();
        baseAddress = new Uri(text.EndsWith('/') ? text : text + "/");
        // Redirects are not followed: an upstream would otherwise send the checked request (or a GET) wherever it points,
        // a service on the gateway's own network included, and its answer would be taken for the model's.
        // No HttpClient timeout: each call's deadline (Deadline) bounds its headers and its body, on the sidecar's clock.
        upstream = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2), UseCookies = false, AllowAutoRedirect = false })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    /// <exception cref="SidecarConfigurationException">The upstream is not an http(s) address, or the guarding policy is not served.</exception>
    public void Map(WebApplication app)
    {
        if (!gateway.Upstream.IsAbsoluteUri || gateway.Upstream.Scheme is not ("http" or "https"))
        {
            throw new SidecarConfigurationException($"the upstream `{gateway.Upstream}` is not an http or https address");
        }
        _ = PolicyName(startUp: true);
        app.Map("/v1/chat/completions", http => GuardAsync(http, HttpMethods.Post, h => ForwardAsync(h, ChatCompletionsApi.Instance)));
        app.Map("/v1/responses", http => GuardAsync(http, HttpMethods.Post, h => ForwardAsync(h, ResponsesApi.Instance)));
        app.Map("/v1/models", http => GuardAsync(http, HttpMethods.Get, ModelsAsync));
        app.Map("/v1/review_tickets/{id}", http => GuardAsync(http, HttpMethods.Get, TicketAsync));
    }

    public void Dispose()
    {
        upstream.Dispose();
        slots.Dispose();
    }

    // ---- errors: OpenAI's shape for every failure, never a stack trace -----------------------------

    private async Task GuardAsync(HttpContext http, string method, Func<HttpContext, Task> handle)
    {
        try
        {
            if (!HttpMethods.Equals(http.Request.Method, method))
            {
                http.Response.Headers.Allow = method;
                throw new GatewayError(405, "invalid_request_error", "method_not_allowed", $"`{http.Request.Method}` is not allowed on `{http.Request.Path}`; use `{method}`");
            }
            Authorize(http);
            await handle(http).ConfigureAwait(false);
        }
        catch (GatewayError error) when (!http.Response.HasStarted)
        {
            LogUpstream(error);
            await error.ForClient(gateway.UpstreamKey).WriteAsync(http).ConfigureAwait(false);
        }
        catch (UnreadableAnswerException unreadable) when (!http.Response.HasStarted)
        {
            await GatewayError.Unreadable(unreadable.Message).WriteAsync(http).ConfigureAwait(false);
        }
        catch (ProblemException problem) when (!http.Response.HasStarted)
        {
            await FromStatus(problem.Status, problem.Message).WriteAsync(http).ConfigureAwait(false);
        }
        catch (BadHttpRequestException bad) when (!http.Response.HasStarted)
        {
            var message = bad.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? $"the body is larger than the limit of {options.MaxBodyBytes} bytes"
                : "the request could not be read";
            await FromStatus(bad.StatusCode, message).WriteAsync(http).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away: nobody to answer.
        }
        catch (Exception e)
        {
            var failed = Internal(http, e);
            if (!http.Response.HasStarted)
            {
                await failed.WriteAsync(http).ConfigureAwait(false);
            }
        }
    }

    /// <summary>An unexpected failure: logged with its correlation id, which is all the client learns of it.</summary>
    private GatewayError Internal(HttpContext http, Exception e)
    {
        var correlationId = http.TraceIdentifier;
        logger.LogError(e, "gateway request {Method} {Path} failed; correlation id {CorrelationId}", http.Request.Method, http.Request.Path.Value, correlationId);
        return new GatewayError(500, "server_error", "internal_error", $"the request failed; quote correlation id `{correlationId}` to the operator");
    }

    /// <summary>The operator reads what the upstream said about its failure; the client gets only its code (<see cref="GatewayError.Upstream"/>).</summary>
    private void LogUpstream(GatewayError error)
    {
        if (error.UpstreamMessageForLog(gateway.UpstreamKey) is { } said)
        {
            logger.LogWarning("the upstream's answer failed ({Code}): {UpstreamMessage}", error.Code, said);
        }
    }

    private static GatewayError FromStatus(int status, string message) => status switch
    {
        413 => new GatewayError(413, "invalid_request_error", "request_too_large", message),
        415 => new GatewayError(415, "invalid_request_error", "unsupported_media_type", message),
        404 => new GatewayError(404, "invalid_request_error", "not_found", message),
        _ => new GatewayError(status, "invalid_request_error", "invalid_request", message),
    };

    /// <summary>With decision tokens configured, the client's API key must be one of them (as for the sidecar's decisions).</summary>
    private void Authorize(HttpContext http)
    {
        if (options.DecisionTokens.Count == 0)
        {
            return;
        }
        var header = http.Request.Headers.Authorization.ToString();
        const string Scheme = "Bearer ";
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) || header.Length == Scheme.Length)
        {
            throw new GatewayError(401, "invalid_request_error", "invalid_api_key", "send a decision token as the API key (`Authorization: Bearer <token>`)");
        }
        if (SidecarToken.Match(options.DecisionTokens, header[Scheme.Length..].Trim()) is null)
        {
            throw new GatewayError(401, "invalid_request_error", "invalid_api_key", "the API key is not a decision token of this gateway");
        }
    }

    // ---- /v1/models -----------------------------------------------------------------------------------

    private async Task ModelsAsync(HttpContext http)
    {
        using var slot = await slots.TakeAsync(http.RequestAborted).ConfigureAwait(false);
        using var deadline = Deadline();
        using var request = UpstreamRequest(HttpMethod.Get, "models", content: null);
        using var response = await SendAsync(request, HttpCompletionOption.ResponseHeadersRead, http.RequestAborted, deadline.Token).ConfigureAwait(false);
        var body = await ReadAllAsync(response, http.RequestAborted, deadline.Token).ConfigureAwait(false);
        ThrowIfFailed(response, body);
        // The upstream's list, as the gateway writes it: identifiers and numbers only (UpstreamFields), as for an answer's
        // ids, model and usage. Passed on as it came, it was a body of any text, or none, that no check had read.
        var models = ParseAnswer(body) as JsonObject ?? throw new UnreadableAnswerException("it is not a JSON object");
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(UpstreamFields.Copy(models)!.ToJsonString(ChatJson.Wire), http.RequestAborted).ConfigureAwait(false);
    }

    // ---- /v1/review_tickets/{id} ------------------------------------------------------------------------

    /// <summary>
    /// A review ticket of the gateway's policy as the app may poll it with its own key: its state and due time, never
    /// what the reviewer reads. The app learns whether a person approved; it then sends the request again.
    /// </summary>
    private async Task TicketAsync(HttpContext http)
    {
        var id = http.GetRouteValue("id")?.ToString() ?? "";
        await using var use = Use();
        var ticket = await use.Engine.GetTicketAsync(id, http.RequestAborted).ConfigureAwait(false);
        if (ticket is null || ticket.Policy != use.Engine.Spec.Name)
        {
            throw new GatewayError(404, "invalid_request_error", "not_found", "there is no such review ticket");
        }
        var status = new JsonObject
        {
            ["id"] = ticket.Id,
            ["object"] = "review_ticket",
            ["status"] = ticket.Status.ToKeyword(),
            ["decision_id"] = ticket.DecisionId,
            ["review"] = ticket.Review,
            ["created_at"] = ticket.CreatedAt.ToUnixTimeSeconds(),
            ["due_at"] = ticket.DueAt.ToUnixTimeSeconds(),
            ["resolved_at"] = ticket.Resolution?.At.ToUnixTimeSeconds(),
        };
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(status.ToJsonString(ChatJson.Wire), http.RequestAborted).ConfigureAwait(false);
    }

    // ---- /v1/chat/completions and /v1/responses -------------------------------------------------------

    /// <summary>
    /// One call of an OpenAI API: the request is read strictly and checked (<c>tool_result</c>, <c>input</c>), forwarded as
    /// the client sent it unless something was redacted, and the answer is checked before the client sees it, whole or
    /// streamed. The request's decisions are written before it is forwarded and synced by the answer's durable commit
    /// (docs/gateway.md, "Durability"); nothing leaves before every decision it depends on is durable.
    /// </summary>
    private async Task ForwardAsync(HttpContext http, IOpenAiApi api)
    {
        var body = await RequestBody.ReadJsonBytesAsync(http.Request, options.MaxBodyBytes).ConfigureAwait(false);
        if (!api.TryRead(body, gateway.MaxMessages, gateway.RefuseUnreadMedia, out var root, out var texts, out var unreadable))
        {
            throw new GatewayError(unreadable.Status, "invalid_request_error", unreadable.Status == 413 ? "request_too_large" : "invalid_request", unreadable.Detail);
        }
        UpstreamTools.RequireFunctions(root);
        var length = texts.Sum(t => (long)t.Text.Length);
        if (length > gateway.MaxTextChars)
        {
            throw new GatewayError(413, "invalid_request_error", "request_too_large",
                $"a request may carry at most {gateway.MaxTextChars} characters of text, this one has {length}");
        }
        var identity = Identity(http, root);
        var stream = root["stream"] is JsonValue flag && flag.GetValueKind() == JsonValueKind.True;

        // The upstream call's slot is taken before any decision: a request refused for capacity (503) leaves no record
        // of an input allowed and then never forwarded. It is held until the call has ended, a stream's included.
        using var slot = await slots.TakeAsync(http.RequestAborted).ConfigureAwait(false);
        await using var use = Use();
        var engine = use.Engine;
        // The request's records are only written before it is forwarded: the answer's decision commits durably behind
        // them, which syncs them too, so a call waits for the disk once, not twice. Nothing goes to the client before.
        var commits = new PendingCommits();
        var input = await ChatInputCheck.CheckAsync(engine, texts, identity, commits, AuditDurability.Written, http.RequestAborted).ConfigureAwait(false);
        if (input.Refusal is { } refusal)
        {
            await commits.DurableAsync().ConfigureAwait(false);
            throw GatewayError.Refused(refusal, "The request was refused by policy.");
        }
        if (input.Unwritable is { } redacting)
        {
            await commits.DurableAsync().ConfigureAwait(false);
            throw new GatewayError(403, GatewayError.PolicyType, "blocked",
                "the policy redacted part of a tool or format definition, which then could not be passed on", redacting);
        }

        // Forwarded only once the request's records are written: a killed gateway never leaves a forwarded request
        // unrecorded. (Written is a commit without the disk's sync: tens of microseconds.)
        await commits.WrittenAsync().ConfigureAwait(false);
        var lastUser = api.UserText(root);
        // A token limit counts what the upstream reports; a stream reports it only when asked.
        var clientAskedUsage = !stream || !engine.CountsTokens || api.RequestStreamUsage(root);
        var changed = input.Changed || !clientAskedUsage;
        // The body as the client sent it when nothing was redacted: it is what was checked, and re-writing it costs.
        using var request = UpstreamRequest(HttpMethod.Post, api.UpstreamPath, changed ? JsonSerializer.SerializeToUtf8Bytes(root) : body);
        if (stream)
        {
            var relay = api.Relay(engine, identity, lastUser, gateway.StreamRelease, (text, ct) => WriteEventAsync(http, text, ct), clientAskedUsage);
            await StreamAsync(http, relay, request, commits.DurableAsync(), () => SpendAsync(engine, identity, relay.Usage, streamed: true))
                .ConfigureAwait(false);
            return;
        }
        byte[] payload;
        try
        {
            // The body is read within the limits of UpstreamBody, not buffered by HttpClient (up to 2 GB).
            using var deadline = Deadline();
            using var response = await SendAsync(request, HttpCompletionOption.ResponseHeadersRead, http.RequestAborted, deadline.Token).ConfigureAwait(false);
            var answerBody = await ReadAllAsync(response, http.RequestAborted, deadline.Token).ConfigureAwait(false);
            ThrowIfFailed(response, answerBody);
            var answer = ParseAnswer(answerBody);
            // Counted before the answer is checked: its tokens are spent even if the policy refuses it.
            await SpendAsync(engine, identity, answer?["usage"], streamed: false).ConfigureAwait(false);
            var checkedAnswer = await api.CheckAsync(engine, answer, lastUser, identity, commits, http.RequestAborted)
                .ConfigureAwait(false);
            payload = JsonSerializer.SerializeToUtf8Bytes(checkedAnswer, ChatJson.Wire);
        }
        finally
        {
            // The answer's decisions commit while it is checked, and sync the request's written ones; nothing (answer,
            // refusal or upstream error) leaves before all of them are durable.
            await commits.DurableAsync().ConfigureAwait(false);
        }
        http.Response.ContentType = "application/json";
        http.Response.ContentLength = payload.Length;
        await http.Response.Body.WriteAsync(payload, http.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>
    /// Counts the tokens the upstream reported for an answer (<c>usage.total_tokens</c>: prompt and completion, what
    /// <c>output.tokens</c> means) against the policy's token and cost limits. Without this the gateway, the one host that
    /// sees the usage, would report none, and a policy's token limit would never be reached. A whole answer without a
    /// usage is not passed on (502); a streamed one has gone out already, so that is logged.
    /// </summary>
    private async Task SpendAsync(PolicyEngine engine, AirsIdentity identity, JsonNode? usage, bool streamed)
    {
        if (!engine.CountsTokens)
        {
            return;
        }
        if (TokenUsage.Of(usage) is not { } tokens)
        {
            if (!streamed)
            {
                throw new GatewayError(502, "upstream_error", "upstream_usage_missing",
                    "the upstream's answer reports no `usage.total_tokens`, which the policy's token limit counts");
            }
            logger.LogWarning("a streamed answer ended without the upstream's usage: its tokens are not counted against the policy's token limits");
            return;
        }
        await TokenUsage.SpendAsync(engine, identity, tokens).ConfigureAwait(false);
    }

    private static JsonNode? ParseAnswer(byte[] body) => UpstreamJson.Parse(body, "it");

    /// <summary>
    /// Who the request is for, from the configured headers only (and the body's <c>user</c> when so configured); the
    /// client's text is never trusted otherwise.
    /// </summary>
    private AirsIdentity Identity(HttpContext http, JsonObject root)
    {
        var user = Header(http, gateway.UserHeader);
        if (user.Length == 0 && gateway.UserFromBody && root["user"] is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            var fromBody = value.GetValue<string>();
            user = IsPlain(fromBody) ? fromBody : throw NotPlain("`user`");
        }
        return new AirsIdentity(UserId: user, SessionId: Header(http, gateway.SessionHeader), AgentId: Header(http, gateway.AgentHeader));
    }

    private static string Header(HttpContext http, string? name)
    {
        if (name is null)
        {
            return "";
        }
        // The message is built only for a refusal: this runs for each configured header on every call.
        var values = http.Request.Headers[name];
        var value = values.ToString();
        if (values.Count > 1 || value.Contains(','))
        {
            // Two field lines, or one with a comma (HTTP's way of joining them), would be read as one identity nobody
            // sent ("u-1,u-2": fresh limit and breaker keys at will), and which one a proxy meant is not ours to guess.
            throw GatewayError.BadRequest($"the header `{name}` must carry one value, sent once, without a comma");
        }
        return IsPlain(value) ? value : throw NotPlain($"the header `{name}`");
    }

    /// <summary>At most 256 characters, none of them a control character (what <see cref="char.IsControl(char)"/> says).</summary>
    private static bool IsPlain(string value) =>
        value.Length <= 256 && !value.AsSpan().ContainsAnyInRange('\u0000', '\u001f') && !value.AsSpan().ContainsAnyInRange('\u007f', '\u009f');

    private static GatewayError NotPlain(string what) =>
        GatewayError.BadRequest($"{what} must be at most 256 characters without control characters");

    // ---- upstream -------------------------------------------------------------------------------------

    private HttpRequestMessage UpstreamRequest(HttpMethod method, string path, byte[]? content)
    {
        var request = new HttpRequestMessage(method, addresses.GetOrAdd(path, static (p, b) => new Uri(b, p), baseAddress));
        if (content is not null)
        {
            request.Content = new ByteArrayContent(content);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }
        if (gateway.UpstreamKey is { Length: > 0 } key)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }
        return request;
    }

    /// <summary>
    /// Calls the upstream while the request's decisions are made durable, and returns once both are done: the upstream
    /// call overlaps the audit commit, and nothing reaches the client before the decisions that let it through are durable.
    /// </summary>
    private async Task<HttpResponseMessage> SendWhileCommittingAsync(HttpRequestMessage request, HttpCompletionOption completion, Task committed,
        CancellationToken cancellationToken, CancellationToken deadline)
    {
        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var sending = SendAsync(request, completion, abandon.Token, deadline);
        try
        {
            await committed.ConfigureAwait(false);
        }
        catch
        {
            // Not recorded, so nothing may go out: the upstream call is cancelled, and awaited so that it ends within
            // the request's slot (UpstreamSlots) rather than run on uncounted.
            await abandon.CancelAsync().ConfigureAwait(false);
            await DropAsync(sending).ConfigureAwait(false);
            throw;
        }
        return await sending.ConfigureAwait(false);
    }

    private static async Task DropAsync(Task<HttpResponseMessage> sending)
    {
        try
        {
            (await sending.ConfigureAwait(false)).Dispose();
        }
        catch (Exception e) when (e is GatewayError or OperationCanceledException or HttpRequestException)
        {
            // The request has failed already; its upstream call does not matter any more.
        }
    }

    /// <summary>A call's deadline, <see cref="GatewayOptions.UpstreamTimeout"/> from now on the sidecar's clock: it bounds the headers and the body.</summary>
    private CancellationTokenSource Deadline() => new(gateway.UpstreamTimeout, options.TimeProvider);

    /// <param name="aborted">The client went away (or the call was abandoned): no upstream's fault.</param>
    /// <param name="deadline">Cancelled when the call's time is up: a 504.</param>
    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, HttpCompletionOption completion, CancellationToken aborted,
        CancellationToken deadline)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(aborted, deadline);
        try
        {
            return await upstream.SendAsync(request, completion, either.Token).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            // The message names the host and the socket error, never the request's headers (the upstream key).
            logger.LogWarning("the upstream {Upstream} could not be reached: {Reason}", gateway.Upstream, e.Message);
            throw new GatewayError(502, "upstream_error", "upstream_unreachable", "the upstream could not be reached");
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !aborted.IsCancellationRequested)
        {
            throw UpstreamBody.TimedOut(gateway.UpstreamTimeout);
        }
    }

    /// <summary>An upstream answer's whole body, within the gateway's size limit and the call's <paramref name="deadline"/>.</summary>
    /// <exception cref="GatewayError">Too large, too late (<see cref="UpstreamBody"/>), or broken off.</exception>
    private async Task<byte[]> ReadAllAsync(HttpResponseMessage response, CancellationToken aborted, CancellationToken deadline)
    {
        try
        {
            return await UpstreamBody.ReadAllAsync(response, gateway.MaxAnswerBytes, gateway.UpstreamTimeout, aborted, deadline).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or HttpRequestException && !aborted.IsCancellationRequested)
        {
            // The body is read after SendAsync (ResponseHeadersRead), so its breaking off is not SendAsync's 502 any more.
            logger.LogWarning("the upstream's answer broke off: {Reason}", e.Message);
            throw new GatewayError(502, "upstream_error", "upstream_failed", "the upstream's answer broke off");
        }
    }

    /// <summary>
    /// An upstream failure goes to the client with its status and error code (a wrong model, a rate limit), its message
    /// to the operator's log (<see cref="GatewayError.Upstream"/>), except a refused upstream key, which is the operator's
    /// problem and becomes a 502.
    /// </summary>
    private void ThrowIfFailed(HttpResponseMessage response, byte[] body)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }
        var status = (int)response.StatusCode;
        if (status is 401 or 403)
        {
            logger.LogWarning("the upstream refused the gateway's key ({Status})", status);
            throw new GatewayError(502, "upstream_error", "upstream_auth_failed", "the upstream refused the gateway's credentials; tell the operator");
        }
        JsonNode? error;
        try
        {
            // Read as strictly as an answer: a key twice made the default reader throw an ArgumentException here (a 500).
            error = (UpstreamJson.Parse(body, "its error") as JsonObject)?["error"];
        }
        catch (UnreadableAnswerException)
        {
            error = null;
        }
        // A redirect (not followed) is no answer and no fault of the client's: a 502, as a server error is.
        var failed = status is >= 500 or < 400;
        throw GatewayError.Upstream(failed ? 502 : status, failed ? "upstream_failed" : "upstream_rejected", $"the upstream answered {status}", error);
    }

    private string PolicyName(bool startUp)
    {
        if (gateway.Policy is { } named)
        {
            return !startUp || engines.Policies.Contains(named)
                ? named
                : throw new SidecarConfigurationException($"the gateway's policy `{named}` is not served; serve its bundle or name another with `--policy`");
        }
        var policies = engines.Policies;
        if (policies.Count == 1)
        {
            return policies.First();
        }
        return startUp
            ? throw new SidecarConfigurationException($"several policies are served ({string.Join(", ", policies.Select(p => $"`{p}`"))}); name the gateway's with `--policy`")
            : throw new GatewayError(503, "server_error", "policy_unavailable", "the gateway's policy is not loaded");
    }

    private EngineUse Use() =>
        engines.TryUse(PolicyName(startUp: false), out var use)
            ? use
            : throw new GatewayError(503, "server_error", "policy_unavailable", "the gateway's policy is not loaded");
}
