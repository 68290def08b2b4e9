using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Airs.Cli;
using Airs.Runtime.AspNetCore.Tests.Sidecar;
using Microsoft.AspNetCore.Http;

namespace Airs.Runtime.AspNetCore.Tests.Gateway;

/// <summary>
/// `airs gateway`'s own options fail early, as usage errors (exit 2) with one clear line; and the ones that bound the
/// upstream reach the running gateway: the real command, run in process, against a fake upstream on loopback.
/// </summary>
public sealed class GatewayCommandTests
{
    private static async Task<(int Code, string Error)> GatewayAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await AirsCommand.RunAsync(["gateway", .. args], output, error);
        return (code, error.ToString());
    }

    [Theory]
    [InlineData(new string[0], "--upstream")]
    [InlineData(new[] { "--upstream", "ftp://models.example/v1" }, "`--upstream ftp://models.example/v1`: give the upstream's base URL")]
    [InlineData(new[] { "--upstream", "http://127.0.0.1:9/v1", "--upstream-key-env", "AIRS_TEST_SURELY_UNSET_VARIABLE" },
        "the environment variable `AIRS_TEST_SURELY_UNSET_VARIABLE` (`--upstream-key-env`) is not set")]
    [InlineData(new[] { "--upstream", "http://127.0.0.1:9/v1", "--user-header", "X User" }, "`--user-header X User` is not a header name")]
    [InlineData(new[] { "--upstream", "http://127.0.0.1:9/v1", "--urls", "http://0.0.0.0:8788" }, "is not a loopback address; pass `--allow-remote`")]
    [InlineData(new[] { "--upstream", "http://127.0.0.1:9/v1", "--upstream-timeout", "0" }, "`--upstream-timeout 0`: give a number of seconds, 1 or more")]
    [InlineData(new[] { "--upstream", "http://127.0.0.1:9/v1", "--max-answer-mb", "-3" }, "`--max-answer-mb -3`: give a number of megabytes, 1 or more")]
    [InlineData(new[] { "--upstream", "http://127.0.0.1:9/v1", "--max-upstream-calls", "0" }, "`--max-upstream-calls 0`: give a number of calls, 1 or more")]
    [InlineData(new[] { "--upstream", "http://127.0.0.1:9/v1", "--upstream-queue", "-1" }, "`--upstream-queue -1`: give a number of requests, 0 or more")]
    public async Task Bad_options_are_usage_errors_before_anything_listens(string[] options, string message)
    {
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundleFromSource(GatewayTestHost.Policy, directory);

        var (code, error) = await GatewayAsync([directory, "--allow-unsigned", "shop_bot", "--store", Path.Combine(directory, "airs.db"), .. options]);

        Assert.Equal(2, code);
        Assert.Contains(message, error);
    }

    private const string KeyVariable = "AIRS_TEST_GATEWAY_COMMAND_UPSTREAM_KEY";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Each bound differs from its default in a way the client sees: a 1-second upstream timeout (default 300) turns a
    /// stalled upstream into a 504 that says 1 s; a 1 MB answer limit (default 16) refuses a 1.5 MB answer; one upstream
    /// call at a time (default 64) with no queue (default 64, which would hold the second call until the first ends)
    /// refuses a second call at once.
    /// </summary>
    [Fact]
    public async Task The_upstream_bounds_reach_the_running_gateway()
    {
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundleFromSource(GatewayTestHost.Policy, directory);
        await using var upstream = await FakeUpstream.StartAsync();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var holding = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        upstream.Hostile = async http =>
        {
            var model = JsonNode.Parse(upstream.Server.Requests.Last().Body)!["model"]!.GetValue<string>();
            if (model == "stall")
            {
                await Task.Delay(Timeout.Infinite, http.RequestAborted);
            }
            if (model == "hold")
            {
                holding.TrySetResult();
                await release.Task.WaitAsync(http.RequestAborted);
            }
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(GatewayTestHost.Completion(model == "huge" ? new string('a', 1536 * 1024) : "Hello.").ToJsonString(), http.RequestAborted);
        };
        Environment.SetEnvironmentVariable(KeyVariable, FakeUpstream.Key);
        using var error = new ListeningWriter();
        using var stop = new CancellationTokenSource();
        var run = AirsCommand.RunAsync(["gateway", directory, "--allow-unsigned", "shop_bot", "--store", Path.Combine(directory, "airs.db"),
            "--urls", "http://127.0.0.1:0", "--upstream", upstream.BaseUrl.ToString(), "--upstream-key-env", KeyVariable,
            "--upstream-timeout", "1", "--max-answer-mb", "1", "--max-upstream-calls", "1", "--upstream-queue", "0"], TextWriter.Null, error, stop.Token);
        try
        {
            await Task.WhenAny(error.Listening.Task, run).WaitAsync(Patience);
            Assert.True(error.Listening.Task.IsCompleted, $"the gateway did not start: {error}");
            await AssertBoundsAsync(await error.Listening.Task, holding.Task, release);
        }
        finally
        {
            await stop.CancelAsync(); // a failed assertion must not leave the gateway running
        }
        Assert.Equal(0, await run.WaitAsync(Patience));
    }

    /// <summary>
    /// <c>--refuse-unread-media</c> reaches the running gateway: a chat with an image is a 400 and never forwarded, a
    /// text-only chat is forwarded. (Off by default: <see cref="GatewayRefuseUnreadMediaTests"/>.)
    /// </summary>
    [Fact]
    public async Task Refuse_unread_media_reaches_the_running_gateway()
    {
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundleFromSource(GatewayTestHost.Policy, directory);
        await using var upstream = await FakeUpstream.StartAsync();
        Environment.SetEnvironmentVariable(KeyVariable, FakeUpstream.Key);
        using var error = new ListeningWriter();
        using var stop = new CancellationTokenSource();
        var run = AirsCommand.RunAsync(["gateway", directory, "--allow-unsigned", "shop_bot", "--store", Path.Combine(directory, "airs.db"),
            "--urls", "http://127.0.0.1:0", "--upstream", upstream.BaseUrl.ToString(), "--upstream-key-env", KeyVariable, "--refuse-unread-media"],
            TextWriter.Null, error, stop.Token);
        try
        {
            await Task.WhenAny(error.Listening.Task, run).WaitAsync(Patience);
            Assert.True(error.Listening.Task.IsCompleted, $"the gateway did not start: {error}");
            using var client = new HttpClient { BaseAddress = await error.Listening.Task, Timeout = Patience };
            const string Image = """{"model":"gpt-test","messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"https://images.example/a.png"}}]}]}""";

            using var refused = await client.PostAsync("/v1/chat/completions", new StringContent(Image, Encoding.UTF8, "application/json"));
            var (allowed, _) = await ChatAsync(client, "gpt-test");

            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("`messages[0].content[0]` is a part of type `image_url`", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, allowed);
            Assert.Single(upstream.Completions);
        }
        finally
        {
            await stop.CancelAsync();
        }
        Assert.Equal(0, await run.WaitAsync(Patience));
    }

    private static async Task AssertBoundsAsync(Uri gateway, Task holding, TaskCompletionSource release)
    {
        using var client = new HttpClient { BaseAddress = gateway, Timeout = Patience };

        var (stalled, stalledError) = await ChatAsync(client, "stall");
        Assert.Equal((HttpStatusCode.GatewayTimeout, "upstream_timeout"), (stalled, stalledError.GetProperty("code").GetString()));
        Assert.Contains("within 1 s", stalledError.GetProperty("message").GetString(), StringComparison.Ordinal);

        var (huge, hugeError) = await ChatAsync(client, "huge");
        Assert.Equal((HttpStatusCode.BadGateway, "upstream_too_large"), (huge, hugeError.GetProperty("code").GetString()));
        Assert.Contains("limit of 1048576 bytes", hugeError.GetProperty("message").GetString(), StringComparison.Ordinal);

        var held = ChatAsync(client, "hold");
        await holding.WaitAsync(Patience);
        var (busy, busyError) = await ChatAsync(client, "gpt-test");
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "gateway_busy"), (busy, busyError.GetProperty("code").GetString()));
        Assert.Equal("the gateway is making its 1 upstream calls; retry in a moment", busyError.GetProperty("message").GetString());
        release.TrySetResult();
        Assert.Equal(HttpStatusCode.OK, (await held).Status);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Error)> ChatAsync(HttpClient client, string model)
    {
        var json = JsonSerializer.Serialize(new { model, messages = new[] { new { role = "user", content = "Where is my order?" } } });
        using var response = await client.PostAsync("/v1/chat/completions", new StringContent(json, Encoding.UTF8, "application/json")).WaitAsync(Patience);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response.StatusCode, body.TryGetProperty("error", out var failure) ? failure : body);
    }

    /// <summary>Standard error as the command writes it (lines from several threads), telling where the gateway listens once it does.</summary>
    private sealed class ListeningWriter : StringWriter
    {
        public TaskCompletionSource<Uri> Listening { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override void WriteLine(string? value)
        {
            lock (this)
            {
                base.WriteLine(value);
            }
            // `airs gateway: `shop_bot` on http://127.0.0.1:PORT`
            var on = value?.IndexOf(" on http", StringComparison.Ordinal) ?? -1;
            if (value is not null && value.StartsWith("airs gateway:", StringComparison.Ordinal) && on >= 0)
            {
                Listening.TrySetResult(new Uri(value[(on + " on ".Length)..].Split(',')[0].Trim()));
            }
        }

        public override string ToString()
        {
            lock (this)
            {
                return base.ToString();
            }
        }
    }
}
