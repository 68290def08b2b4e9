using System.Collections.Frozen;
using System.Text.Json;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Airs.Runtime.AspNetCore.Middleware;

/// <summary>
/// Checks chat requests on the guarded routes before the endpoint sees them: every text as <c>input</c>, in one
/// decision per request, and tool messages also as <c>tool_result</c>, in one decision per tool.
/// Refused by the policy (block, halt, escalate): 403 problem+json with the policy's message — the request was
/// understood and is not allowed, which is what 403 says. Not understood (not JSON, an unknown property, part type
/// or role, a duplicate key): 400. Too large (bytes, messages or text): 413. Allowed: the endpoint reads the body as
/// sent, or with the policy's redactions applied. The endpoint's answer is checked as <c>output</c> (<see cref="ResponseGuard"/>).
/// </summary>
internal sealed class AirsPolicyMiddleware(RequestDelegate next, AirsMiddlewareOptions options)
{
    public const string RefusedType = "https://airspolicy.dev/problems/refused-by-policy";
    public const string UnreadableType = "https://airspolicy.dev/problems/unreadable-chat-request";

    // Copied once: changing the options after start-up does not change what is guarded.
    private readonly PathString[] paths = [.. options.Paths];

    public async Task InvokeAsync(HttpContext http)
    {
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
        if (!ChatRequestBody.TryRead(body, options.MaxMessages, out var root, out var texts, out var unreadable))
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

        var engine = options.Engine ?? http.RequestServices.GetRequiredService<PolicyEngine>();
        var userId = options.UserIdFrom?.Invoke(http) ?? "";
        var sessionId = options.SessionIdFrom?.Invoke(http) ?? "";
        var released = texts.Select(t => t.Text).ToArray();

        // One decision per stage, not per text: the tool messages' texts as tool_result, once per tool, then every
        // text as input (a tool message too: the caller wrote it, so the caller must not pick a weaker stage).
        var batches = Enumerable.Range(0, texts.Count).Where(i => texts[i].FromTool).GroupBy(i => texts[i].ToolName, StringComparer.Ordinal)
            .Select(g => (Stage: Stage.ToolResult, ToolName: g.Key, Members: g.ToArray())).ToList();
        batches.Add((Stage.Input, "", [.. Enumerable.Range(0, texts.Count)]));
        foreach (var (stage, toolName, members) in batches)
        {
            if (members.Length == 0)
            {
                continue;
            }
            var batch = new TextBatch(members.Select(i => released[i]), "\n\n");
            var decision = await engine.DecideAsync(stage, Context(stage, batch.Text, toolName, userId, sessionId), http.RequestAborted);
            if (!decision.IsReleased)
            {
                await ProblemAsync(http, RefusalStatus(decision), RefusedType, RefusalTitle(decision),
                    decision.Message ?? (decision.Outcome == Outcome.Escalate ? "this request needs a person's review" : "the request was refused by policy"),
                    decision);
                return;
            }
            var pieces = batch.Released(decision);
            for (var i = 0; i < members.Length; i++)
            {
                released[members[i]] = pieces[i];
            }
        }

        var changed = false;
        for (var i = 0; i < texts.Count; i++)
        {
            if (released[i] == texts[i].Text)
            {
                continue;
            }
            if (!texts[i].Write(released[i]))
            {
                await ProblemAsync(http, StatusCodes.Status403Forbidden, RefusedType, "refused by policy",
                    "the policy redacted part of a tool or format definition, which then could not be passed on", null);
                return;
            }
            changed = true;
        }

        var forward = changed ? JsonSerializer.SerializeToUtf8Bytes(root) : body;
        http.Request.Body = new MemoryStream(forward, writable: false);
        http.Request.ContentLength = forward.Length;
        if (!options.CheckResponses)
        {
            await next(http);
            return;
        }

        // The answer is checked as output, against the input as released (what the endpoint read).
        var original = http.Response.Body;
        var context = Context(Stage.Input, string.Join("\n\n", released), "", userId, sessionId);
        var guard = new ResponseGuard(http, original, engine, context, options.Streaming);
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

    private static RequestContext Context(Stage stage, string text, string toolName, string userId, string sessionId)
    {
        var present = new HashSet<ContextField> { stage == Stage.ToolResult ? ContextField.ToolResult : ContextField.InputText };
        if (toolName.Length > 0)
        {
            present.Add(ContextField.ToolName);
        }
        if (userId.Length > 0)
        {
            present.Add(ContextField.UserId);
        }
        if (sessionId.Length > 0)
        {
            present.Add(ContextField.SessionId);
        }
        return stage == Stage.ToolResult
            ? new RequestContext { ToolResult = text, ToolName = toolName, UserId = userId, SessionId = sessionId, Present = present.ToFrozenSet() }
            : new RequestContext { InputText = text, UserId = userId, SessionId = sessionId, Present = present.ToFrozenSet() };
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

    private static Task ProblemAsync(HttpContext http, int status, string type, string title, string detail, Decision? decision) =>
        ProblemAsync(http, http.Response.Body, status, type, title, detail, decision, http.RequestAborted);

    internal static async Task ProblemAsync(HttpContext http, Stream body, int status, string type, string title, string detail, Decision? decision,
        CancellationToken cancellationToken)
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
