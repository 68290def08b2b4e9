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

    /// <summary>
    /// The upstream's own words about its failure, for the operator's log only (<see cref="Upstream"/>); null when it
    /// gave none.
    /// </summary>
    public string? UpstreamMessage { get; init; }

    /// <summary>Seconds the client should wait before it tries again (<c>Retry-After</c>), for an error that is not a decision's.</summary>
    public int? RetryAfterSeconds { get; init; }

    public static GatewayError BadRequest(string message) => new(400, "invalid_request_error", "invalid_request", message);

    public static GatewayError Unreadable(string why) =>
        new(502, "upstream_error", "unreadable_upstream_response", $"the upstream's answer could not be checked: {why}");

    /// <summary>
    /// An upstream's failure as the client sees it: <paramref name="what"/> and the upstream's error <c>code</c> (or
    /// <c>type</c>) when that is an identifier (<c>context_length_exceeded</c>), never its message. The message is text
    /// no check has read: a hostile upstream, or a proxy that quotes the model's answer in its errors, could carry
    /// anything past the output check in it. It goes to the operator's log (<see cref="UpstreamMessage"/>).
    /// </summary>
    /// <param name="error">The upstream's <c>error</c> object, or anything else it sent there.</param>
    public static GatewayError Upstream(int status, string code, string what, JsonNode? error)
    {
        var fields = error as JsonObject;
        string? upstreamCode = null;
        string? message = null;
        try
        {
            upstreamCode = UpstreamFields.Identifier(fields?["code"]) ?? UpstreamFields.Identifier(fields?["type"]);
            message = fields?["message"] is JsonValue m && m.GetValueKind() == System.Text.Json.JsonValueKind.String ? m.GetValue<string>() : null;
        }
        catch (InvalidOperationException)
        {
            // A string that is not text (a lone surrogate escape): there is no code or message to give.
        }
        return new GatewayError(status, "upstream_error", code, upstreamCode is null ? what : $"{what} (`{upstreamCode}`)") { UpstreamMessage = message };
    }

    /// <summary>The longest upstream message the gateway quotes (to the operator's log), in characters.</summary>
    private const int QuotedChars = 300;

    /// <summary>
    /// <see cref="UpstreamMessage"/> as the operator's log may hold it: without the gateway's upstream key (a proxy or
    /// server that echoes its request's headers would otherwise write it there) and cut to <see cref="QuotedChars"/>
    /// characters after that, so no part of the key survives the cut either. Null when there is none.
    /// </summary>
    public string? UpstreamMessageForLog(string? upstreamKey)
    {
        if (UpstreamMessage is not { } message)
        {
            return null;
        }
        message = upstreamKey is { Length: > 0 } ? message.Replace(upstreamKey, "[upstream key]", StringComparison.Ordinal) : message;
        return message.Length <= QuotedChars ? message : message[..QuotedChars] + "…";
    }

    /// <summary>
    /// This error as the client may see it: without the gateway's upstream key, should an upstream that echoes its
    /// request's headers put it where its error code goes (a key is shaped like an identifier), and cut to
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
        // A limit's refusal says when its window has room; an error of the gateway's own (busy) says when to try again.
        if (((Status == StatusCodes.Status429TooManyRequests ? Decision?.RetryAfterSeconds : null) ?? RetryAfterSeconds) is { } seconds)
        {
            response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        await response.WriteAsync(ToJson().ToJsonString(ChatJson.Wire), http.RequestAborted).ConfigureAwait(false);
    }
}
