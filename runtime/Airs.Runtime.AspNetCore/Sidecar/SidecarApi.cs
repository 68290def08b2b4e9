using System.Text.Json;
using Airs.Runtime.Breakers;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;
using Airs.Runtime.Pace;
using Airs.Runtime.Policy;
using Airs.Runtime.Reviews;
using Airs.Runtime.Stores;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Airs.Runtime.AspNetCore.Sidecar;

/// <summary>The sidecar's routes. Handlers throw <see cref="ProblemException"/>; <see cref="GuardAsync"/> turns every failure into problem+json.</summary>
internal sealed class SidecarApi(SidecarOptions options, EngineRegistry engines, IAirsStore store, PrometheusMetrics metrics,
    IReadOnlyList<string> pacePrincipals, ILogger logger, ReviewFeed reviewFeed)
{
    private const string Json = "application/json";

    private readonly JudgeReadiness judgeReadiness = new(options);

    public void Map(WebApplication app)
    {
        app.Use(GuardAsync);
        app.UseRouting();
        app.MapPost("/v1/decisions/{policy}/{stage}", http => DecideAsync(http, Route(http, "policy")));
        app.MapPost("/v1/decisions/{stage}", http => DecideAsync(http, OnlyPolicy()));
        app.MapGet("/v1/reviews", ListReviewsAsync);
        app.MapGet("/v1/reviews/wait", WaitForReviewsAsync);
        app.MapGet("/v1/reviews/{id}", GetReviewAsync);
        app.MapGet("/v1/reviews/{id}/status", GetReviewStatusAsync);
        app.MapPost("/v1/reviews/{id}/approve", http => ResolveReviewAsync(http, approve: true));
        app.MapPost("/v1/reviews/{id}/reject", http => ResolveReviewAsync(http, approve: false));
        app.MapGet("/v1/pace/{policy}", GetPaceAsync);
        app.MapPut("/v1/pace/{policy}", SetPaceAsync);
        app.MapPost("/v1/breakers/{policy}/{breaker}/reset", ResetBreakerAsync);
        app.MapGet("/healthz", http => SidecarJson.WriteAsync(http, new HealthStatus("up"), SidecarJson.Health));
        app.MapGet("/readyz", ReadyAsync);
        app.MapGet("/metrics", MetricsAsync);
        app.MapGet("/openapi.json", http => WriteJsonAsync(http, SidecarOpenApi.Document));
    }

    // ---- errors: one problem+json per failure, never a stack trace -----------------------------

    private async Task GuardAsync(HttpContext http, RequestDelegate next)
    {
        try
        {
            CheckHost(http);
            await next(http).ConfigureAwait(false);
            var response = http.Response;
            if (!response.HasStarted && response.StatusCode >= 400 && response.ContentType is null)
            {
                // Routing's own 404 and 405 come without a body.
                await Problems.WriteAsync(http, response.StatusCode, null, Problems.DetailFor(http, response.StatusCode)).ConfigureAwait(false);
            }
        }
        catch (ProblemException problem) when (!http.Response.HasStarted)
        {
            await Problems.WriteAsync(http, problem.Status, problem.Title, problem.Message).ConfigureAwait(false);
        }
        catch (BadHttpRequestException bad) when (!http.Response.HasStarted)
        {
            var detail = bad.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? $"the body is larger than the limit of {options.MaxBodyBytes} bytes"
                : "the request could not be read";
            await Problems.WriteAsync(http, bad.StatusCode, null, detail).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away: nobody to answer.
        }
        catch (Exception e)
        {
            var correlationId = http.TraceIdentifier;
            logger.LogError(e, "request {Method} {Path} failed; correlation id {CorrelationId}", http.Request.Method, http.Request.Path.Value, correlationId);
            if (!http.Response.HasStarted)
            {
                await Problems.WriteAsync(http, 500, null, $"the request failed; quote correlation id `{correlationId}` to the operator", correlationId).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// On loopback, only loopback names are answered: a web page whose name an attacker re-points at 127.0.0.1 (DNS
    /// rebinding) would otherwise reach the sidecar from the user's browser, as the page's own origin.
    /// </summary>
    private void CheckHost(HttpContext http)
    {
        if (!options.AllowRemote && !SidecarAddresses.IsLoopbackHost(http.Request.Host))
        {
            throw new ProblemException(StatusCodes.Status421MisdirectedRequest, "Misdirected request",
                $"`{http.Request.Host}` is not a loopback name; this server listens on loopback only (pass `--allow-remote` to serve other names)");
        }
    }

    // ---- decisions ------------------------------------------------------------------------------

    private async Task DecideAsync(HttpContext http, string policy)
    {
        Authorize(http, options.DecisionTokens, required: false, "ask for decisions");
        var stageName = Route(http, "stage");
        if (!Stages.TryParse(stageName, out var stage))
        {
            throw ProblemException.NotFound($"`{stageName}` is not a stage; use one of {string.Join(", ", Stages.All.Select(s => $"`{s.ToKeyword()}`"))}");
        }
        var context = await DecisionBody.ReadAsync(http.Request, options.MaxBodyBytes).ConfigureAwait(false);
        await using var use = Use(policy);
        var decision = await use.Engine.DecideAsync(stage, context, http.RequestAborted).ConfigureAwait(false);
        SidecarJson.WriteDecision(http, decision);
    }

    private string OnlyPolicy()
    {
        var policies = engines.Policies;
        return policies.Count == 1
            ? policies.First()
            : throw ProblemException.NotFound($"several policies are served ({string.Join(", ", policies.Select(p => $"`{p}`"))}); use `/v1/decisions/{{policy}}/{{stage}}`");
    }

    // ---- reviews --------------------------------------------------------------------------------

    private async Task ListReviewsAsync(HttpContext http)
    {
        AuthorizeReviewer(http);
        var policy = http.Request.Query["policy"].ToString();
        var policies = string.IsNullOrEmpty(policy) ? engines.Policies : [policy];
        List<ReviewTicket> pending = [];
        foreach (var name in policies)
        {
            await using var use = Use(name);
            pending.AddRange(await use.Engine.Reviews.ListPendingAsync(cancellationToken: http.RequestAborted).ConfigureAwait(false));
        }
        await WriteJsonAsync(http, new { tickets = pending }).ConfigureAwait(false);
    }

    /// <summary>Long poll: pending tickets opened after `after` (a ticket id), as soon as there is one, or none after `timeout` seconds.</summary>
    private async Task WaitForReviewsAsync(HttpContext http)
    {
        AuthorizeReviewer(http);
        var query = ReviewWaitQuery.Parse(http.Request.Query);
        var policies = query.Policy is null ? engines.Policies : [query.Policy];
        if (query.Policy is not null && !engines.Policies.Contains(query.Policy))
        {
            throw ProblemException.NotFound($"policy `{query.Policy}` is not served here");
        }
        var after = query.After is null ? null
            : await ServedTicketAsync(query.After, http).ConfigureAwait(false)
                ?? throw ProblemException.BadRequest($"`after`: there is no review ticket `{query.After}`");
        var tickets = await reviewFeed.WaitAsync(policies, after, query.Timeout, http.RequestAborted).ConfigureAwait(false);
        await WriteJsonAsync(http, new { tickets, next = tickets.Count > 0 ? tickets[^1].Id : query.After }).ConfigureAwait(false);
    }

    private async Task GetReviewAsync(HttpContext http)
    {
        AuthorizeReviewer(http);
        await WriteJsonAsync(http, await TicketAsync(http).ConfigureAwait(false)).ConfigureAwait(false);
    }

    /// <summary>
    /// A ticket's state for the host that asked for the decision: whether a person decided, how, and when it is due;
    /// never the summary the reviewer reads. Decision tokens read it, so a host needs no reviewer token (which could
    /// approve its own escalations) to learn the outcome; without decision tokens it is as open as deciding.
    /// </summary>
    private async Task GetReviewStatusAsync(HttpContext http)
    {
        if (options.DecisionTokens.Count > 0)
        {
            Authorize(http, [.. options.AdminTokens, .. options.ReviewerTokens, .. options.DecisionTokens], required: true, "read a review ticket's status");
        }
        var ticket = await TicketAsync(http).ConfigureAwait(false);
        await WriteJsonAsync(http, new ReviewTicketStatus(ticket.Id, ticket.Policy, ticket.Review, ticket.DecisionId, ticket.Status, ticket.CreatedAt,
            ticket.DueAt, ticket.Resolution?.At, ticket.Resolution?.Outcome)).ConfigureAwait(false);
    }

    private async Task ResolveReviewAsync(HttpContext http, bool approve)
    {
        // The token's name is who decided (the audit record's actor); a `reviewer` in the body is only a display name.
        var principal = AuthorizeReviewer(http);
        var body = await RequestBody.ReadObjectAsync(http.Request, options.MaxBodyBytes).ConfigureAwait(false);
        var displayName = body.TryGetProperty("reviewer", out _) ? RequestBody.DisplayName(body, "reviewer") : null;
        var reason = RequestBody.RequiredString(body, "reason");
        var ticket = await TicketAsync(http).ConfigureAwait(false);
        await using var use = Use(ticket.Policy);
        try
        {
            var resolved = await use.Engine.Reviews.DecideAsync(ticket.Id, approve, principal, reason, displayName, http.RequestAborted).ConfigureAwait(false);
            await WriteJsonAsync(http, resolved).ConfigureAwait(false);
        }
        catch (ReviewException e)
        {
            throw new ProblemException(409, "Conflict", e.Message);
        }
    }

    private async Task<ReviewTicket> TicketAsync(HttpContext http)
    {
        var id = Route(http, "id");
        return await ServedTicketAsync(id, http).ConfigureAwait(false)
            ?? throw ProblemException.NotFound($"there is no review ticket `{id}`");
    }

    /// <summary>
    /// The ticket, if it belongs to a policy served here: sidecars serving other policies may share the store, and
    /// their tickets (summaries with findings and tool arguments) are theirs, as the gateway answers only for its own.
    /// </summary>
    private async Task<ReviewTicket?> ServedTicketAsync(string id, HttpContext http) =>
        await store.GetTicketAsync(id, http.RequestAborted).ConfigureAwait(false) is { } ticket && engines.Policies.Contains(ticket.Policy)
            ? ticket
            : null;

    // ---- PACE -----------------------------------------------------------------------------------

    private async Task GetPaceAsync(HttpContext http)
    {
        AuthorizeAdmin(http);
        await using var use = Use(Route(http, "policy"));
        await use.Engine.Pace.RefreshAsync(http.RequestAborted).ConfigureAwait(false);
        await WriteJsonAsync(http, PaceView(use.Engine)).ConfigureAwait(false);
    }

    private async Task SetPaceAsync(HttpContext http)
    {
        var principal = AuthorizeAdmin(http);
        var body = await RequestBody.ReadObjectAsync(http.Request, options.MaxBodyBytes).ConfigureAwait(false);
        var levelName = RequestBody.RequiredString(body, "level");
        var reason = RequestBody.RequiredString(body, "reason");
        if (!TryParseLevel(levelName, out var target))
        {
            throw ProblemException.BadRequest($"`{levelName}` is not a PACE level; use `primary`, `alternate`, `contingency` or `emergency`");
        }
        await using var use = Use(Route(http, "policy"));
        var pace = use.Engine.Pace;
        await pace.RefreshAsync(http.RequestAborted).ConfigureAwait(false);
        if (target == pace.Level)
        {
            throw new ProblemException(409, "Conflict", $"the level is already `{Keyword(target)}`");
        }
        // The machine checks the principal and audits a refusal; the sidecar only maps it to a status.
        var change = target < pace.Level
            ? await pace.UpgradeAsync(target, principal, reason, http.RequestAborted).ConfigureAwait(false)
            : await pace.DowngradeAsync(target, principal, reason, http.RequestAborted).ConfigureAwait(false);
        if (change.IsRefused)
        {
            // 403 when the principal may not make this move (the host's list, then the levels' own `authority`), else 409.
            var status = new LevelAuthority(new AllowedPrincipals(pacePrincipals), use.Engine.Spec.Pace).IsAuthorized(principal, change.From, change.To) ? 409 : 403;
            throw new ProblemException(status, status == 403 ? "Forbidden" : "Conflict", change.Refusal!);
        }
        await WriteJsonAsync(http, PaceView(use.Engine)).ConfigureAwait(false);
    }

    private static object PaceView(PolicyEngine engine) => new
    {
        policy = engine.Spec.Name,
        level = Keyword(engine.Pace.Level),
        actions = engine.Pace.Actions.Order().ToList(), // enums go out in snake case, like every other one
        state = engine.Pace.State,
    };

    private static bool TryParseLevel(string name, out PaceLevel level)
    {
        foreach (var candidate in Enum.GetValues<PaceLevel>())
        {
            if (Keyword(candidate) == name)
            {
                level = candidate;
                return true;
            }
        }
        level = default;
        return false;
    }

    private static string Keyword(PaceLevel level) => level.ToKeyword();

    // ---- breakers -------------------------------------------------------------------------------

    private async Task ResetBreakerAsync(HttpContext http)
    {
        var principal = AuthorizeAdmin(http);
        var body = await RequestBody.ReadObjectAsync(http.Request, options.MaxBodyBytes).ConfigureAwait(false);
        var key = RequestBody.RequiredString(body, "key");
        var reason = RequestBody.RequiredString(body, "reason");
        await using var use = Use(Route(http, "policy"));
        var breaker = Route(http, "breaker");
        var breakers = use.Engine.Breakers;
        var spec = breakers.Specs.FirstOrDefault(s => s.Name == breaker)
            ?? throw ProblemException.NotFound($"policy `{use.Engine.Spec.Name}` has no breaker `{breaker}`");
        if (BreakerScopes.KeyProblem(spec.Scope, key) is { } problem)
        {
            throw ProblemException.BadRequest($"`{key}` is not a key of breaker `{breaker}`: {problem}");
        }
        await breakers.ResetAsync(breaker, key, principal, reason, http.RequestAborted).ConfigureAwait(false);
        await WriteJsonAsync(http, await breakers.GetStatusAsync(breaker, key, http.RequestAborted).ConfigureAwait(false)).ConfigureAwait(false);
    }

    // ---- health and metrics ---------------------------------------------------------------------

    private async Task ReadyAsync(HttpContext http)
    {
        if (engines.Policies.Count == 0)
        {
            throw new ProblemException(503, "Not ready", "no bundle is loaded");
        }
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            await store.GetAuditHeadAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (!http.RequestAborted.IsCancellationRequested)
        {
            logger.LogWarning(e, "readiness check: the store is unreachable");
            throw new ProblemException(503, "Not ready", "the store is unreachable");
        }
        await WriteJsonAsync(http, new
        {
            status = "ready",
            policies = engines.Bundles.Select(b => new { policy = b.Manifest.Policy, version = b.Manifest.PolicyVersion, signed = b.IsSigned }),
            judges = await judgeReadiness.ProbeAsync(engines.Bundles, http.RequestAborted).ConfigureAwait(false),
        }).ConfigureAwait(false);
    }

    private async Task MetricsAsync(HttpContext http)
    {
        if (options.MetricsTokens.Count > 0)
        {
            Authorize(http, [.. options.MetricsTokens, .. options.AdminTokens], required: true, "read metrics");
        }
        http.Response.ContentType = "text/plain; version=0.0.4; charset=utf-8";
        await http.Response.WriteAsync(metrics.Render(), http.RequestAborted).ConfigureAwait(false);
    }

    // ---- shared ---------------------------------------------------------------------------------

    /// <summary>PACE, breakers: admin tokens only.</summary>
    private string AuthorizeAdmin(HttpContext http) =>
        options.AdminTokens.Count == 0
            ? throw new ProblemException(403, "Forbidden", "admin endpoints are off: the sidecar was started without an admin token")
            : Authorize(http, options.AdminTokens, required: true, "move PACE or reset breakers")!;

    /// <summary>Review tickets: admin and reviewer tokens.</summary>
    private string AuthorizeReviewer(HttpContext http) =>
        options.AdminTokens.Count + options.ReviewerTokens.Count == 0
            ? throw new ProblemException(403, "Forbidden", "admin endpoints are off: the sidecar was started without an admin or reviewer token")
            : Authorize(http, [.. options.AdminTokens, .. options.ReviewerTokens], required: true, "decide review tickets")!;

    /// <summary>
    /// Checks the bearer token against <paramref name="tokens"/>; returns its name (null when none is configured and
    /// none is required). 401 without a token; 403 with a wrong one, or with a token of a role that may not <paramref name="action"/>.
    /// </summary>
    private string? Authorize(HttpContext http, IReadOnlyList<SidecarToken> tokens, bool required, string action)
    {
        if (tokens.Count == 0 && !required)
        {
            return null;
        }
        var header = http.Request.Headers.Authorization.ToString();
        const string Scheme = "Bearer ";
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) || header.Length == Scheme.Length)
        {
            throw new ProblemException(401, "Unauthorized", "send `Authorization: Bearer <token>`");
        }
        var presented = header[Scheme.Length..].Trim();
        if (SidecarToken.Match(tokens, presented) is { } token)
        {
            return token.Name;
        }
        var other = SidecarToken.Match([.. options.AdminTokens, .. options.ReviewerTokens, .. options.DecisionTokens, .. options.MetricsTokens], presented);
        throw new ProblemException(403, "Forbidden", other is null ? "the token is not valid here" : $"token `{other.Name}` may not {action}");
    }

    private EngineUse Use(string policy) =>
        engines.TryUse(policy, out var use) ? use : throw ProblemException.NotFound($"policy `{policy}` is not served here");

    private static string Route(HttpContext http, string name) => http.Request.RouteValues[name]?.ToString() ?? "";

    private static Task WriteJsonAsync<T>(HttpContext http, T value)
    {
        http.Response.ContentType = Json;
        return JsonSerializer.SerializeAsync(http.Response.Body, value, SidecarJson.Options, http.RequestAborted);
    }
}
