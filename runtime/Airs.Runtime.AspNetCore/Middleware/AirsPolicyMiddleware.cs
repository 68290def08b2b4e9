using System.Collections.Frozen;
using System.Text.Json;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Airs.Runtime.AspNetCore.Middleware;

/// <summary>
/// Checks the <c>input</c> of chat requests on the guarded routes before the endpoint sees them.
/// Refused by the policy (block, halt, escalate): 403 problem+json with the policy's message — the request was
/// understood and is not allowed, which is what 403 says. Not understood (not JSON, neither body shape): 400.
/// Too large: 413. Allowed: the endpoint reads the body as sent, or with the policy's redactions applied.
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
        if (!ChatRequestBody.TryRead(body, out var root, out var texts, out var error))
        {
            await ProblemAsync(http, StatusCodes.Status400BadRequest, UnreadableType, "unreadable chat request", error, null);
            return;
        }

        var engine = options.Engine ?? http.RequestServices.GetRequiredService<PolicyEngine>();
        var userId = options.UserIdFrom?.Invoke(http) ?? "";
        var sessionId = options.SessionIdFrom?.Invoke(http) ?? "";
        var changed = false;
        foreach (var text in texts)
        {
            var decision = await engine.DecideAsync(text.Stage, Context(text, userId, sessionId), http.RequestAborted);
            if (decision.Release is not { } release)
            {
                await ProblemAsync(http, StatusCodes.Status403Forbidden, RefusedType, "refused by policy",
                    decision.Message ?? (decision.Outcome == Outcome.Escalate ? "this request needs a person's review" : "the request was refused by policy"),
                    decision);
                return;
            }
            if (release != text.Text)
            {
                text.Replace(release);
                changed = true;
            }
        }

        var forward = changed ? JsonSerializer.SerializeToUtf8Bytes(root) : body;
        http.Request.Body = new MemoryStream(forward, writable: false);
        http.Request.ContentLength = forward.Length;
        await next(http);
    }

    private bool IsGuarded(PathString path) => paths.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));

    private static RequestContext Context(ChatText text, string userId, string sessionId)
    {
        var present = new HashSet<ContextField> { text.Stage == Stage.ToolResult ? ContextField.ToolResult : ContextField.InputText };
        if (text.ToolName.Length > 0)
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
        return text.Stage == Stage.ToolResult
            ? new RequestContext { ToolResult = text.Text, ToolName = text.ToolName, UserId = userId, SessionId = sessionId, Present = present.ToFrozenSet() }
            : new RequestContext { InputText = text.Text, UserId = userId, SessionId = sessionId, Present = present.ToFrozenSet() };
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

    private static async Task ProblemAsync(HttpContext http, int status, string type, string title, string detail, Decision? decision)
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
        }
        await JsonSerializer.SerializeAsync(http.Response.Body, problem, cancellationToken: http.RequestAborted);
    }
}
