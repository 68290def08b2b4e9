using System.Net;
using Airs.Runtime.AspNetCore.Tests.Guarding;
using Airs.Runtime.AspNetCore.Tests.Streaming;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Microsoft.AspNetCore.Http;

namespace Airs.Runtime.AspNetCore.Tests.Middleware;

/// <summary>
/// Which context fields the middleware sets, and marks present, for each stage it checks: read from the real engine's
/// guardrails (<see cref="RecordingPolicy"/>) behind a real Kestrel host. The gateway and the guarded client build
/// their contexts the same way (<c>GuardContext</c>), so a field means the same thing whichever host checked it.
/// </summary>
public sealed class ContextFieldTests
{
    private const string Chat = """
        {"messages":[
          {"role":"system","content":"Be brief."},
          {"role":"user","content":"Search the FAQ"},
          {"role":"assistant","content":null,"tool_calls":[{"id":"c1","type":"function","function":{"name":"faq.search","arguments":"{}"}}]},
          {"role":"tool","tool_call_id":"c1","content":"Returns are accepted within 30 days."},
          {"role":"user","content":"What is my balance?"}]}
        """;

    private static Task<AnswerServer> StartAsync(GuardFixture fixture) =>
        AnswerServer.StartAsync(fixture,
            http => http.Response.WriteAsJsonAsync(new { choices = new[] { new { index = 0, message = new { role = "assistant", content = "You have 40 pounds." } } } }),
            o => o.SessionIdFrom = _ => "s1");

    [Fact]
    public async Task A_tool_result_is_checked_with_its_tool_name_and_identity_and_no_input_text()
    {
        await using var fixture = await GuardFixture.CreateAsync();
        await using var server = await StartAsync(fixture);

        using var response = await server.PostAsync(Chat);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var context = Assert.Single(fixture.Evaluated, e => e.Stage == Stage.ToolResult).Context;
        Assert.Equal("faq.search", context.ToolName);
        Assert.Equal("Returns are accepted within 30 days.", context.ToolResult);
        Assert.Equal(("alice", "s1", ""), (context.UserId, context.SessionId, context.InputText));
        Assert.Equal([ContextField.ToolName, ContextField.ToolResult, ContextField.UserId, ContextField.SessionId], Sorted(context.Present));
    }

    [Fact]
    public async Task Every_request_text_is_checked_as_input_with_the_identity()
    {
        await using var fixture = await GuardFixture.CreateAsync();
        await using var server = await StartAsync(fixture);

        using var response = await server.PostAsync(Chat);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var context = Assert.Single(fixture.Evaluated, e => e.Stage == Stage.Input).Context;
        Assert.StartsWith("Be brief.\n\nSearch the FAQ\n\n", context.InputText, StringComparison.Ordinal);
        Assert.Contains("Returns are accepted within 30 days.", context.InputText, StringComparison.Ordinal);
        Assert.EndsWith("What is my balance?", context.InputText, StringComparison.Ordinal);
        Assert.Equal(("alice", "s1", ""), (context.UserId, context.SessionId, context.AgentId));
        Assert.Equal([ContextField.InputText, ContextField.UserId, ContextField.SessionId], Sorted(context.Present));
    }

    [Fact]
    public async Task The_answer_is_checked_as_output_against_the_last_user_message()
    {
        await using var fixture = await GuardFixture.CreateAsync();
        await using var server = await StartAsync(fixture);

        using var response = await server.PostAsync(Chat);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var context = Assert.Single(fixture.Evaluated, e => e.Stage == Stage.Output).Context;
        Assert.Equal("You have 40 pounds.", context.OutputText);
        Assert.Equal("What is my balance?", context.InputText);
        Assert.Equal(("alice", "s1"), (context.UserId, context.SessionId));
        Assert.Equal([ContextField.InputText, ContextField.OutputText, ContextField.UserId, ContextField.SessionId], Sorted(context.Present));
    }

    [Fact]
    public async Task A_field_is_marked_present_only_when_the_request_carries_it()
    {
        await using var fixture = await GuardFixture.CreateAsync();
        await using var server = await AnswerServer.StartAsync(fixture, http => http.Response.WriteAsJsonAsync(new { reply = "Fine." }), o => o.UserIdFrom = null);

        using var response = await server.PostAsync("""{"messages":[{"role":"user","content":""}]}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Assert.Single(fixture.Evaluated, e => e.Stage == Stage.Input).Context.Present);
        Assert.Equal([ContextField.OutputText], Sorted(Assert.Single(fixture.Evaluated, e => e.Stage == Stage.Output).Context.Present));
    }

    private static ContextField[] Sorted(IReadOnlySet<ContextField> present) => [.. present.Order()];
}
