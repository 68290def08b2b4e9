using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Airs.Runtime.AspNetCore.Sidecar;

/// <summary>Writes RFC 9457 problem documents: type, title, status, detail, and a correlation id for 5xx.</summary>
internal static class Problems
{
    public const string ContentType = "application/problem+json";

    public static Task WriteAsync(HttpContext http, int status, string? title, string detail, string? correlationId = null)
    {
        var response = http.Response;
        response.Clear();
        response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized)
        {
            response.Headers.WWWAuthenticate = "Bearer";
        }
        var body = new ProblemDocument(TypeFor(status), title ?? ReasonPhrases.GetReasonPhrase(status), status, detail, correlationId);
        return SidecarJson.WriteAsync(http, body, SidecarJson.Problem, ContentType);
    }

    /// <summary>Default text for a status the routing layer set without a body (404, 405).</summary>
    public static string DetailFor(HttpContext http, int status) => status switch
    {
        404 => $"there is no resource at `{http.Request.Path}`",
        405 => $"`{http.Request.Method}` is not allowed on `{http.Request.Path}`",
        415 => "send the body as `application/json`",
        _ => ReasonPhrases.GetReasonPhrase(status).ToLowerInvariant(),
    };

    private static string TypeFor(int status) => status switch
    {
        400 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
        401 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2",
        403 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4",
        404 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5",
        405 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6",
        409 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10",
        413 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14",
        415 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16",
        421 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20",
        500 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1",
        503 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4",
        _ => "about:blank",
    };
}
