using System.Text;
using Airs.Runtime.AI.Guarding;
using Microsoft.Extensions.AI;

namespace Airs.Runtime.AspNetCore.Tests.Guarding;

/// <summary>
/// <see cref="AirsPolicyOptions.RefuseUnreadMedia"/>: a message carrying images, audio or video (data or links), or any
/// content the policy does not read as text, throws <see cref="NotSupportedException"/> before any decision, streamed or
/// not, whatever <see cref="AirsPolicyOptions.OnBlock"/> says (as for other contents the client cannot check), and the
/// model is not called. Text passes as before; off (the default), media reach the model.
/// </summary>
public sealed class GuardedRefuseUnreadMediaTests
{
    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static AIContent Content(string kind) => kind switch
    {
        "image data" => new DataContent(Png, "image/png"),
        "audio data" => new DataContent(Png, "audio/wav"),
        "video data" => new DataContent(Png, "video/mp4"),
        "pdf" => new DataContent(Encoding.UTF8.GetBytes("%PDF-1.7"), "application/pdf"),
        "image link" => new UriContent("https://images.example/a.png", "image/png"),
        "audio link" => new UriContent("https://media.example/a.mp3", "audio/mpeg"),
        "hosted file" => new HostedFileContent("file-123"),
        "tool image" => new FunctionResultContent("call_1", new DataContent(Png, "image/png")),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static readonly string[] Kinds = ["image data", "audio data", "video data", "pdf", "image link", "audio link", "hosted file", "tool image"];

    public static TheoryData<string, bool, AirsBlockBehavior> Unread
    {
        get
        {
            var data = new TheoryData<string, bool, AirsBlockBehavior>();
            foreach (var kind in Kinds)
            {
                data.Add(kind, false, AirsBlockBehavior.Refuse);
                data.Add(kind, true, AirsBlockBehavior.Throw);
            }
            return data;
        }
    }

    /// <summary>The conversation: a clean first message, then one with a text and the content (a tool result after its call).</summary>
    private static List<ChatMessage> Conversation(AIContent content) => content is FunctionResultContent
        ?
        [
            new(ChatRole.User, "Take a screenshot of my order."),
            new(ChatRole.Assistant, [new FunctionCallContent("call_1", "faq.search", new Dictionary<string, object?> { ["query"] = "order" })]),
            new(ChatRole.Tool, [new TextContent("Here it is."), content]),
        ]
        : [new(ChatRole.System, "Be brief."), new(ChatRole.User, [new TextContent("What is in this?"), content])];

    private static async Task<ChatResponse> CallAsync(IChatClient client, List<ChatMessage> messages, bool streamed)
    {
        if (!streamed)
        {
            return await client.GetResponseAsync(messages);
        }
        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in client.GetStreamingResponseAsync(messages))
        {
            updates.Add(update);
        }
        return updates.ToChatResponse();
    }

    [Theory]
    [MemberData(nameof(Unread))]
    public async Task Content_the_policy_cannot_read_is_refused_before_any_decision(string kind, bool streamed, AirsBlockBehavior onBlock)
    {
        await using var fixture = await GuardFixture.CreateAsync();
        var model = ScriptedChatClient.Chunks("never sent");
        var client = model.WithAirsPolicy(fixture.Engine, o =>
        {
            o.RefuseUnreadMedia = true;
            o.OnBlock = onBlock;
        });
        var messages = Conversation(Content(kind));

        var error = await Assert.ThrowsAsync<NotSupportedException>(() => CallAsync(client, messages, streamed));

        Assert.StartsWith($"messages[{messages.Count - 1}].Contents[1] is ", error.Message, StringComparison.Ordinal);
        Assert.Contains("refuses content the policy cannot read as text (RefuseUnreadMedia)", error.Message, StringComparison.Ordinal);
        Assert.Empty(model.Calls);
        Assert.Empty(await fixture.DecisionsAsync()); // not even the tool result's
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Text_still_passes(bool streamed)
    {
        await using var fixture = await GuardFixture.CreateAsync();
        var model = ScriptedChatClient.Chunks("The limit is 100.");
        var client = model.WithAirsPolicy(fixture.Engine, o => o.RefuseUnreadMedia = true);
        List<ChatMessage> messages =
        [
            new(ChatRole.System, "Be brief."),
            new(ChatRole.User, [new TextContent("What is the limit?"), new DataContent(Encoding.UTF8.GetBytes("""{"plan":"basic"}"""), "application/json")]),
            new(ChatRole.Assistant, [new FunctionCallContent("call_1", "faq.search", new Dictionary<string, object?> { ["query"] = "limit" })]),
            new(ChatRole.Tool, [new FunctionResultContent("call_1", "The limit is 100.")]),
        ];

        var response = await CallAsync(client, messages, streamed);

        Assert.Equal("The limit is 100.", response.Text);
        Assert.Single(model.Calls);
    }

    [Theory]
    [InlineData("image data", false)]
    [InlineData("audio link", true)]
    [InlineData("tool image", false)]
    public async Task By_default_media_reach_the_model(string kind, bool streamed)
    {
        await using var fixture = await GuardFixture.CreateAsync();
        var model = ScriptedChatClient.Chunks("A parcel.");
        var client = model.WithAirsPolicy(fixture.Engine);
        var content = Content(kind);

        var response = await CallAsync(client, Conversation(content), streamed);

        Assert.Equal("A parcel.", response.Text);
        var sent = Assert.Single(model.Calls)[^1].Contents[^1];
        Assert.Equal(content.GetType(), sent.GetType());
    }
}
