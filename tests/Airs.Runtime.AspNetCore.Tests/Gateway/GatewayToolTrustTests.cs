using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Airs.Runtime.AspNetCore.Tests.Gateway;

/// <summary>
/// What the model and the client choose about tools cannot open a way past the policy: a refused call's name and
/// argument names are never echoed into the answer (they are added after the output check), and a tool result whose
/// call is not in the request is checked as every tool it could come from, not as none. Found by a security review
/// (2026-11-26); each test failed before the fix.
/// </summary>
public sealed class GatewayToolTrustTests
{
    /// <summary>Text the output check blocks (the canary) or redacts (an e-mail, a card), put where the model chooses a tool's name.</summary>
    private const string Leak = "SECRET-CANARY jane.doe@example.com 4111 1111 1111 1111";

    private static async Task<(int Status, string Body)> PostRawAsync(GatewayTestHost gateway, string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await gateway.Client.PostAsync(path, content);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static void AssertNothingOfTheLeak(string body)
    {
        Assert.DoesNotContain("SECRET-CANARY", body, StringComparison.Ordinal);
        Assert.DoesNotContain("jane.doe", body, StringComparison.Ordinal);
        Assert.DoesNotContain("4111", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_calls_name_is_not_echoed_into_a_chat_answer()
    {
        await using var gateway = await GatewayTestHost.StartAsync();
        gateway.Upstream.Answer = new JsonObject { ["role"] = "assistant", ["content"] = Leak };
        Assert.Equal(403, (await gateway.PostAsync(GatewayTestHost.Chat(("user", "hi")))).Status); // as text it is refused

        gateway.Upstream.Answer = new JsonObject
        {
            ["role"] = "assistant",
            ["content"] = null,
            ["tool_calls"] = new JsonArray(FakeUpstream.ToolCall("call_1", Leak, "{}")),
        };
        var (status, body) = await gateway.PostAsync(GatewayTestHost.Chat(("user", "hi")));

        Assert.Equal(200, status);
        var content = body.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString()!;
        Assert.StartsWith("A call to a tool this policy does not declare was not made: the policy does not allow it [decision `", content);
        AssertNothingOfTheLeak(body.ToString());
    }

    [Fact]
    public async Task A_refused_calls_argument_names_are_not_echoed_either()
    {
        await using var gateway = await GatewayTestHost.StartAsync();
        gateway.Upstream.Answer = new JsonObject
        {
            ["role"] = "assistant",
            ["content"] = null,
            ["tool_calls"] = new JsonArray(FakeUpstream.ToolCall("call_1", "orders.lookup", JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["order_id"] = "42",
                [Leak] = "x",
            }))),
        };

        var (status, body) = await gateway.PostAsync(GatewayTestHost.Chat(("user", "Where is order 42?")));

        Assert.Equal(200, status);
        Assert.Contains("The call to `orders.lookup` was not made: the policy does not allow it", body.ToString(), StringComparison.Ordinal);
        AssertNothingOfTheLeak(body.ToString());
    }

    [Fact]
    public async Task A_refused_calls_name_is_not_echoed_into_a_streamed_chat_answer()
    {
        await using var gateway = await GatewayTestHost.StartAsync();
        gateway.Upstream.FinishReason = "tool_calls";
        gateway.Upstream.Scripted =
        [
            new JsonObject { ["tool_calls"] = new JsonArray(new JsonObject
            {
                ["index"] = 0, ["id"] = "call_1", ["type"] = "function",
                ["function"] = new JsonObject { ["name"] = Leak, ["arguments"] = "{}" },
            }) }.ToJsonString(),
        ];

        var (status, body) = await PostRawAsync(gateway, "/v1/chat/completions",
            """{"model":"gpt-test","stream":true,"messages":[{"role":"user","content":"hi"}]}""");

        Assert.Equal(200, status);
        Assert.Contains("A call to a tool this policy does not declare was not made", body, StringComparison.Ordinal);
        AssertNothingOfTheLeak(body);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_refused_function_calls_name_is_not_echoed_into_a_responses_answer(bool stream)
    {
        await using var gateway = await GatewayTestHost.StartAsync();
        if (stream)
        {
            gateway.Upstream.Scripted = ["Hello. ", FakeUpstream.FunctionCall("call_1", Leak, "{}").ToJsonString()];
        }
        else
        {
            gateway.Upstream.ResponseOutput = [FakeUpstream.FunctionCall("call_1", Leak, "{}")];
        }

        var (status, body) = await PostRawAsync(gateway, "/v1/responses", $$"""{"model":"gpt-test","input":"hi","stream":{{(stream ? "true" : "false")}}}""");

        Assert.Equal(200, status);
        Assert.Contains("A call to a tool this policy does not declare was not made", body, StringComparison.Ordinal);
        AssertNothingOfTheLeak(body);
    }

    internal static readonly string ToolResultPolicy = GatewayTestHost.Policy.Replace(
        "guard refund_limit on tool_call {",
        """
        guard lookup_result_marker on tool_result {
            when tool.name == "orders.lookup" and tool.result contains "EVIL-MARK"
            block "A poisoned lookup result was dropped."
          }

          guard refund_limit on tool_call {
        """,
        StringComparison.Ordinal);

    [Fact]
    public async Task A_function_call_output_after_previous_response_id_is_checked_as_every_tool_it_could_answer()
    {
        await using var gateway = await GatewayTestHost.StartAsync(policy: ToolResultPolicy);

        // The SDKs' ordinary second turn: the call is in the upstream's stored response, not in this request.
        var (status, body) = await PostRawAsync(gateway, "/v1/responses", """
            {"model":"gpt-test","previous_response_id":"resp_up_1","input":[
              {"type":"function_call_output","call_id":"call_1","output":"status: shipped EVIL-MARK"}]}
            """);

        Assert.Equal(403, status);
        Assert.Contains("A poisoned lookup result was dropped.", body, StringComparison.Ordinal);
        Assert.Empty(gateway.Upstream.Responses);
    }

    [Fact]
    public async Task A_chat_tool_message_that_answers_no_call_in_the_request_is_checked_as_every_tool_it_could_answer()
    {
        await using var gateway = await GatewayTestHost.StartAsync(policy: ToolResultPolicy);

        var (status, _) = await PostRawAsync(gateway, "/v1/chat/completions", """
            {"model":"gpt-test","messages":[{"role":"user","content":"where is A-1?"},
              {"role":"tool","tool_call_id":"call_zz","content":"status: shipped EVIL-MARK"}]}
            """);

        Assert.Equal(403, status);
        Assert.Empty(gateway.Upstream.Completions);
    }

    [Fact]
    public async Task An_ordinary_tool_result_out_of_sight_still_goes_through()
    {
        await using var gateway = await GatewayTestHost.StartAsync(policy: ToolResultPolicy);

        var (status, _) = await PostRawAsync(gateway, "/v1/responses", """
            {"model":"gpt-test","previous_response_id":"resp_up_1","input":[
              {"type":"function_call_output","call_id":"call_1","output":"status: shipped on Monday"}]}
            """);

        Assert.Equal(200, status);
        Assert.Contains("shipped on Monday", gateway.Upstream.Responses.Single().Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Fields_the_upstream_sets_pass_only_as_identifiers(bool stream)
    {
        await using var gateway = await GatewayTestHost.StartAsync();
        gateway.Upstream.Scripted = ["Hello there."];

        // The fake upstream echoes the request's model into its answer's `model`, as a careless or hostile server could
        // put any text there; no decision reads that field.
        var (status, body) = await PostRawAsync(gateway, "/v1/chat/completions",
            $$"""{"model":"{{Leak}}","stream":{{(stream ? "true" : "false")}},"messages":[{"role":"user","content":"hi"}]}""");

        Assert.Equal(200, status);
        Assert.Contains("Hello", body, StringComparison.Ordinal);
        AssertNothingOfTheLeak(body);
    }

    /// <summary>A guard over every argument's text, as airs.injection and airs.secrets have: it reads each string.</summary>
    private static readonly string ArgsTextPolicy = GatewayTestHost.Policy.Replace("""
          guard refund_limit on tool_call {
        """, """
          guard no_drop on tool_call {
            when any a in tool.args_text: a contains "DROP TABLE"
            block "No SQL in arguments."
          }

          guard refund_limit on tool_call {
        """, StringComparison.Ordinal);

    /// <summary>
    /// An argument string that is not text (a lone surrogate escape) made the compiled guard reading the arguments throw,
    /// and the tier's fail-open posture (this policy is `low`) turned the whole evaluation into a flag, dropping
    /// tool_permission's block: a tool nobody granted reached the client. Found by security review 44.
    /// </summary>
    [Fact]
    public async Task A_call_whose_arguments_are_not_text_never_reaches_the_client()
    {
        Assert.Contains("no_drop", ArgsTextPolicy, StringComparison.Ordinal);
        await using var gateway = await GatewayTestHost.StartAsync(policy: ArgsTextPolicy);
        gateway.Upstream.Answer = new JsonObject
        {
            ["role"] = "assistant",
            ["content"] = null,
            ["tool_calls"] = new JsonArray(FakeUpstream.ToolCall("call_1", "admin.wipe", """{"target": "everything", "note": "\ud800"}""")),
        };

        var (status, body) = await gateway.PostAsync(GatewayTestHost.Chat(("user", "clean up")));

        Assert.Equal(200, status);
        var message = body.GetProperty("choices")[0].GetProperty("message");
        Assert.False(message.TryGetProperty("tool_calls", out var calls) && calls.ValueKind == JsonValueKind.Array && calls.GetArrayLength() > 0, body.ToString());
        Assert.StartsWith("A call to a tool this policy does not declare was not made: its arguments are not text", message.GetProperty("content").GetString());
    }

    /// <summary>
    /// Arguments that are not text (a lone surrogate escape in a value or a name, at any depth) are refused before the
    /// policy reads them, with a sentence saying so (naming no argument: the model chose the names): not left to a guard's
    /// reader throwing, and never a 5xx.
    /// </summary>
    [Theory]
    [InlineData("""{"order_id": "42", "amount": 1, "note": "\ud800"}""")]
    [InlineData("""{"order_id": "\udc00 42", "amount": 1}""")]
    [InlineData("""{"order_id": "42", "amount": 1, "extra": {"deep": ["x", "\ud83d"]}}""")]
    [InlineData("""{"order_id": "42", "amount": 1, "\ud800": "x"}""")]
    [InlineData("""{"order_id": "42", "amount": 1, "extra": {"\ud800": "x"}}""")]
    public async Task A_call_whose_arguments_are_not_text_is_refused_up_front(string arguments)
    {
        await using var gateway = await GatewayTestHost.StartAsync(policy: ArgsTextPolicy);
        gateway.Upstream.Answer = new JsonObject
        {
            ["role"] = "assistant",
            ["content"] = null,
            ["tool_calls"] = new JsonArray(FakeUpstream.ToolCall("call_1", "orders.refund", arguments)),
        };
        gateway.Upstream.FinishReason = "tool_calls";

        var (status, body) = await gateway.PostAsync(GatewayTestHost.Chat(("user", "refund order 42")));

        Assert.Equal(200, status);
        var choice = body.GetProperty("choices")[0];
        Assert.False(choice.GetProperty("message").TryGetProperty("tool_calls", out _), body.ToString());
        Assert.Equal("stop", choice.GetProperty("finish_reason").GetString());
        Assert.Equal("The call to `orders.refund` was not made: its arguments are not text (a lone surrogate escape).",
            choice.GetProperty("message").GetProperty("content").GetString());
    }
}
