using System.CommandLine;
using Airs.Runtime.AspNetCore.Gateway;
using Airs.Runtime.Streaming;

namespace Airs.Cli.Commands;

/// <summary>
/// `airs gateway &lt;bundle|dir&gt; --upstream URL`: an OpenAI-compatible endpoint (`/v1/chat/completions`, `/v1/responses`, `/v1/models`)
/// that checks every stage of a chat against the served policy and forwards to the upstream (see docs/gateway.md).
/// It is `airs serve` with these options added: reviews, PACE, breakers, tokens and the bound-address check are the
/// sidecar's.
/// </summary>
public static class GatewayCommand
{
    public static Command Create(CliConsole console)
    {
        var upstream = new Option<string>("--upstream") { Description = "the upstream's base URL, with its `/v1` (e.g. https://api.openai.com/v1)", Required = true };
        var keyEnv = new Option<string?>("--upstream-key-env") { Description = "the environment variable holding the upstream's API key (never logged)" };
        var policy = new Option<string?>("--policy") { Description = "the served policy that guards the chat (default: the only one served)" };
        var userHeader = new Option<string?>("--user-header") { Description = "the request header carrying the user id (e.g. X-User-Id)" };
        var sessionHeader = new Option<string?>("--session-header") { Description = "the request header carrying the session id" };
        var agentHeader = new Option<string?>("--agent-header") { Description = "the request header carrying the agent id" };
        var userFromBody = new Option<bool>("--user-from-body") { Description = "take the user id from the body's `user` field when no user header is given (the caller writes it)" };
        var holdBack = new Option<int>("--hold-back") { Description = "characters of a streamed answer always held back until checked", DefaultValueFactory = _ => StreamingReleaseOptions.DefaultHoldBack };
        var window = new Option<int?>("--release-window") { Description = "release streamed text every N characters instead of sentence by sentence" };
        var timeout = new Option<int>("--upstream-timeout") { Description = "seconds one upstream call may take, streaming included (504 after it)", DefaultValueFactory = _ => (int)Defaults.UpstreamTimeout.TotalSeconds };
        var maxAnswer = new Option<int>("--max-answer-mb") { Description = "megabytes of one upstream answer, whole or streamed, the gateway reads (502 above it)", DefaultValueFactory = _ => (int)(Defaults.MaxAnswerBytes / Megabyte) };
        var maxCalls = new Option<int>("--max-upstream-calls") { Description = "upstream calls in flight at once, streams included (503 gateway_busy beyond them and the queue)", DefaultValueFactory = _ => Defaults.MaxUpstreamCalls };
        var queue = new Option<int>("--upstream-queue") { Description = "requests that may wait for an upstream call to come free", DefaultValueFactory = _ => Defaults.MaxQueuedUpstreamCalls };
        var refuseMedia = new Option<bool>("--refuse-unread-media") { Description = "refuse (400) requests carrying an image or audio, which no policy reads (default: images pass, their links read as text)" };
        Option[] options = [upstream, keyEnv, policy, userHeader, sessionHeader, agentHeader, userFromBody, holdBack, window, timeout, maxAnswer, maxCalls, queue, refuseMedia];
        return ServeCommand.Create(console, "gateway", "an OpenAI-compatible endpoint that checks every stage of a chat and forwards it upstream",
            "http://127.0.0.1:8788", new ServeCommand.Extension(options, (result, sidecar) => sidecar with
            {
                Gateway = new GatewayOptions
                {
                    Upstream = Upstream(result.GetValue(upstream)!),
                    UpstreamKey = Key(result.GetValue(keyEnv)),
                    Policy = result.GetValue(policy),
                    UserHeader = HeaderName(result.GetValue(userHeader), "--user-header"),
                    SessionHeader = HeaderName(result.GetValue(sessionHeader), "--session-header"),
                    AgentHeader = HeaderName(result.GetValue(agentHeader), "--agent-header"),
                    UserFromBody = result.GetValue(userFromBody),
                    StreamRelease = Release(result.GetValue(holdBack), result.GetValue(window)),
                    UpstreamTimeout = TimeSpan.FromSeconds(AtLeast(1, result.GetValue(timeout), "--upstream-timeout", "seconds")),
                    MaxAnswerBytes = AtLeast(1, result.GetValue(maxAnswer), "--max-answer-mb", "megabytes") * Megabyte,
                    MaxUpstreamCalls = AtLeast(1, result.GetValue(maxCalls), "--max-upstream-calls", "calls"),
                    MaxQueuedUpstreamCalls = AtLeast(0, result.GetValue(queue), "--upstream-queue", "requests"),
                    RefuseUnreadMedia = result.GetValue(refuseMedia),
                },
            }));
    }

    private static readonly GatewayOptions Defaults = new() { Upstream = new Uri("http://127.0.0.1/v1") };

    private const long Megabyte = 1024 * 1024;

    private static int AtLeast(int least, int value, string option, string unit) =>
        value >= least ? value : throw new UsageException($"`{option} {value}`: give a number of {unit}, {least} or more");

    private static Uri Upstream(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.UserInfo.Length == 0 && uri.Query.Length == 0
            ? uri
            : throw new UsageException($"`--upstream {text}`: give the upstream's base URL, e.g. `https://api.openai.com/v1`");

    private static StreamingReleaseOptions Release(int holdBack, int? window) =>
        holdBack < 0 ? throw new UsageException($"`--hold-back {holdBack}`: give a number of characters, 0 or more")
        : window < 1 ? throw new UsageException($"`--release-window {window}`: give a number of characters, 1 or more")
        : new StreamingReleaseOptions { HoldBack = holdBack, Window = window };

    private static string? Key(string? variable)
    {
        if (variable is null)
        {
            return null;
        }
        var key = Environment.GetEnvironmentVariable(variable);
        return string.IsNullOrEmpty(key)
            ? throw new UsageException($"the environment variable `{variable}` (`--upstream-key-env`) is not set")
            : key;
    }

    private static string? HeaderName(string? name, string option) =>
        name is null || (name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            ? name
            : throw new UsageException($"`{option} {name}` is not a header name; use letters, digits, `-` or `_`");
}
