using System.Text.Json.Nodes;

namespace Airs.Runtime.AspNetCore.Sidecar;

/// <summary>The sidecar's OpenAPI 3.1 document, built by hand (the routes are few and fixed).</summary>
internal static class SidecarOpenApi
{
    public static readonly JsonObject Document = Build();

    private static JsonObject Build()
    {
        var paths = new JsonObject
        {
            ["/v1/decisions/{policy}/{stage}"] = new JsonObject
            {
                ["post"] = Operation("decide", "Decide one stage of one request", decisionAuth: true,
                    parameters: [Path("policy"), Path("stage")], body: Ref("RequestContext"), ok: Ref("Decision"), errors: [400, 401, 403, 404, 413, 415]),
            },
            ["/v1/decisions/{stage}"] = new JsonObject
            {
                ["post"] = Operation("decideOnly", "Decide with the one policy served", decisionAuth: true,
                    parameters: [Path("stage")], body: Ref("RequestContext"), ok: Ref("Decision"), errors: [400, 401, 403, 404, 413, 415]),
            },
            ["/v1/reviews"] = new JsonObject
            {
                ["get"] = Operation("listReviews", "Pending review tickets", reviewers: true,
                    parameters: [Query("policy")], ok: new JsonObject { ["type"] = "object" }, errors: [401, 403, 404]),
            },
            ["/v1/reviews/wait"] = new JsonObject
            {
                ["get"] = Operation("waitForReviews", "Long poll: pending tickets the store took after ticket `after` (in the order it took them, not by their clocks), or none after `timeout` seconds", admin: true,
                    parameters: [Query("after"), Query("timeout"), Query("policy")], ok: Ref("ReviewWait"), errors: [400, 401, 403, 404]),
            },
            ["/v1/reviews/{id}"] = new JsonObject
            {
                ["get"] = Operation("getReview", "One review ticket", reviewers: true, parameters: [Path("id")], ok: Ref("ReviewTicket"), errors: [401, 403, 404]),
            },
            ["/v1/reviews/{id}/status"] = new JsonObject
            {
                ["get"] = Operation("getReviewStatus", "A ticket's state, without what the reviewer reads, for the host that asked for the decision",
                    ticketStatus: true, parameters: [Path("id")], ok: Ref("ReviewTicketStatus"), errors: [401, 403, 404]),
            },
            ["/v1/reviews/{id}/approve"] = new JsonObject
            {
                ["post"] = Operation("approveReview", "Approve a pending ticket", reviewers: true,
                    parameters: [Path("id")], body: Ref("ReviewResolution"), ok: Ref("ReviewTicket"), errors: [400, 401, 403, 404, 409, 413, 415]),
            },
            ["/v1/reviews/{id}/reject"] = new JsonObject
            {
                ["post"] = Operation("rejectReview", "Reject a pending ticket", reviewers: true,
                    parameters: [Path("id")], body: Ref("ReviewResolution"), ok: Ref("ReviewTicket"), errors: [400, 401, 403, 404, 409, 413, 415]),
            },
            ["/v1/pace/{policy}"] = new JsonObject
            {
                ["get"] = Operation("getPace", "The policy's PACE level", admin: true, parameters: [Path("policy")], ok: Ref("Pace"), errors: [401, 403, 404]),
                ["put"] = Operation("setPace", "Move the PACE level by hand", admin: true,
                    parameters: [Path("policy")], body: Ref("PaceChange"), ok: Ref("Pace"), errors: [400, 401, 403, 404, 409, 413, 415]),
            },
            ["/v1/breakers/{policy}/{breaker}/reset"] = new JsonObject
            {
                ["post"] = Operation("resetBreaker", "Close a breaker key by hand", admin: true,
                    parameters: [Path("policy"), Path("breaker")], body: Ref("BreakerReset"), ok: new JsonObject { ["type"] = "object" }, errors: [400, 401, 403, 404, 413, 415]),
            },
            ["/healthz"] = new JsonObject { ["get"] = Operation("health", "The process is up", ok: new JsonObject { ["type"] = "object" }) },
            ["/readyz"] = new JsonObject { ["get"] = Operation("ready", "Bundles are loaded and the store answers", ok: new JsonObject { ["type"] = "object" }, errors: [503]) },
            ["/metrics"] = new JsonObject { ["get"] = Operation("metrics", "Prometheus text exposition of the Airs.Runtime meter", ok: null, metricsAuth: true, errors: [401, 403]) },
        };
        return new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject { ["title"] = "AirsPolicy sidecar", ["version"] = "1.0.0" },
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["securitySchemes"] = new JsonObject
                {
                    ["admin"] = new JsonObject { ["type"] = "http", ["scheme"] = "bearer" },
                    ["decision"] = new JsonObject { ["type"] = "http", ["scheme"] = "bearer" },
                    ["reviewer"] = new JsonObject { ["type"] = "http", ["scheme"] = "bearer" },
                    ["metrics"] = new JsonObject { ["type"] = "http", ["scheme"] = "bearer" },
                },
                ["schemas"] = Schemas(),
            },
        };
    }

    private static JsonObject Schemas() => new()
    {
        ["RequestContext"] = new JsonObject { ["type"] = "object", ["description"] = "input, output, user, session, tool, retrieval, agent, … as in `airs eval --context`" },
        ["Decision"] = new JsonObject
        {
            ["type"] = "object",
            ["required"] = new JsonArray("id", "policy", "version", "stage", "outcome", "findings", "pace"),
            ["properties"] = new JsonObject
            {
                ["id"] = String(), ["policy"] = String(), ["version"] = String(), ["stage"] = String(),
                ["outcome"] = new JsonObject { ["enum"] = new JsonArray("allow", "flag", "redact", "escalate", "block", "halt") },
                ["message"] = String(), ["release"] = String(), ["reviewTicketId"] = String(), ["pace"] = String(),
                ["findings"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "object" } },
                ["judgesRan"] = new JsonObject { ["type"] = "boolean" },
                ["retryAfter"] = new JsonObject { ["type"] = "integer", ["description"] = "seconds until the limit that refused the request has room again" },
                ["timings"] = new JsonObject
                {
                    ["type"] = "object",
                    ["description"] = "milliseconds per layer",
                    ["properties"] = new JsonObject
                    {
                        ["guardrailsMs"] = Number(), ["judgesMs"] = Number(), ["reviewMs"] = Number(), ["breakersMs"] = Number(),
                        ["auditMs"] = Number(), ["totalMs"] = Number(),
                    },
                },
            },
        },
        ["ReviewTicket"] = new JsonObject { ["type"] = "object" },
        ["ReviewTicketStatus"] = new JsonObject
        {
            ["type"] = "object",
            ["required"] = new JsonArray("id", "policy", "review", "decisionId", "status", "createdAt", "dueAt"),
            ["properties"] = new JsonObject
            {
                ["id"] = String(), ["policy"] = String(), ["review"] = String(), ["decisionId"] = String(),
                ["status"] = new JsonObject { ["enum"] = new JsonArray("pending", "approved", "rejected", "expired") },
                ["createdAt"] = String(), ["dueAt"] = String(), ["resolvedAt"] = String(),
                ["outcome"] = new JsonObject { ["enum"] = new JsonArray("allow", "block"), ["description"] = "once resolved: allow when approved, block when rejected, the queue's `on expiry` outcome when expired" },
            },
        },
        ["ReviewWait"] = new JsonObject
        {
            ["type"] = "object",
            ["required"] = new JsonArray("tickets"),
            ["properties"] = new JsonObject
            {
                ["tickets"] = new JsonObject { ["type"] = "array", ["items"] = Ref("ReviewTicket") },
                ["next"] = new JsonObject { ["type"] = "string", ["description"] = "the last ticket given: pass as `after` to the next poll" },
            },
        },
        ["ReviewResolution"] = Object(["reason"], "reviewer", "reason"),
        ["Pace"] = new JsonObject { ["type"] = "object" },
        ["PaceChange"] = Object(["level", "reason"], "level", "reason"),
        ["BreakerReset"] = Object(["key", "reason"], "key", "reason"),
        ["Problem"] = Object(["type", "title", "status", "detail"], "type", "title", "detail", "correlationId"),
    };

    private static JsonObject Operation(string id, string summary, bool admin = false, bool decisionAuth = false, JsonNode[]? parameters = null,
        JsonNode? body = null, JsonNode? ok = null, int[]? errors = null, bool reviewers = false, bool metricsAuth = false, bool ticketStatus = false)
    {
        var responses = new JsonObject
        {
            ["200"] = ok is null
                ? new JsonObject { ["description"] = "OK", ["content"] = new JsonObject { ["text/plain"] = new JsonObject() } }
                : new JsonObject { ["description"] = "OK", ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = ok } } },
        };
        // Any route may answer 421 (a Host that is not loopback while the sidecar serves loopback only) and 500.
        foreach (var status in (errors ?? []).Append(421).Append(500))
        {
            responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new JsonObject
            {
                ["description"] = "problem",
                ["content"] = new JsonObject { ["application/problem+json"] = new JsonObject { ["schema"] = Ref("Problem") } },
            };
        }
        var operation = new JsonObject { ["operationId"] = id, ["summary"] = summary, ["responses"] = responses };
        if (parameters is { Length: > 0 })
        {
            operation["parameters"] = new JsonArray(parameters);
        }
        if (body is not null)
        {
            operation["requestBody"] = new JsonObject
            {
                ["required"] = true,
                ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = body } },
            };
        }
        if (admin || decisionAuth)
        {
            operation["security"] = new JsonArray(new JsonObject { [admin ? "admin" : "decision"] = new JsonArray() });
        }
        if (reviewers)
        {
            operation["security"] = new JsonArray(new JsonObject { ["admin"] = new JsonArray() }, new JsonObject { ["reviewer"] = new JsonArray() });
        }
        if (ticketStatus)
        {
            operation["security"] = new JsonArray(new JsonObject { ["decision"] = new JsonArray() }, new JsonObject { ["reviewer"] = new JsonArray() },
                new JsonObject { ["admin"] = new JsonArray() });
        }
        if (metricsAuth)
        {
            // `{}` first: /metrics needs a token only when the sidecar was given a metrics token.
            operation["security"] = new JsonArray(new JsonObject(), new JsonObject { ["metrics"] = new JsonArray() }, new JsonObject { ["admin"] = new JsonArray() });
        }
        return operation;
    }

    private static JsonObject Path(string name) => new() { ["name"] = name, ["in"] = "path", ["required"] = true, ["schema"] = String() };

    private static JsonObject Query(string name) => new() { ["name"] = name, ["in"] = "query", ["required"] = false, ["schema"] = String() };

    private static JsonObject Ref(string schema) => new() { ["$ref"] = $"#/components/schemas/{schema}" };

    private static JsonObject String() => new() { ["type"] = "string" };

    private static JsonObject Number() => new() { ["type"] = "number" };

    private static JsonObject Object(string[] required, params string[] properties)
    {
        var props = new JsonObject();
        foreach (var property in properties)
        {
            props[property] = String();
        }
        return new JsonObject { ["type"] = "object", ["required"] = new JsonArray([.. required.Select(r => (JsonNode)r)]), ["properties"] = props };
    }
}
