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
                    return RequestContext.FromUtf8Json(buffer);
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
}
