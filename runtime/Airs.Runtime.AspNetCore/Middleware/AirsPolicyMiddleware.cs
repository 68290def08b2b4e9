using System.Text.Json;
using Airs.Runtime.AI.Guarding;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;
using Airs.Runtime.Reviews;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Airs.Runtime.AspNetCore.Middleware;

/// <summary>
/// Checks chat requests on the guarded routes before the endpoint sees them (<see cref="ChatInputCheck"/>, as the
/// gateway does): every text as <c>input</c>, in one decision per request, and tool messages also as
/// <c>tool_result</c>, in one decision per tool.
/// Refused by the policy (block, halt, escalate): 403 problem+json with the policy's message — the request was
/// understood and is not allowed, which is what 403 says. Not understood (not JSON, an unknown property, part type
/// or role, a duplicate key): 400. Too large (bytes, messages or text): 413. Allowed: the endpoint reads the body as
/// sent, or with the policy's redactions applied. The endpoint's answer is checked as <c>output</c>, and the tool calls
/// it proposes as <c>tool_call</c> (<see cref="ResponseGuard"/>). An escalation's problem carries the review ticket.
/// </summary>
internal sealed class AirsPolicyMiddleware(RequestDelegate next, AirsMiddlewareOptions options, ILogger logger)
{
    public const string RefusedType = "https://airspolicy.dev/problems/refused-by-policy";
    public const string UnreadableType = "https://airspolicy.dev/problems/unreadable-chat-request";

    // Copied once: changing the options after start-up does not change what is guarded.
    private readonly PathString[] paths = [.. options.Paths];

    public async Task InvokeAsync(HttpContext http)
    {
        if (await TryTicketAsync(http))
        {
            return;
        }
        if (!IsGuarded(http.Request.Path))
        {
            await next(http);
            return;
        }

        var body = await ReadBodyAsync(http.Request, options.MaxBodyBytes, http.RequestAborted);
        if (body is null)
        {
            await ProblemAsync(http, StatusCodes.Status413PayloadTooLarge, UnreadableType, "request too large",
                $"the body is larger than {options.MaxBodyBytes} bytes", null);
            return;
        }
        if (!ChatRequestBody.TryRead(body, options.MaxMessages, out var root, out var texts, out var unreadable,
                refusesMedia: options.RefuseUnreadMedia))
        {
            await ProblemAsync(http, unreadable.Status, UnreadableType, unreadable.Title, unreadable.Detail, null);
            return;
        }
        var length = texts.Sum(t => (long)t.Text.Length);
        if (length > options.MaxTextChars)
        {
            await ProblemAsync(http, StatusCodes.Status413PayloadTooLarge, UnreadableType, "too much text",
                $"a request may carry at most {options.MaxTextChars} characters of text, this one has {length}", null);
            return;
        }

        var engine = EngineFor(http);
        var identity = new AirsIdentity(UserId: options.UserIdFrom?.Invoke(http) ?? "", SessionId: options.SessionIdFrom?.Invoke(http) ?? "");
        var commits = new PendingCommits();
        var input = await ChatInputCheck.CheckAsync(engine, texts, identity, commits, AuditDurability.Durable, http.RequestAborted);
        await commits.DurableAsync(); // the endpoint acts on the request, and may answer at once: the decisions are durable first
        if (input.Refusal is { } refusal)
        {
            await ProblemAsync(http, RefusalStatus(refusal), RefusedType, RefusalTitle(refusal),
                refusal.Message ?? (refusal.Outcome == Outcome.Escalate ? "this request needs a person's review" : "the request was refused by policy"),
                refusal);
            return;
        }
        if (input.Unwritable is { } redacting)
        {
            await ProblemAsync(http, StatusCodes.Status403Forbidden, RefusedType, "refused by policy",
                "the policy redacted part of a tool or format definition, which then could not be passed on", redacting);
            return;
        }

        var forward = input.Changed ? JsonSerializer.SerializeToUtf8Bytes(root) : body;
        http.Request.Body = new MemoryStream(forward, writable: false);
        http.Request.ContentLength = forward.Length;
        if (!options.CheckResponses)
        {
            await next(http);
            return;
        }

        // The answer is checked as output, against the user's message as released (what the endpoint read).
        var original = http.Response.Body;
        var guard = new ResponseGuard(http, original, engine, identity, ChatRequestBody.UserText(root), options, logger);
        http.Response.Body = guard;
        try
        {
            await next(http);
            await http.Response.BodyWriter.FlushAsync(http.RequestAborted); // text the endpoint wrote through the pipe
            await guard.CompleteAsync(http.RequestAborted);
        }
        finally
        {
            http.Response.Body = original;
        }
    }

    internal static string RefusalDetail(Decision decision) =>
        decision.Message ?? (decision.Outcome == Outcome.Escalate ? "this answer needs a person's review" : "the answer was refused by policy");

    private bool IsGuarded(PathString path) => paths.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));

    private PolicyEngine EngineFor(HttpContext http) => options.Engine ?? http.RequestServices.GetRequiredService<PolicyEngine>();

    /// <summary>
    /// <c>GET {ReviewStatusPath}/{id}</c>: a review ticket as the app may poll it, its state and due time, never what
    /// the reviewer reads; served only when the host configures the path (behind its own authentication).
    /// </summary>
    private async Task<bool> TryTicketAsync(HttpContext http)
    {
        if (!options.ReviewStatusPath.HasValue || !HttpMethods.IsGet(http.Request.Method)
            || !http.Request.Path.StartsWithSegments(options.ReviewStatusPath, StringComparison.OrdinalIgnoreCase, out var rest)
            || rest.Value is not { Length: > 1 } tail || tail.IndexOf('/', 1) >= 0)
        {
            return false;
        }
        var engine = EngineFor(http);
        var ticket = await engine.GetTicketAsync(tail[1..], http.RequestAborted);
        if (ticket is null || ticket.Policy != engine.Spec.Name)
        {
            await ProblemAsync(http, StatusCodes.Status404NotFound, "https://airspolicy.dev/problems/not-found", "not found", "there is no such review ticket", null);
            return true;
        }
        http.Response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(http.Response.Body, new Dictionary<string, object?>
        {
            ["id"] = ticket.Id,
            ["status"] = ticket.Status.ToKeyword(),
            ["decisionId"] = ticket.DecisionId,
            ["review"] = ticket.Review,
            ["createdAt"] = ticket.CreatedAt,
            ["dueAt"] = ticket.DueAt,
            ["resolvedAt"] = ticket.Resolution?.At,
        }, cancellationToken: http.RequestAborted);
        return true;
    }

    /// <returns>The whole body, or null when it is longer than <paramref name="limit"/>.</returns>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>403 for a refusal; 429 when a limit refused it, so clients wait <c>Retry-After</c> and try again.</summary>
    internal static int RefusalStatus(Decision decision) =>
        decision.RetryAfter is not null && decision.Outcome == Outcome.Block ? StatusCodes.Status429TooManyRequests : StatusCodes.Status403Forbidden;

    internal static string RefusalTitle(Decision decision) => RefusalStatus(decision) == StatusCodes.Status429TooManyRequests ? "too many requests" : "refused by policy";

    private Task ProblemAsync(HttpContext http, int status, string type, string title, string detail, Decision? decision) =>
        ProblemAsync(http, http.Response.Body, status, type, title, detail, decision, options, http.RequestAborted);

    internal static async Task ProblemAsync(HttpContext http, Stream body, int status, string type, string title, string detail, Decision? decision,
        AirsMiddlewareOptions options, CancellationToken cancellationToken)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/problem+json";
        var problem = new Dictionary<string, object?>
        {
            ["type"] = type,
            ["title"] = title,
            ["status"] = status,
            ["detail"] = detail,
        };
        if (decision is not null)
        {
            problem["decisionId"] = decision.Id;
            problem["outcome"] = decision.Outcome.ToKeyword();
            if (decision.ReviewTicketId is { } ticket)
            {
                problem["reviewTicketId"] = ticket;
                problem["reviewTicketUrl"] = options.TicketUrl(ticket);
            }
            if (decision.RetryAfterSeconds is { } seconds)
            {
                problem["retryAfter"] = seconds;
                http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        await JsonSerializer.SerializeAsync(body, problem, cancellationToken: cancellationToken);
    }
}
