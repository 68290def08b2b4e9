using System.Text;
using Airs.Runtime.AI.Guarding;
using Microsoft.Extensions.AI;

namespace Airs.Runtime.AspNetCore.Tests.Guarding;

/// <summary>
/// What reached the inner client or the caller past the guarded client's checks. Found by security review 44
/// (2026-11-27); each test failed before its fix.
/// </summary>
public sealed class GuardedUncheckedPathsTests
{
    // A window of a century: the count never resets while the test runs, whatever the wall clock does.
    private static readonly string RequestLimited = GuardFixture.Policy.Replace("use airs.injection", """
        use airs.injection

          limit chat_rate {
            count requests
            max 1 within 36500d per user
            on exceed block "Too many requests."
          }
        """, StringComparison.Ordinal);

    public static TheoryData<bool> Streamed => [false, true];

    /// <summary>
    /// A request whose messages carry no text (an image alone) is still a request: it gets its <c>input</c> decision, so
    /// request limits, PACE and breakers hold for it. It used to go to the model with no decision at all.
    /// </summary>
    [Theory]
    [MemberData(nameof(Streamed))]
    public async Task A_request_without_text_still_gets_its_input_decision(bool streamed)
    {
        await using var fixture = await GuardFixture.CreateAsync(RequestLimited);
        var model = ScriptedChatClient.Chunks("A cat.");
        var client = model.WithAirsPolicy(fixture.Engine, o => o.IdentityFrom = (_, _) => new AirsIdentity(UserId: "alice"));
        List<ChatMessage> imageOnly = [new(ChatRole.User, [new DataContent(new byte[] { 0x89, 0x50, 0x4e, 0x47 }, "image/png")])];

        Assert.Equal("A cat.", await AskAsync(client, imageOnly, streamed));
        Assert.Equal("Too many requests.", await AskAsync(client, imageOnly, streamed));

        Assert.Single(model.Calls);
        Assert.Equal(["input", "input"], (await fixture.DecisionsAsync()).Where(d => d.Stage == "input").Select(d => d.Stage));
    }

    /// <summary>
    /// A call the service already ran (or a streamed argument delta) comes marked informational: the caller's function
    /// invoker must not run it again. It used to come back as a new, runnable call.
    /// </summary>
    [Theory]
    [MemberData(nameof(Streamed))]
    public async Task An_informational_call_stays_informational(bool streamed)
    {
        await using var fixture = await GuardFixture.CreateAsync();
        var model = ScriptedChatClient.Contents(
            new FunctionCallContent("c1", "faq.search", new Dictionary<string, object?> { ["query"] = "ran already" }) { InformationalOnly = true },
            new FunctionCallContent("c2", "faq.search", new Dictionary<string, object?> { ["query"] = "to run" }));
        var client = model.WithAirsPolicy(fixture.Engine);
        List<ChatMessage> messages = [new(ChatRole.User, "search")];

        var calls = new List<FunctionCallContent>();
        if (streamed)
        {
            await foreach (var update in client.GetStreamingResponseAsync(messages))
            {
                calls.AddRange(update.Contents.OfType<FunctionCallContent>());
            }
        }
        else
        {
            calls.AddRange((await client.GetResponseAsync(messages)).Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>());
        }

        Assert.Equal([("c1", true), ("c2", false)], calls.Select(c => (c.CallId, c.InformationalOnly)));
    }

    /// <summary>
    /// Usage goes on with its counts only: its raw representation (a provider's whole chunk, the answer's text in it)
    /// and extra properties were passed on unchecked.
    /// </summary>
    [Theory]
    [MemberData(nameof(Streamed))]
    public async Task Usage_reaches_the_caller_without_its_raw_representation(bool streamed)
    {
        await using var fixture = await GuardFixture.CreateAsync();
        UsageContent Usage() => new(new UsageDetails { TotalTokenCount = 3 })
        {
            RawRepresentation = "{\"content\": \"SECRET-CANARY\"}",
            AdditionalProperties = new() { ["echo"] = "SECRET-CANARY" },
        };
        var model = new ScriptedChatClient(_ => [new ChatResponseUpdate(ChatRole.Assistant, [new TextContent("Fine."), Usage()]) { MessageId = "m1" }]);
        var whole = new FixedChatClient(new ChatResponse(new ChatMessage(ChatRole.Assistant, [new TextContent("Fine."), Usage()])));
        List<ChatMessage> messages = [new(ChatRole.User, "hello")];

        var usages = new List<UsageContent>();
        if (streamed)
        {
            await foreach (var update in model.WithAirsPolicy(fixture.Engine).GetStreamingResponseAsync(messages))
            {
                usages.AddRange(update.Contents.OfType<UsageContent>());
            }
        }
        else
        {
            usages.AddRange((await whole.WithAirsPolicy(fixture.Engine).GetResponseAsync(messages)).Messages.SelectMany(m => m.Contents).OfType<UsageContent>());
        }

        var usage = Assert.Single(usages);
        Assert.Equal(3, usage.Details.TotalTokenCount);
        Assert.Null(usage.RawRepresentation);
        Assert.Null(usage.AdditionalProperties);
    }

    /// <summary>
    /// A call goes on with the arguments the policy read, not the inner client's dictionary: one that kept filling it
    /// in after yielding the call (as a delta accumulator might) changed what the caller runs after the check.
    /// </summary>
    [Fact]
    public async Task A_call_carries_the_arguments_that_were_checked_not_the_inner_clients_live_dictionary()
    {
        await using var fixture = await GuardFixture.CreateAsync();
        var client = new MutatingCallClient().WithAirsPolicy(fixture.Engine);

        var calls = new List<FunctionCallContent>();
        await foreach (var update in client.GetStreamingResponseAsync([new(ChatRole.User, "list the files")]))
        {
            calls.AddRange(update.Contents.OfType<FunctionCallContent>());
        }

        var call = Assert.Single(calls);
        Assert.Equal("ls", call.Arguments!["command"]?.ToString());
    }

    /// <summary>Yields a call to <c>ls</c>, then rewrites the same dictionary to a command the policy blocks.</summary>
    private sealed class MutatingCallClient : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
            [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            var arguments = new Dictionary<string, object?> { ["command"] = "ls" };
            await Task.Yield();
            yield return new ChatResponseUpdate(ChatRole.Assistant, [new FunctionCallContent("c1", "shell.run", arguments)]);
            arguments["command"] = "rm -rf /";
            yield return new ChatResponseUpdate(ChatRole.Assistant, []) { FinishReason = ChatFinishReason.ToolCalls };
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }

    /// <summary>
    /// An argument string that is not text (a lone surrogate escape, <c>"\ud800"</c>) made a guard that reads the
    /// arguments (airs.injection's, over <c>tool.args_text</c>) throw, and a fail-open tier's posture turned the whole
    /// evaluation into a flag: the permission and argument controls' blocks were dropped and the call was allowed.
    /// </summary>
    [Theory]
    [InlineData("""{"target": "everything", "note": "\ud800"}""", "admin.wipe")]          // a tool nobody granted
    [InlineData("""{"command": "rm -rf /", "note": "\udc00 x"}""", "shell.run")]          // a command a guard blocks, an undeclared argument
    public async Task A_call_whose_arguments_are_not_text_is_refused_in_a_fail_open_tier(string json, string tool)
    {
        await using var fixture = await GuardFixture.CreateAsync(); // tier low: fails open when a control fails
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var arguments = document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone());
        var model = ScriptedChatClient.Contents(new FunctionCallContent("c1", tool, arguments));
        var client = model.WithAirsPolicy(fixture.Engine);

        var response = await client.GetResponseAsync([new(ChatRole.User, "clean up")]);

        Assert.Empty(response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>());
        Assert.Contains("was not made: its arguments are not text (a lone surrogate escape).", response.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(await fixture.DecisionsAsync(), d => d.Stage == "tool_call"); // refused before any reader saw them
    }

    /// <summary>
    /// An argument name that is not text (the inner client's dictionary can hold any string) is refused up front as well,
    /// and so is a value at any depth; streamed or not, whatever <see cref="AirsPolicyOptions.OnBlock"/> says.
    /// </summary>
    [Theory]
    [InlineData(false, AirsBlockBehavior.Refuse)]
    [InlineData(true, AirsBlockBehavior.Refuse)]
    [InlineData(false, AirsBlockBehavior.Throw)]
    [InlineData(true, AirsBlockBehavior.Throw)]
    public async Task A_call_whose_argument_names_or_nested_values_are_not_text_is_refused_up_front(bool streamed, AirsBlockBehavior onBlock)
    {
        await using var fixture = await GuardFixture.CreateAsync();
        using var nested = System.Text.Json.JsonDocument.Parse("""{"deep": ["x", "\ud83d"]}""");
        var model = ScriptedChatClient.Contents(
            new FunctionCallContent("c1", "faq.search", new Dictionary<string, object?> { ["query"] = "returns", ["\udc00"] = 1 }),
            new FunctionCallContent("c2", "faq.search", new Dictionary<string, object?> { ["query"] = nested.RootElement.Clone() }));
        var client = model.WithAirsPolicy(fixture.Engine, o => o.OnBlock = onBlock);

        var text = await AskAsync(client, [new(ChatRole.User, "find the returns policy")], streamed);

        const string Note = "The call to `faq.search` was not made: its arguments are not text (a lone surrogate escape).";
        Assert.Equal(2, text.Split(Note).Length - 1); // both calls: the name's and the nested value's
        Assert.DoesNotContain(await fixture.DecisionsAsync(), d => d.Stage == "tool_call");
    }

    /// <summary>
    /// The author name the model gives a message is text the caller shows and the next turn reads: it was passed on
    /// unchecked. Each distinct name is checked as <c>output</c>: a refused one refuses the whole response.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_response_author_name_the_policy_refuses_refuses_the_response(bool streamed)
    {
        await using var fixture = await GuardFixture.CreateAsync();
        var client = new FixedChatClient(new ChatResponse(new ChatMessage(ChatRole.Assistant, "Here is the answer.") { AuthorName = "SECRET-CANARY" }))
            .WithAirsPolicy(fixture.Engine);

        var (names, text) = await NamesAndTextAsync(client, streamed);

        Assert.DoesNotContain("SECRET-CANARY", names);
        Assert.DoesNotContain("Here is the answer.", text, StringComparison.Ordinal);
        Assert.Contains("Sorry, something went wrong.", text, StringComparison.Ordinal);
    }

    /// <summary>A redaction in an author name goes back into the name; the answer's text is released as it was.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_response_author_name_is_released_redacted(bool streamed)
    {
        await using var fixture = await GuardFixture.CreateAsync();
        var client = new FixedChatClient(new ChatResponse(new ChatMessage(ChatRole.Assistant, "Here is the answer.") { AuthorName = "agent jane.doe@example.com" }))
            .WithAirsPolicy(fixture.Engine);

        var (names, text) = await NamesAndTextAsync(client, streamed);

        Assert.Equal(["agent [REDACTED]"], names.Distinct());
        Assert.Equal("Here is the answer.", text);
    }

    /// <summary>The author names of every message or update (streamed: one per update), and the text, of one answer to "hi".</summary>
    private static async Task<(List<string?> Names, string Text)> NamesAndTextAsync(IChatClient client, bool streamed)
    {
        var names = new List<string?>();
        var text = new StringBuilder();
        if (streamed)
        {
            await foreach (var update in client.GetStreamingResponseAsync([new(ChatRole.User, "hi")]))
            {
                names.Add(update.AuthorName);
                text.Append(update.Text);
            }
        }
        else
        {
            var response = await client.GetResponseAsync([new(ChatRole.User, "hi")]);
            names.AddRange(response.Messages.Select(m => m.AuthorName));
            text.Append(response.Text);
        }
        return (names, text.ToString());
    }

    private static async Task<string> AskAsync(IChatClient client, List<ChatMessage> messages, bool streamed)
    {
        if (!streamed)
        {
            return (await client.GetResponseAsync(messages)).Text;
        }
        var text = new StringBuilder();
        await foreach (var update in client.GetStreamingResponseAsync(messages))
        {
            text.Append(update.Text);
        }
        return text.ToString();
    }

    /// <summary>Answers every request with one response, as it is.</summary>
    private sealed class FixedChatClient(ChatResponse response) : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(response);

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
            CancellationToken cancellationToken = default) => response.ToChatResponseUpdates().ToAsyncEnumerable();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
