using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Airs.Runtime.AspNetCore.Sidecar;

/// <summary>The query of <c>GET /v1/reviews/wait?after=&lt;ticket id&gt;&amp;timeout=&lt;seconds&gt;&amp;policy=&lt;name&gt;</c>.</summary>
internal sealed record ReviewWaitQuery(string? After, TimeSpan Timeout, string? Policy)
{
    public const int DefaultSeconds = 30;
    public const int MaxSeconds = 120;

    public static ReviewWaitQuery Parse(IQueryCollection query)
    {
        var after = Single(query, "after");
        if (after is not null && after.Any(char.IsControl))
        {
            // A ticket id has none; a NUL would reach the store, and PostgreSQL fails on one in text (a 500).
            throw ProblemException.BadRequest("`after` must be a ticket id; it holds a control character");
        }
        var policy = Single(query, "policy");
        var seconds = DefaultSeconds;
        if (Single(query, "timeout") is { } timeout
            && (!int.TryParse(timeout, NumberStyles.None, CultureInfo.InvariantCulture, out seconds) || seconds > MaxSeconds))
        {
            throw ProblemException.BadRequest($"`timeout` must be a whole number of seconds from 0 to {MaxSeconds}");
        }
        return new ReviewWaitQuery(after, TimeSpan.FromSeconds(seconds), policy);
    }

    private static string? Single(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) switch
        {
            false => null,
            true when values.Count == 1 && !string.IsNullOrEmpty(values[0]) => values[0],
            _ => throw ProblemException.BadRequest($"`{name}` must be given once, with a value"),
        };
}
