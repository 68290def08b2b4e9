namespace Airs.Runtime.AspNetCore.Tests.Sidecar;

/// <summary>
/// DNS rebinding: a web page whose name an attacker re-points at 127.0.0.1 reaches a loopback sidecar from the user's
/// browser, with the page's own name as the Host. On loopback only loopback names are answered.
/// </summary>
public sealed class SidecarHostHeaderTests
{
    private const string Context = """{"input":{"text":"hello"},"user":{"id":"victim"}}""";

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:8787")]
    [InlineData("127.0.0.1.evil.example")]
    [InlineData("localhost.evil.example")]
    public async Task A_name_that_is_not_loopback_is_refused_421(string host)
    {
        await using var sidecar = await StartAsync(allowRemote: false);

        using var response = await SendAsync(sidecar, host);

        await SidecarErrorTests.AssertProblemAsync(response, 421, "is not a loopback name");
        Assert.Empty(sidecar.Logs.Errors);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("LOCALHOST:8787")]
    [InlineData("127.0.0.1:8787")]
    [InlineData("127.1.2.3")]
    [InlineData("[::1]:8787")]
    public async Task Loopback_names_are_answered(string host)
    {
        await using var sidecar = await StartAsync(allowRemote: false);

        using var response = await SendAsync(sidecar, host);

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task With_allow_remote_any_name_is_answered()
    {
        await using var sidecar = await StartAsync(allowRemote: true);

        using var response = await SendAsync(sidecar, "sidecar.internal:8787", SidecarTestHost.DecisionSecret);

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private static Task<SidecarTestHost> StartAsync(bool allowRemote)
    {
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundle(SidecarTestHost.Example("summariser"), directory);
        return SidecarTestHost.StartAsync(directory, ["summariser"], configure: o => o with
        {
            AllowRemote = allowRemote,
            DecisionTokens = allowRemote ? [new("client", SidecarTestHost.DecisionSecret)] : [],
        });
    }

    private static async Task<HttpResponseMessage> SendAsync(SidecarTestHost sidecar, string host, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/decisions/summariser/input") { Content = SidecarTestHost.Json(Context) };
        request.Headers.Host = host;
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }
        return await sidecar.Client.SendAsync(request);
    }
}
