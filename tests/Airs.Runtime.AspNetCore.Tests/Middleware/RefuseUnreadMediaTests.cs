using System.Net;
using Airs.Runtime.AspNetCore.Middleware;
using Airs.Runtime.AspNetCore.Tests.Guarding;

namespace Airs.Runtime.AspNetCore.Tests.Middleware;

/// <summary>
/// <see cref="AirsMiddlewareOptions.RefuseUnreadMedia"/> on a real Kestrel endpoint: an image or audio part, whose words
/// no policy reads, is a 400 naming it before any decision and never reaches the endpoint; text passes as before. Off (the
/// default), both reach the endpoint.
/// </summary>
public sealed class RefuseUnreadMediaTests
{
    private const string Image = """{"type":"image_url","image_url":{"url":"https://x.example/a.png"}}""";
    private const string ImageData = """{"type":"image_url","image_url":{"url":"data:image/png;base64,iVBORw0KGgo="}}""";
    private const string Audio = """{"type":"input_audio","input_audio":{"data":"UklGRg==","format":"wav"}}""";

    private static string Chat(string part, bool stream = false) =>
        """{"stream":""" + (stream ? "true" : "false")
        + ""","messages":[{"role":"system","content":"Be brief."},{"role":"user","content":[{"type":"text","text":"What is the limit?"},""" + part + "]}]}";

    private static Action<AirsMiddlewareOptions> Configure(GuardFixture fixture, bool refuse) => o =>
    {
        RequestShapeTests.Guard(o, fixture);
        o.RefuseUnreadMedia = refuse;
    };

    [Theory]
    [InlineData(Image, false, "image_url")]
    [InlineData(Image, true, "image_url")]
    [InlineData(ImageData, false, "image_url")]
    [InlineData(Audio, false, "input_audio")]
    [InlineData(Audio, true, "input_audio")]
    public async Task An_image_or_audio_part_is_a_400_naming_it_before_any_decision(string part, bool stream, string type)
    {
        await using var fixture = await GuardFixture.CreateAsync();
        await using var server = await ChatServer.StartAsync(Configure(fixture, refuse: true));

        using var response = await server.PostAsync("/v1/chat/completions", Chat(part, stream));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"`messages[1].content[1]` is a part of type `{type}`: no policy reads images or audio, and this endpoint refuses what the policy cannot read",
            await RequestShapeTests.DetailAsync(response));
        Assert.Equal(0, server.EndpointCalls);
        Assert.Empty(await fixture.DecisionsAsync());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_text_only_request_still_passes(bool stream)
    {
        await using var fixture = await GuardFixture.CreateAsync();
        await using var server = await ChatServer.StartAsync(Configure(fixture, refuse: true));
        var body = Chat("""{"type":"text","text":"And the fee?"}""", stream);

        using var chat = await server.PostAsync("/v1/chat/completions", body);
        using var input = await server.PostAsync("/chat", """{"input":"What is the limit?"}""");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (chat.StatusCode, input.StatusCode));
        Assert.Equal(body, await chat.Content.ReadAsStringAsync());
        Assert.Equal(2, server.EndpointCalls);
    }

    [Theory]
    [InlineData(Image)]
    [InlineData(ImageData)]
    [InlineData(Audio)]
    public async Task By_default_media_reach_the_endpoint(string part)
    {
        await using var fixture = await GuardFixture.CreateAsync();
        await using var server = await ChatServer.StartAsync(Configure(fixture, refuse: false));

        using var response = await server.PostAsync("/v1/chat/completions", Chat(part));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Chat(part), await response.Content.ReadAsStringAsync());
        Assert.Equal(1, server.EndpointCalls);
    }
}
