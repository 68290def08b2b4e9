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
