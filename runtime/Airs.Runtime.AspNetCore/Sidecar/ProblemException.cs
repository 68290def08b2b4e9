namespace Airs.Runtime.AspNetCore.Sidecar;

/// <summary>A request the sidecar refuses: becomes one <c>application/problem+json</c> response (RFC 9457).</summary>
internal sealed class ProblemException(int status, string title, string detail) : Exception(detail)
{
    public int Status { get; } = status;

    public string Title { get; } = title;

    public static ProblemException BadRequest(string detail) => new(400, "Bad request", detail);

    public static ProblemException NotFound(string detail) => new(404, "Not found", detail);
}
