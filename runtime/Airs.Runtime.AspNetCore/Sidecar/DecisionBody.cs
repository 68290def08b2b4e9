using Airs.Runtime.Context;
using Microsoft.AspNetCore.Http;

namespace Airs.Runtime.AspNetCore.Sidecar;

/// <summary>
/// Reads a decision request: the body is taken from Kestrel's pipe to its end, within the limit, and the context is
/// read from the bytes where they lie (no copy into a stream, no string of the body, one pass over the JSON).
/// </summary>
internal static class DecisionBody
{
    // A ValueTask: the body has usually arrived with the headers, and then reading it allocates no task.
    public static async ValueTask<RequestContext> ReadAsync(HttpRequest request, long maxBytes)
    {
        RequestBody.CheckHeaders(request, maxBytes);
        var body = request.BodyReader;
        while (true)
        {
            var result = await body.ReadAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
            var buffer = result.Buffer;
            if (buffer.Length > maxBytes)
            {
                body.AdvanceTo(buffer.End);
                throw RequestBody.TooLarge(maxBytes);
            }
            if (result.IsCompleted || result.IsCanceled)
            {
                try
                {
                    return CheckIds(RequestContext.FromUtf8Json(buffer));
                }
                catch (ContextFormatException e)
                {
                    throw ProblemException.BadRequest(e.Message.TrimEnd('.'));
                }
                finally
                {
                    body.AdvanceTo(buffer.End);
                }
            }
            // Nothing consumed, everything examined: the next read returns when more has arrived.
            body.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>The most characters of a user, session or agent id: as for the gateway's identity headers and a breaker reset's key.</summary>
    public const int MaxIdLength = 256;

    /// <summary>
    /// The ids become limit and breaker keys in the store. PostgreSQL keeps no NUL in text and no key over about 2.7 KB,
    /// so such an id failed the decision as a store error (500) there while SQLite took it; and a control character is
    /// nothing an operator should meet in a key. Refused alike on every store, as the client's mistake.
    /// </summary>
    private static RequestContext CheckIds(RequestContext context)
    {
        Check(context.UserId, "user.id");
        Check(context.SessionId, "session.id");
        Check(context.AgentId, "agent.id");
        return context;

        static void Check(string id, string field)
        {
            if (id.Length > MaxIdLength || id.AsSpan().ContainsAnyInRange('\u0000', '\u001f') || id.AsSpan().ContainsAnyInRange('\u007f', '\u009f'))
            {
                throw ProblemException.BadRequest($"`{field}` must be at most {MaxIdLength} characters without control characters");
            }
        }
    }
}
