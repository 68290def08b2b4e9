using System.Text.Json;
using Airs.LanguageServer.JsonRpc;
using Airs.LanguageServer.Tests.Support;

namespace Airs.LanguageServer.Tests.Server;

public sealed class LifecycleTests
{
    private static int ErrorCode(JsonElement response) => response.GetProperty("error").GetProperty("code").GetInt32();

    [Fact]
    public async Task Initialize_answers_with_the_capabilities_of_the_registered_features()
    {
        await using var client = LspTestClient.Start();
        var response = await client.InitializeAsync();

        var result = response.GetProperty("result");
        var capabilities = result.GetProperty("capabilities");
        Assert.Equal("utf-16", capabilities.GetProperty("positionEncoding").GetString());
        Assert.True(capabilities.GetProperty("hoverProvider").GetBoolean());
        var sync = capabilities.GetProperty("textDocumentSync");
        Assert.True(sync.GetProperty("openClose").GetBoolean());
        Assert.Equal(2, sync.GetProperty("change").GetInt32());
        // Every registered feature is advertised, with its options.
        Assert.Equal([".", "["], capabilities.GetProperty("completionProvider").GetProperty("triggerCharacters").EnumerateArray().Select(t => t.GetString()));
        Assert.True(capabilities.GetProperty("renameProvider").GetProperty("prepareProvider").GetBoolean());
        foreach (var provider in new[] { "definitionProvider", "referencesProvider", "documentSymbolProvider", "documentFormattingProvider" })
        {
            Assert.True(capabilities.GetProperty(provider).GetBoolean(), provider);
        }
        Assert.Equal(["quickfix"], capabilities.GetProperty("codeActionProvider").GetProperty("codeActionKinds").EnumerateArray().Select(k => k.GetString()));
        var legend = capabilities.GetProperty("semanticTokensProvider").GetProperty("legend");
        Assert.Equal("keyword", legend.GetProperty("tokenTypes")[0].GetString());
        Assert.True(capabilities.GetProperty("semanticTokensProvider").GetProperty("full").GetBoolean());
        Assert.Equal("airs", result.GetProperty("serverInfo").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Requests_before_initialize_are_refused_with_server_not_initialized()
    {
        await using var client = LspTestClient.Start();
        var response = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = "file:///a.airs" }, position = new { line = 0, character = 0 } });
        Assert.Equal(ErrorCodes.ServerNotInitialized, ErrorCode(response));
        Assert.Equal("2.0", response.GetProperty("jsonrpc").GetString());
    }

    [Fact]
    public async Task Initialize_twice_is_an_invalid_request()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        var second = await client.RequestAsync("initialize", new { capabilities = new { } });
        Assert.Equal(ErrorCodes.InvalidRequest, ErrorCode(second));
    }

    [Fact]
    public async Task Shutdown_then_exit_ends_with_code_zero()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        var shutdown = await client.RequestAsync("shutdown", null);
        Assert.Equal(JsonValueKind.Null, shutdown.GetProperty("result").ValueKind);

        await client.NotifyAsync("exit", null);
        Assert.Equal(0, await client.ExitCodeAsync());
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_with_code_one()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        await client.NotifyAsync("exit", null);
        Assert.Equal(1, await client.ExitCodeAsync());
    }

    [Fact]
    public async Task Exit_before_initialize_is_obeyed()
    {
        await using var client = LspTestClient.Start();
        await client.NotifyAsync("exit", null);
        Assert.Equal(1, await client.ExitCodeAsync());
    }

    [Fact]
    public async Task Requests_after_shutdown_are_invalid()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        await client.RequestAsync("shutdown", null);
        var late = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = "file:///a.airs" }, position = new { line = 0, character = 0 } });
        Assert.Equal(ErrorCodes.InvalidRequest, ErrorCode(late));
    }

    [Fact]
    public async Task The_client_going_away_ends_the_server_cleanly()
    {
        var client = await LspTestClient.StartInitializedAsync();
        await client.CloseInputAsync();
        Assert.Equal(1, await client.ExitCodeAsync());
        await client.DisposeAsync();
    }

    [Fact]
    public async Task The_client_going_away_after_shutdown_is_a_clean_exit_with_code_zero()
    {
        var client = await LspTestClient.StartInitializedAsync();
        await client.RequestAsync("shutdown", null);
        await client.CloseInputAsync();
        Assert.Equal(0, await client.ExitCodeAsync());
        await client.DisposeAsync();
    }
}
