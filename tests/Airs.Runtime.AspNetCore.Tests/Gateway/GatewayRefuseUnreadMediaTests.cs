using System.Text;
using System.Text.Json;
using Airs.Runtime.AspNetCore.Gateway;
using Airs.Runtime.Audit;

namespace Airs.Runtime.AspNetCore.Tests.Gateway;

/// <summary>
/// <see cref="GatewayOptions.RefuseUnreadMedia"/> (<c>--refuse-unread-media</c>) on a real gateway on 127.0.0.1: a request
/// carrying an image (a link or data) or audio, whose words no policy reads, is a 400 naming the part before any decision
/// and without any upstream call; text-only requests pass as before. Off (the default), images are forwarded.
/// </summary>
public sealed class GatewayRefuseUnreadMediaTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private const string Png = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==";

    private static GatewayOptions Refusing(GatewayOptions options) => options with { RefuseUnreadMedia = true };

    /// <summary>A clean first message, then a user message with a text part and <paramref name="part"/>.</summary>
    private static string Chat(string part, bool stream) =>
        """{"model":"gpt-test","stream":""" + (stream ? "true" : "false")
        + ""","messages":[{"role":"system","content":"Be brief."},{"role":"user","content":[{"type":"text","text":"What is in this?"},""" + part + "]}]}";

    private static string Responses(string part, bool stream) =>
        """{"model":"gpt-test","stream":""" + (stream ? "true" : "false")
        + ""","input":[{"role":"system","content":"Be brief."},{"role":"user","content":[{"type":"input_text","text":"What is in this?"},""" + part + "]}]}";

    private static async Task<(int Status, string Body)> PostAsync(GatewayTestHost gateway, string path, string json)
    {
        using var response = await gateway.Client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json")).WaitAsync(Patience);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync().WaitAsync(Patience));
    }

    private static async Task<int> DecisionCountAsync(GatewayTestHost gateway)
    {
        var count = 0;
        await foreach (var record in gateway.Sidecar.Store.ReadAuditAsync())
        {
            count += record.Kind == AuditKinds.Decision ? 1 : 0;
        }
        return count;
    }

    [Theory]
    [InlineData("{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://images.example/a.png\"}}", false, "image_url")]
    [InlineData("{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://images.example/a.png\"}}", true, "image_url")]
    [InlineData("{\"type\":\"image_url\",\"image_url\":{\"url\":\"" + Png + "\",\"detail\":\"low\"}}", false, "image_url")]
    [InlineData("{\"type\":\"image_url\",\"image_url\":{\"url\":\"" + Png + "\"}}", true, "image_url")]
    [InlineData("""{"type":"input_audio","input_audio":{"data":"UklGRg==","format":"wav"}}""", false, "input_audio")]
    [InlineData("""{"type":"input_audio","input_audio":{"data":"UklGRg==","format":"mp3"}}""", true, "input_audio")]
    public async Task A_chat_with_an_image_or_audio_is_a_400_naming_it_before_any_decision_or_upstream_call(string part, bool stream, string type)
    {
        await using var gateway = await GatewayTestHost.StartAsync(Refusing);

        var (status, body) = await PostAsync(gateway, "/v1/chat/completions", Chat(part, stream));

        Assert.Equal(400, status);
        var error = JsonDocument.Parse(body).RootElement.GetProperty("error");
        Assert.Equal(("invalid_request_error", "invalid_request"), (error.GetProperty("type").GetString(), error.GetProperty("code").GetString()));
        Assert.Equal($"`messages[1].content[1]` is a part of type `{type}`: no policy reads images or audio, and this endpoint refuses what the policy cannot read",
            error.GetProperty("message").GetString());
        Assert.Empty(gateway.Upstream.Server.Requests);
        Assert.Equal(0, await DecisionCountAsync(gateway));
    }

    [Theory]
    [InlineData("""{"type":"input_image","image_url":"https://images.example/a.png"}""", false)]
    [InlineData("""{"type":"input_image","image_url":"https://images.example/a.png","detail":"high"}""", true)]
    [InlineData("{\"type\":\"input_image\",\"image_url\":\"" + Png + "\"}", false)]
    [InlineData("{\"type\":\"input_image\",\"image_url\":\"" + Png + "\"}", true)]
    public async Task A_response_request_with_an_image_is_a_400_naming_it_before_any_decision_or_upstream_call(string part, bool stream)
    {
        await using var gateway = await GatewayTestHost.StartAsync(Refusing);

        var (status, body) = await PostAsync(gateway, "/v1/responses", Responses(part, stream));

        Assert.Equal(400, status);
        var error = JsonDocument.Parse(body).RootElement.GetProperty("error");
        Assert.Equal(("invalid_request_error", "invalid_request"), (error.GetProperty("type").GetString(), error.GetProperty("code").GetString()));
        Assert.StartsWith("`input[1].content[1]` is a part of type `input_image`: no policy reads images", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(gateway.Upstream.Server.Requests);
        Assert.Equal(0, await DecisionCountAsync(gateway));
    }

    /// <summary>A tool's output may carry an image too: a screenshot a tool took is read no better than one a user sent.</summary>
    [Fact]
    public async Task An_image_in_a_function_call_output_is_refused()
    {
        await using var gateway = await GatewayTestHost.StartAsync(Refusing);
        const string Json = """
            {"model":"gpt-test","input":[{"role":"user","content":"Take a screenshot."},
             {"type":"function_call","call_id":"call_1","name":"orders.lookup","arguments":"{\"order_id\":\"42\"}"},
             {"type":"function_call_output","call_id":"call_1","output":[{"type":"input_image","image_url":"https://images.example/s.png"}]}]}
            """;

        var (status, body) = await PostAsync(gateway, "/v1/responses", Json);

        Assert.Equal(400, status);
        Assert.Contains("`input[2].output[0]` is a part of type `input_image`", body, StringComparison.Ordinal);
        Assert.Empty(gateway.Upstream.Server.Requests);
    }

    [Theory]
    [InlineData("/v1/chat/completions", false)]
    [InlineData("/v1/chat/completions", true)]
    [InlineData("/v1/responses", false)]
    [InlineData("/v1/responses", true)]
    public async Task A_text_only_request_still_passes(string path, bool stream)
    {
        await using var gateway = await GatewayTestHost.StartAsync(Refusing);
        gateway.Upstream.Scripted = ["Order 42 ships today."];
        const string Text = """{"type":"text","text":"And order 42?"}""";
        var json = path == "/v1/responses" ? Responses(Text.Replace("\"text\",", "\"input_text\",", StringComparison.Ordinal), stream) : Chat(Text, stream);

        var (status, body) = await PostAsync(gateway, path, json);

        Assert.Equal(200, status);
        Assert.Contains(stream ? "Order 42 ships today." : "Hello.", body, StringComparison.Ordinal);
        Assert.Single(gateway.Upstream.Server.Requests);
    }

    /// <summary>Off, as by default, an image is forwarded (its link read as text, its pixels not at all), as before the option.</summary>
    [Theory]
    [InlineData("/v1/chat/completions", "{\"type\":\"image_url\",\"image_url\":{\"url\":\"https://images.example/a.png\"}}")]
    [InlineData("/v1/chat/completions", "{\"type\":\"image_url\",\"image_url\":{\"url\":\"" + Png + "\"}}")]
    [InlineData("/v1/responses", """{"type":"input_image","image_url":"https://images.example/a.png"}""")]
    [InlineData("/v1/responses", "{\"type\":\"input_image\",\"image_url\":\"" + Png + "\"}")]
    public async Task By_default_an_image_is_forwarded(string path, string part)
    {
        await using var gateway = await GatewayTestHost.StartAsync();
        var json = path == "/v1/responses" ? Responses(part, stream: false) : Chat(part, stream: false);

        var (status, _) = await PostAsync(gateway, path, json);

        Assert.Equal(200, status);
        var sent = JsonDocument.Parse(Assert.Single(gateway.Upstream.Server.Requests).Body).RootElement;
        var forwarded = sent.GetProperty(path == "/v1/responses" ? "input" : "messages")[1].GetProperty("content")[1];
        Assert.Equal(JsonDocument.Parse(part).RootElement.GetProperty("type").GetString(), forwarded.GetProperty("type").GetString());
    }
}
