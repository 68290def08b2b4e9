using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Airs.Runtime.AspNetCore.Gateway;
using Airs.Runtime.AspNetCore.Sidecar;
using Airs.Runtime.AspNetCore.Tests.Sidecar;
using Airs.Runtime.Stores;

namespace Airs.Runtime.AspNetCore.Tests.Gateway;

/// <summary>A real gateway (the sidecar with <see cref="GatewayOptions"/>) on 127.0.0.1 in front of a <see cref="FakeUpstream"/>.</summary>
internal sealed class GatewayTestHost : IAsyncDisposable
{
    public const string ClientKey = "gateway-client-key-7";

    public const string Policy = """
        policy shop_bot {
          version "1.0.0"
          tier low
          owner "tests@example.com"

          tools ["orders.lookup", "orders.refund"]

          guard prompt_injection on input {
            when input.text matches /ignore (all|any|previous) instructions/i
            block "I can't help with that."
          }

          guard managers_review on input {
            when input.text contains "speak to a manager"
            escalate desk
          }

          review desk {
            sla 4h
            on expiry block "Nobody reviewed this in time."
          }

          guard canary_leak on output {
            when output.text contains "SECRET-CANARY"
            block "Sorry, something went wrong."
          }

          guard refund_promise on output {
            when output.text contains "guaranteed refund"
            escalate desk
          }

          guard marked_request on output {
            when input.text contains "ZEBRA-MARK"
            block "The answer to a marked request was stopped."
          }

          guard no_pii_out on output {
            when pii.found(output.text, [email, card])
            redact pii.spans(output.text, [email, card]) with "[REDACTED]"
          }

          tool "orders.lookup" {
            args { order_id: string }
          }
          tool "orders.refund" {
            args { order_id: string, amount: number }
            writes
          }

          guard refund_limit on tool_call {
            when tool.name == "orders.refund" and tool.args.amount > 500
            block "Refunds over 500 need a person."
          }
        }
        """;

    private GatewayTestHost(SidecarTestHost sidecar, FakeUpstream upstream)
    {
        Sidecar = sidecar;
        Upstream = upstream;
        Client = new HttpClient { BaseAddress = sidecar.Host.Addresses[0] };
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ClientKey);
    }

    public SidecarTestHost Sidecar { get; }

    public FakeUpstream Upstream { get; }

    /// <summary>Sends the decision token as its API key, as an OpenAI SDK would.</summary>
    public HttpClient Client { get; }

    /// <summary>The base URL a client configures: the gateway's address with <c>/v1</c>.</summary>
    public Uri BaseUrl => new(Sidecar.Host.Addresses[0], "/v1");

    /// <param name="store">Given: the gateway's store in <paramref name="directory"/> (the caller disposes it); null: a new SQLite store.</param>
    /// <param name="time">The sidecar's clock (upstream deadlines included); null: the system's.</param>
    public static async Task<GatewayTestHost> StartAsync(Func<GatewayOptions, GatewayOptions>? configure = null, string policy = Policy, string policyName = "shop_bot",
        IAirsStore? store = null, string? directory = null, TimeProvider? time = null)
    {
        var upstream = await FakeUpstream.StartAsync();
        directory ??= SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundleFromSource(policy, directory);
        var gateway = new GatewayOptions { Upstream = upstream.BaseUrl, UpstreamKey = FakeUpstream.Key, UserHeader = "X-User-Id", SessionHeader = "X-Session-Id" };
        var sidecar = await SidecarTestHost.StartAsync(directory, [policyName], store, configure: options => options with
        {
            DecisionTokens = [new SidecarToken("client", ClientKey)],
            MaxBodyBytes = 64 * 1024,
            Gateway = configure?.Invoke(gateway) ?? gateway,
            TimeProvider = time ?? options.TimeProvider,
        });
        return new GatewayTestHost(sidecar, upstream);
    }

    /// <summary>A non-streamed chat completion as an upstream answers it, with usage.</summary>
    public static JsonObject Completion(string content) => new()
    {
        ["id"] = "chatcmpl-9",
        ["object"] = "chat.completion",
        ["created"] = 1700000000,
        ["model"] = "gpt-test",
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
            ["finish_reason"] = "stop",
        }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = 10, ["completion_tokens"] = 5, ["total_tokens"] = 15 },
    };

    public static string Chat(params (string Role, string Content)[] messages) => JsonSerializer.Serialize(new
    {
        model = "gpt-test",
        messages = messages.Select(m => new { role = m.Role, content = m.Content }),
    });

    public async Task<(int Status, JsonElement Body)> PostAsync(string json, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/chat/completions") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        configure?.Invoke(request);
        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return ((int)response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Sidecar.DisposeAsync();
        await Upstream.DisposeAsync();
    }
}
