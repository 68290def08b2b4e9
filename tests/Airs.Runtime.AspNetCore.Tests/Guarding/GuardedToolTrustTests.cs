using Airs.Runtime.AI.Guarding;
using Microsoft.Extensions.AI;

namespace Airs.Runtime.AspNetCore.Tests.Guarding;

/// <summary>
/// The guarded <see cref="IChatClient"/>'s side of <c>GatewayToolTrustTests</c>: a refused call's model-chosen name is
/// not echoed into the answer, and a tool result whose call is not in the conversation is checked as every tool it could
/// answer. Found by a security review (2026-11-26); each test failed before the fix.
/// </summary>
public sealed class GuardedToolTrustTests
{
    [Fact]
    public async Task A_refused_calls_name_is_not_echoed_into_the_answer()
    {
        await using var fixture = await GuardFixture.CreateAsync();
        var model = ScriptedChatClient.Contents(
            new FunctionCallContent("c9", "SECRET-CANARY jane.doe@example.com", new Dictionary<string, object?>()));
        var client = model.WithAirsPolicy(fixture.Engine);

        var response = await client.GetResponseAsync([new(ChatRole.User, "hello")]);

        Assert.Equal("A call to a tool this policy does not declare was not made: " + new AirsPolicyOptions().RefusalMessage, response.Text);
        Assert.DoesNotContain("SECRET-CANARY", response.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("jane.doe", response.Text, StringComparison.Ordinal);
    }

    private const string ResultPolicy = """
        policy chat_guard2 {
          version "1.0.0"
          tier low
          owner "tests@example.com"
          tools ["faq.search", "orders.lookup"]
          tool "faq.search" { args { query: string } }
          tool "orders.lookup" { args { order_id: string } }
          guard faq_marker on tool_result {
            when tool.name == "faq.search" and tool.result contains "EVIL-MARK"
            block "poisoned"
          }
        }
        """;

    [Fact]
    public async Task A_tool_result_whose_call_the_provider_keeps_is_checked_as_every_tool_it_could_answer()
    {
        await using var fixture = await GuardFixture.CreateAsync(ResultPolicy);
        var model = ScriptedChatClient.Chunks("ok");
        var client = model.WithAirsPolicy(fixture.Engine);

        var response = await client.GetResponseAsync(
            [new(ChatRole.Tool, [new FunctionResultContent("c1", "answer EVIL-MARK")])],
            new ChatOptions { ConversationId = "conv_1" });

        Assert.Equal("poisoned", response.Text);
        Assert.Empty(model.Calls);
    }

    [Fact]
    public async Task An_ordinary_tool_result_out_of_sight_still_reaches_the_model()
    {
        await using var fixture = await GuardFixture.CreateAsync(ResultPolicy);
        var model = ScriptedChatClient.Chunks("ok");
        var client = model.WithAirsPolicy(fixture.Engine);

        var response = await client.GetResponseAsync(
            [new(ChatRole.Tool, [new FunctionResultContent("c1", "the answer is 42")])],
            new ChatOptions { ConversationId = "conv_1" });

        Assert.Equal("ok", response.Text);
        Assert.Single(model.Calls);
        // Checked with no name, then as each declared tool: three tool_result decisions.
        Assert.Equal(3, (await fixture.DecisionsAsync()).Count(d => d.Stage == "tool_result"));
    }

    [Fact]
    public async Task A_tool_result_is_read_as_input_too_as_the_gateway_reads_tool_messages()
    {
        const string inputOnly = """
            policy chat_guard3 {
              version "1.0.0"
              tier low
              owner "tests@example.com"
              tools ["faq.search"]
              tool "faq.search" { args { query: string } }
              guard marker_in on input {
                when input.text contains "EVIL-MARK"
                block "marked"
              }
            }
            """;
        await using var fixture = await GuardFixture.CreateAsync(inputOnly);
        var model = ScriptedChatClient.Chunks("ok");
        var client = model.WithAirsPolicy(fixture.Engine);

        var response = await client.GetResponseAsync(
        [
            new(ChatRole.User, "faq?"),
            new(ChatRole.Assistant, [new FunctionCallContent("c1", "faq.search", new Dictionary<string, object?> { ["query"] = "x" })]),
            new(ChatRole.Tool, [new FunctionResultContent("c1", "answer EVIL-MARK")]),
        ]);

        Assert.Equal("marked", response.Text);
        Assert.Empty(model.Calls);
    }
}
