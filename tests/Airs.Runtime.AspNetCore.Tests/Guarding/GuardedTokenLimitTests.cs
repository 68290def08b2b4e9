using Airs.Runtime.AI.Guarding;
using Microsoft.Extensions.AI;

namespace Airs.Runtime.AspNetCore.Tests.Guarding;

/// <summary>
/// The guarded client is the host that sees the model's usage (<see cref="ChatResponse.Usage"/>, a stream's
/// <see cref="UsageContent"/>), so it counts it against the policy's token and cost limits, as the gateway does.
/// </summary>
public sealed class GuardedTokenLimitTests
{
    // A window of a century: the count never resets while the test runs, whatever the wall clock does.
    private static readonly string TokenLimited = GuardFixture.Policy.Replace("use airs.injection", """
        use airs.injection

          limit daily_tokens {
            count tokens
            max 40 within 36500d per user
            on exceed block "Out of tokens."
          }
        """, StringComparison.Ordinal);

    private static readonly AirsIdentity Alice = new(UserId: "alice");

    public static TheoryData<bool> Streamed => [false, true];

    /// <summary>Every answer costs 15 tokens: after three (45 of 40) the fourth call is refused before the model is called; per user.</summary>
    [Theory]
    [MemberData(nameof(Streamed))]
    public async Task The_models_reported_tokens_count_against_a_token_limit(bool streamed)
    {
        Assert.Contains("daily_tokens", TokenLimited, StringComparison.Ordinal);
        await using var fixture = await GuardFixture.CreateAsync(TokenLimited);
        var model = Answering("Your order is on its way.", new UsageDetails { InputTokenCount = 10, OutputTokenCount = 5, TotalTokenCount = 15 });
        var user = Alice;
        var client = model.WithAirsPolicy(fixture.Engine, o => o.IdentityFrom = (_, _) => user);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("Your order is on its way.", await AskAsync(client, streamed));
        }
        var refused = await AskAsync(client, streamed);

        Assert.Equal("Out of tokens.", refused);
        Assert.Equal(3, model.Calls.Count);
        user = new AirsIdentity(UserId: "bob");
        Assert.Equal("Your order is on its way.", await AskAsync(client, streamed));
    }

    /// <summary>The model spent the tokens of an answer the output guards refuse: they count all the same.</summary>
    [Theory]
    [MemberData(nameof(Streamed))]
    public async Task The_tokens_of_an_answer_the_guardrails_refuse_count_all_the_same(bool streamed)
    {
        await using var fixture = await GuardFixture.CreateAsync(TokenLimited);
        var model = Answering("The code is SECRET-CANARY.", new UsageDetails { InputTokenCount = 10, OutputTokenCount = 5, TotalTokenCount = 15 });
        var client = model.WithAirsPolicy(fixture.Engine, o => o.IdentityFrom = (_, _) => Alice);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("Sorry, something went wrong.", await AskAsync(client, streamed));
        }

        Assert.Equal("Out of tokens.", await AskAsync(client, streamed));
        Assert.Equal(3, model.Calls.Count);
    }

    /// <summary>A provider that reports only the prompt's and the completion's tokens: their sum is the total.</summary>
    [Fact]
    public async Task Input_and_output_tokens_count_when_the_total_is_not_reported()
    {
        await using var fixture = await GuardFixture.CreateAsync(TokenLimited);
        var model = Answering("Your order is on its way.", new UsageDetails { InputTokenCount = 30, OutputTokenCount = 15 });
        var client = model.WithAirsPolicy(fixture.Engine, o => o.IdentityFrom = (_, _) => Alice);

        Assert.Equal("Your order is on its way.", await AskAsync(client, streamed: false));

        Assert.Equal("Out of tokens.", await AskAsync(client, streamed: false));
        Assert.Single(model.Calls);
    }

    /// <summary>
    /// A whole answer without usage cannot be counted: under a token limit it is not passed on (the gateway's 502
    /// upstream_usage_missing). Without a token limit nothing needs it.
    /// </summary>
    [Fact]
    public async Task A_whole_answer_without_usage_is_not_passed_on_under_a_token_limit()
    {
        await using var limited = await GuardFixture.CreateAsync(TokenLimited);
        var model = Answering("Your order is on its way.", usage: null);
        var client = model.WithAirsPolicy(limited.Engine, o => o.IdentityFrom = (_, _) => Alice);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetResponseAsync([new(ChatRole.User, "Where is my order?")]));

        Assert.Contains("usage", error.Message, StringComparison.Ordinal);
        Assert.Single(model.Calls);
        Assert.Equal(["input"], (await limited.DecisionsAsync()).Select(d => d.Stage)); // the answer was never checked, nor released

        await using var unlimited = await GuardFixture.CreateAsync();
        var free = model.WithAirsPolicy(unlimited.Engine);
        Assert.Equal("Your order is on its way.", (await free.GetResponseAsync([new(ChatRole.User, "Where is my order?")])).Text);
    }

    /// <summary>A streamed answer has mostly gone out when its usage would arrive: one without usage counts nothing, and is not cut off.</summary>
    [Fact]
    public async Task A_streamed_answer_without_usage_counts_nothing_and_is_released()
    {
        await using var fixture = await GuardFixture.CreateAsync(TokenLimited);
        var model = Answering("Your order is on its way.", usage: null);
        var client = model.WithAirsPolicy(fixture.Engine, o => o.IdentityFrom = (_, _) => Alice);

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal("Your order is on its way.", await AskAsync(client, streamed: true));
        }
        Assert.Equal(4, model.Calls.Count);
    }

    /// <summary>The answer's text as the caller reads it: the text of a response, or of every streamed update.</summary>
    private static async Task<string> AskAsync(IChatClient client, bool streamed)
    {
        List<ChatMessage> messages = [new(ChatRole.User, "Where is my order?")];
        if (!streamed)
        {
            return (await client.GetResponseAsync(messages)).Text;
        }
        var text = "";
        await foreach (var update in client.GetStreamingResponseAsync(messages))
        {
            text += update.Text;
        }
        return text;
    }

    /// <summary>Streams the answer in two pieces, then the usage in an update of its own, as OpenAI's last chunk carries it.</summary>
    private static ScriptedChatClient Answering(string answer, UsageDetails? usage) =>
        new(_ =>
        {
            var half = answer.Length / 2;
            List<ChatResponseUpdate> updates =
            [
                new(ChatRole.Assistant, answer[..half]) { MessageId = "m1" },
                new(ChatRole.Assistant, answer[half..]) { MessageId = "m1", FinishReason = ChatFinishReason.Stop },
            ];
            if (usage is not null)
            {
                updates.Add(new ChatResponseUpdate(ChatRole.Assistant, [new UsageContent(usage)]) { MessageId = "m1" });
            }
            return updates;
        });
}
