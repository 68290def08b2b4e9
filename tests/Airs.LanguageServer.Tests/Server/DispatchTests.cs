using System.Text.Json;
using Airs.LanguageServer.JsonRpc;
using Airs.LanguageServer.Server;
using Airs.LanguageServer.Tests.Support;

namespace Airs.LanguageServer.Tests.Server;

public sealed class DispatchTests
{
    private sealed record EchoParams(string Word, int Times);

    private sealed record EchoResult(string Text);

    /// <summary>Test-only methods, registered through the same registry the features use.</summary>
    private sealed class TestMethods
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource<bool> Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public LanguageServerOptions Options => new()
        {
            Configure = server => server.Handlers
                .OnRequest<EchoParams, EchoResult>("test/echo", (p, _) => Task.FromResult(new EchoResult(string.Concat(Enumerable.Repeat(p.Word, p.Times)))))
                .OnRequest<object?>("test/throw", _ => throw new InvalidOperationException("Something broke."))
                .OnNotification("test/throwNotification", _ => throw new InvalidOperationException("notification broke"))
                .OnRequest<object?>("test/wait", async cancellationToken =>
                {
                    Started.TrySetResult();
                    try
                    {
                        await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
                    }
                    finally
                    {
                        Cancelled.TrySetResult(cancellationToken.IsCancellationRequested);
                    }
                    return null;
                }),
        };
    }

    private static int ErrorCode(JsonElement response) => response.GetProperty("error").GetProperty("code").GetInt32();

    private static string ErrorMessage(JsonElement response) => response.GetProperty("error").GetProperty("message").GetString()!;

    [Fact]
    public async Task Typed_handlers_get_camel_case_params_and_return_camel_case_results()
    {
        await using var client = await LspTestClient.StartInitializedAsync(new TestMethods().Options);
        var response = await client.RequestAsync("test/echo", new { word = "ab", times = 3 }, id: "string-id");
        Assert.Equal("string-id", response.GetProperty("id").GetString());
        Assert.Equal("ababab", response.GetProperty("result").GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("""{"word":"ab"}""")]
    [InlineData("""{"word":"ab","times":"three"}""")]
    [InlineData("""{"word":null,"times":1}""")]
    [InlineData("null")]
    public async Task Ill_formed_params_are_invalid_params(string parameters)
    {
        await using var client = await LspTestClient.StartInitializedAsync(new TestMethods().Options);
        await client.SendRawAsync(LspTestClient.Frame($$"""{"jsonrpc":"2.0","id":7,"method":"test/echo","params":{{parameters}}}"""));
        var response = await client.ResponseAsync("7");
        Assert.Equal(ErrorCodes.InvalidParams, ErrorCode(response));
        Assert.Contains("`test/echo`", ErrorMessage(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_requests_are_method_not_found_and_unknown_notifications_are_ignored()
    {
        await using var client = await LspTestClient.StartInitializedAsync(new TestMethods().Options);
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { } });
        await client.NotifyAsync("$/setTrace", new { value = "off" });
        var response = await client.RequestAsync("textDocument/nonsense", new { });
        Assert.Equal(ErrorCodes.MethodNotFound, ErrorCode(response));
        Assert.Equal("unknown method `textDocument/nonsense`", ErrorMessage(response));
        Assert.Equal("x", (await client.RequestAsync("test/echo", new { word = "x", times = 1 })).GetProperty("result").GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_throwing_handler_becomes_an_internal_error_and_the_server_keeps_running()
    {
        await using var client = await LspTestClient.StartInitializedAsync(new TestMethods().Options);
        var failed = await client.RequestAsync("test/throw", null);
        Assert.Equal(ErrorCodes.InternalError, ErrorCode(failed));
        Assert.Equal("internal error while handling `test/throw`: something broke", ErrorMessage(failed));

        await client.NotifyAsync("test/throwNotification", null);
        // Both failures reach the client's log (other log lines, like the greeting, may come first).
        var logged = new List<string>();
        while (!logged.Any(m => m.StartsWith("notification test/throwNotification failed", StringComparison.Ordinal)))
        {
            logged.Add((await client.NotificationAsync("window/logMessage")).GetProperty("params").GetProperty("message").GetString()!);
        }
        Assert.Contains(logged, m => m.StartsWith("request test/throw failed", StringComparison.Ordinal));

        var after = await client.RequestAsync("test/echo", new { word = "ok", times = 1 });
        Assert.Equal("ok", after.GetProperty("result").GetProperty("text").GetString());
    }

    [Fact]
    public async Task Cancel_request_cancels_the_handler_token_and_answers_request_cancelled()
    {
        var methods = new TestMethods();
        await using var client = await LspTestClient.StartInitializedAsync(methods.Options);
        await client.SendJsonAsync(new { jsonrpc = "2.0", id = 42, method = "test/wait" });
        await methods.Started.Task.WaitAsync(LspTestClient.Patience);

        await client.NotifyAsync("$/cancelRequest", new { id = 42 });

        var response = await client.ResponseAsync("42");
        Assert.Equal(ErrorCodes.RequestCancelled, ErrorCode(response));
        Assert.True(await methods.Cancelled.Task.WaitAsync(LspTestClient.Patience));
    }

    [Fact]
    public async Task A_running_request_does_not_block_later_ones()
    {
        var methods = new TestMethods();
        await using var client = await LspTestClient.StartInitializedAsync(methods.Options);
        await client.SendJsonAsync(new { jsonrpc = "2.0", id = "slow", method = "test/wait" });
        await methods.Started.Task.WaitAsync(LspTestClient.Patience);
        var quick = await client.RequestAsync("test/echo", new { word = "q", times = 2 });
        Assert.Equal("qq", quick.GetProperty("result").GetProperty("text").GetString());
        await client.NotifyAsync("$/cancelRequest", new { id = "slow" });
        Assert.Equal(ErrorCodes.RequestCancelled, ErrorCode(await client.ResponseAsync("\"slow\"")));
    }

    [Fact]
    public async Task The_client_going_away_cancels_running_requests()
    {
        var methods = new TestMethods();
        var client = await LspTestClient.StartInitializedAsync(methods.Options);
        await client.SendJsonAsync(new { jsonrpc = "2.0", id = 1000, method = "test/wait" });
        await methods.Started.Task.WaitAsync(LspTestClient.Patience);
        await client.CloseInputAsync();
        Assert.Equal(1, await client.ExitCodeAsync());
        Assert.True(await methods.Cancelled.Task.WaitAsync(LspTestClient.Patience));
        await client.DisposeAsync();
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_parse_error_and_the_server_keeps_running()
    {
        await using var client = await LspTestClient.StartInitializedAsync(new TestMethods().Options);
        await client.SendRawAsync(LspTestClient.Frame("{this is not json"));
        var error = await client.ResponseAsync("null");
        Assert.Equal(ErrorCodes.ParseError, ErrorCode(error));

        Assert.Equal("y", (await client.RequestAsync("test/echo", new { word = "y", times = 1 })).GetProperty("result").GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_bad_header_is_a_parse_error_and_the_next_message_is_served()
    {
        await using var client = await LspTestClient.StartInitializedAsync(new TestMethods().Options);
        await client.SendRawAsync("Content-Length: lots\r\n\r\n{}");
        Assert.Equal(ErrorCodes.ParseError, ErrorCode(await client.ResponseAsync("null")));
        Assert.Equal("z", (await client.RequestAsync("test/echo", new { word = "z", times = 1 })).GetProperty("result").GetProperty("text").GetString());
    }

    [Fact]
    public async Task An_oversized_message_is_skipped_with_a_parse_error()
    {
        var options = new TestMethods().Options with { MaxMessageBytes = 2048 };
        await using var client = await LspTestClient.StartInitializedAsync(options);
        await client.SendJsonAsync(new { jsonrpc = "2.0", id = 5, method = "test/echo", @params = new { word = new string('w', 5000), times = 1 } });
        var error = await client.ResponseAsync("null");
        Assert.Equal(ErrorCodes.ParseError, ErrorCode(error));
        Assert.Contains("exceeds the limit of 2048 bytes", ErrorMessage(error), StringComparison.Ordinal);
        Assert.Equal("s", (await client.RequestAsync("test/echo", new { word = "s", times = 1 })).GetProperty("result").GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("""[{"jsonrpc":"2.0","id":1,"method":"test/echo"}]""", "null")]
    [InlineData("""{"jsonrpc":"1.0","id":3,"method":"test/echo"}""", "3")]
    [InlineData("""{"id":4,"method":"test/echo"}""", "4")]
    [InlineData("""{"jsonrpc":"2.0","id":{"x":1},"method":"test/echo"}""", "null")]
    [InlineData("""{"jsonrpc":"2.0","id":6,"method":17}""", "6")]
    [InlineData("""{"jsonrpc":"2.0","id":8}""", "8")]
    [InlineData("\"just a string\"", "null")]
    public async Task Messages_that_are_not_valid_requests_are_invalid_requests(string message, string rawId)
    {
        await using var client = await LspTestClient.StartInitializedAsync(new TestMethods().Options);
        await client.SendRawAsync(LspTestClient.Frame(message));
        Assert.Equal(ErrorCodes.InvalidRequest, ErrorCode(await client.ResponseAsync(rawId)));
    }
}
