using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Airs.Runtime.AspNetCore.Tests.Gateway;

/// <summary>
/// Ways around a check that a client or an upstream could choose: text split where the client joins it again, text the
/// policy reads in another form than the model does, a name that picks which guard runs. Found by a security review of
/// the gateway (2026-11-28); each test failed before its fix.
/// </summary>
public sealed class GatewayEvasionTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static async Task<(int Status, string Body)> PostAsync(GatewayTestHost gateway, string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await gateway.Client.PostAsync(path, content).WaitAsync(Patience);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static readonly string ToolResultPolicy = GatewayTestHost.Policy.Replace(
        "guard refund_limit on tool_call {",
        """
        guard lookup_result_marker on tool_result {
            when tool.name == "orders.lookup" and tool.result contains "EVIL-MARK"
            block "A poisoned lookup result was dropped."
          }

          guard refund_limit on tool_call {
        """,
        StringComparison.Ordinal);

    /// <summary>
    /// A tool message whose call is not in the request is checked as every tool it could answer; its own <c>name</c> (which
    /// the client writes, and which no upstream reads to match a result to its call) must not narrow that to one tool of
    /// the client's choosing, whose guards then skip what a guard of the real tool would refuse.
    /// </summary>
    [Theory]
    [InlineData("orders.refund")]
    [InlineData("weather")]
    public async Task A_tool_messages_own_name_does_not_choose_which_tools_guards_read_it(string name)
    {
        await using var gateway = await GatewayTestHost.StartAsync(policy: ToolResultPolicy);

        var (status, body) = await PostAsync(gateway, "/v1/chat/completions", $$"""
            {"model":"gpt-test","messages":[{"role":"user","content":"where is A-1?"},
              {"role":"tool","tool_call_id":"call_zz","name":"{{name}}","content":"status: shipped EVIL-MARK"}]}
            """);

        Assert.Equal(403, status);
        Assert.Contains("A poisoned lookup result was dropped.", body, StringComparison.Ordinal);
        Assert.Empty(gateway.Upstream.Completions);
    }

    /// <summary>An upstream's error body with a key twice is still an upstream error (its status), not the gateway's 500.</summary>
    [Theory]
    [InlineData(400, 400)]
    [InlineData(500, 502)]
    public async Task An_upstream_error_with_a_duplicate_key_is_passed_on_as_an_upstream_error_not_a_500(int upstreamStatus, int expected)
    {
        await using var gateway = await GatewayTestHost.StartAsync();
        gateway.Upstream.Hostile = async http =>
        {
            http.Response.StatusCode = upstreamStatus;
            await http.Response.WriteAsync("""{"error":{"code":"one"},"error":{"code":"two"}}""", http.RequestAborted);
        };

        var (status, body) = await PostAsync(gateway, "/v1/chat/completions", GatewayTestHost.Chat(("user", "hi")));

        Assert.Equal(expected, status);
        var code = JsonDocument.Parse(body).RootElement.GetProperty("error").GetProperty("code").GetString();
        Assert.Equal(upstreamStatus < 500 ? "upstream_rejected" : "upstream_failed", code);
    }
}
