using System.Text.Json.Nodes;
using Airs.Runtime.AspNetCore.Chat;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;
using Microsoft.AspNetCore.Http;

namespace Airs.Runtime.AspNetCore.Gateway;

/// <summary>
/// A request the gateway refuses, in OpenAI's error shape (<c>{"error": {"message", "type", "param", "code"}}</c>), so
/// every OpenAI SDK raises it as its own API error. A policy's refusal adds the decision id, the outcome, the stage
/// and, for an escalation, the review ticket and where the app polls it (<c>review_ticket_url</c>).
/// </summary>
internal sealed class GatewayError(int status, string type, string code, string message, Decision? decision = null) : Exception(message)
{
    /// <summary>The <c>type</c> of a refusal by the policy.</summary>
    public const string PolicyType = "policy_violation";

    public int Status { get; } = status;

    public string Type { get; } = type;

    public string Code { get; } = code;

    public Decision? Decision { get; } = decision;

    public static GatewayError BadRequest(string message) => new(400, "invalid_request_error", "invalid_request", message);

    public static GatewayError Unreadable(string why) =>
        new(502, "upstream_error", "unreadable_upstream_response", $"the upstream's answer could not be checked: {why}");

    /// <summary>The longest upstream message the gateway quotes, in characters.</summary>
    private const int QuotedChars = 300;

    /// <summary>
    /// This error as the client may see it: an upstream's own words are quoted without the gateway's upstream key (a
    /// proxy or server that echoes its request's headers would otherwise hand it to every client) and cut to
    /// <see cref="QuotedChars"/> characters after that, so no part of the key survives the cut either.
    /// </summary>
    public GatewayError ForClient(string? upstreamKey)
    {
        if (Type != "upstream_error")
        {
            return this;
        }
        var message = upstreamKey is { Length: > 0 } ? Message.Replace(upstreamKey, "[upstream key]", StringComparison.Ordinal) : Message;
        message = message.Length <= QuotedChars ? message : message[..QuotedChars] + "…";
        return ReferenceEquals(message, Message) ? this : new GatewayError(Status, Type, Code, message, Decision);
    }

    /// <summary>Where an app polls a review ticket with its own key (<c>GET</c>, served by the gateway).</summary>
    public static string TicketUrl(string ticket) => $"/v1/review_tickets/{ticket}";

    /// <summary>
    /// 403: the request was understood and the policy does not allow it (block, halt or escalate). Not a 4xx that SDKs
    /// retry (408, 409, 429), so a refusal is not sent again and again. A limit's refusal is the exception: 429 with
    /// <c>Retry-After</c>, which SDKs retry after the wait, when the window has room again.
    /// </summary>
    public static GatewayError Refused(Decision decision, string fallbackMessage)
    {
        var code = decision.Outcome switch
        {
            Outcome.Escalate => "review_required",
            Outcome.Halt => "halted",
            _ when decision.RetryAfter is not null => "rate_limited",
            _ => "blocked",
        };
        var message = decision.Message ?? (decision.Outcome == Outcome.Escalate
            ? "This needs a person's review before it can be shown."
            : fallbackMessage);
        return new GatewayError(decision.RetryAfter is not null && decision.Outcome == Outcome.Block ? StatusCodes.Status429TooManyRequests : 403,
            PolicyType, code, message, decision);
    }

    public JsonObject ToJson()
    {
        var error = new JsonObject
        {
            ["message"] = Message,
            ["type"] = Type,
            ["param"] = null,
            ["code"] = Code,
        };
        if (Decision is { } decision)
        {
            error["decision_id"] = decision.Id;
            error["outcome"] = decision.Outcome.ToKeyword();
            error["stage"] = decision.Stage.ToKeyword();
            error["policy"] = decision.Policy;
            error["review_ticket"] = decision.ReviewTicketId;
            error["review_ticket_url"] = decision.ReviewTicketId is { } ticket ? TicketUrl(ticket) : null;
            if (decision.RetryAfterSeconds is { } seconds)
            {
                error["retry_after"] = seconds;
            }
        }
        return new JsonObject { ["error"] = error };
    }

    public async Task WriteAsync(HttpContext http)
    {
        var response = http.Response;
        response.Clear();
        response.StatusCode = Status;
        response.ContentType = "application/json";
        if (Status == StatusCodes.Status401Unauthorized)
        {
            response.Headers.WWWAuthenticate = "Bearer";
        }
        if (Status == StatusCodes.Status429TooManyRequests && Decision?.RetryAfterSeconds is { } seconds)
        {
            response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        await response.WriteAsync(ToJson().ToJsonString(ChatJson.Wire), http.RequestAborted).ConfigureAwait(false);
    }
}
