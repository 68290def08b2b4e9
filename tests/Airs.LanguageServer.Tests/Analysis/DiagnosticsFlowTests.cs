using System.Text.Json;
using Airs.LanguageServer.Server;
using Airs.LanguageServer.Tests.Support;

namespace Airs.LanguageServer.Tests.Analysis;

/// <summary>didOpen/didChange/didClose → analyzer → publishDiagnostics, end to end over the protocol.</summary>
public sealed class DiagnosticsFlowTests
{
    private static readonly string Uri = LspTestClient.Uri("flow.airs");

    private static JsonElement Params(JsonElement notification) => notification.GetProperty("params");

    [Fact]
    public async Task Opening_a_document_publishes_the_compilers_diagnostics_by_default()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        await client.OpenAsync(Uri, "policy p {\n  bad\n}\n", version: 3);

        var published = Params(await client.NotificationAsync("textDocument/publishDiagnostics"));
        Assert.Equal(Uri, published.GetProperty("uri").GetString());
        Assert.Equal(3, published.GetProperty("version").GetInt32());
        Assert.Equal(["AIRS0129", "AIRS0022"], published.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task A_number_a_double_does_not_hold_as_written_is_published_where_it_is_written()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        await client.OpenAsync(Uri, "policy p {\n  tier low\n  tool \"pay\" { args { amount: number max 500.00000000000001 } }\n}\n");

        var diagnostic = Assert.Single(Params(await client.NotificationAsync("textDocument/publishDiagnostics")).GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("AIRS0018", diagnostic.GetProperty("code").GetString());
        Assert.Equal(1, diagnostic.GetProperty("severity").GetInt32());
        Assert.StartsWith("number `500.00000000000001` has more digits than a double holds: it would be enforced as `500`",
            diagnostic.GetProperty("message").GetString(), StringComparison.Ordinal);
        var start = diagnostic.GetProperty("range").GetProperty("start");
        Assert.Equal((2, 41), (start.GetProperty("line").GetInt32(), start.GetProperty("character").GetInt32()));
    }

    [Fact]
    public async Task Compiler_diagnostics_arrive_as_lsp_diagnostics_with_code_link_and_utf16_range()
    {
        var options = new LanguageServerOptions { Analyzer = new MarkingAnalyzer(), DiagnosticsDocsUri = "https://docs.example/diagnostics" };
        await using var client = await LspTestClient.StartInitializedAsync(options);
        await client.OpenAsync(Uri, "policy 😀 {\n  bad\n}\n");

        var diagnostic = Assert.Single(Params(await client.NotificationAsync("textDocument/publishDiagnostics")).GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("AIRS9999", diagnostic.GetProperty("code").GetString());
        Assert.Equal("https://docs.example/diagnostics#airs9999", diagnostic.GetProperty("codeDescription").GetProperty("href").GetString());
        Assert.Equal(1, diagnostic.GetProperty("severity").GetInt32());
        Assert.Equal("airs", diagnostic.GetProperty("source").GetString());
        Assert.Equal("unknown item `bad`\nhelp: an item starts with a keyword such as `guard`", diagnostic.GetProperty("message").GetString());
        var range = diagnostic.GetProperty("range");
        Assert.Equal((1, 2), (range.GetProperty("start").GetProperty("line").GetInt32(), range.GetProperty("start").GetProperty("character").GetInt32()));
        Assert.Equal((1, 5), (range.GetProperty("end").GetProperty("line").GetInt32(), range.GetProperty("end").GetProperty("character").GetInt32()));
    }

    [Fact]
    public async Task An_edit_is_analysed_and_published_with_its_version()
    {
        var options = new LanguageServerOptions { Analyzer = new MarkingAnalyzer(), AnalysisDelay = TimeSpan.Zero };
        await using var client = await LspTestClient.StartInitializedAsync(options);
        await client.OpenAsync(Uri, "policy p {\n}\n");
        Assert.Equal(0, Params(await client.NotificationAsync("textDocument/publishDiagnostics")).GetProperty("diagnostics").GetArrayLength());

        await client.NotifyAsync("textDocument/didChange", new
        {
            textDocument = new { uri = Uri, version = 2 },
            contentChanges = new[] { new { range = new { start = new { line = 1, character = 0 }, end = new { line = 1, character = 0 } }, text = "  bad bad\n" } },
        });

        var published = Params(await client.NotificationAsync("textDocument/publishDiagnostics"));
        Assert.Equal(2, published.GetProperty("version").GetInt32());
        Assert.Equal(2, published.GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public async Task Closing_a_document_clears_its_diagnostics()
    {
        await using var client = await LspTestClient.StartInitializedAsync(new LanguageServerOptions { Analyzer = new MarkingAnalyzer() });
        await client.OpenAsync(Uri, "bad");
        Assert.Equal(1, Params(await client.NotificationAsync("textDocument/publishDiagnostics")).GetProperty("diagnostics").GetArrayLength());

        await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = Uri } });

        var cleared = Params(await client.NotificationAsync("textDocument/publishDiagnostics"));
        Assert.Equal(Uri, cleared.GetProperty("uri").GetString());
        Assert.Equal(0, cleared.GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public async Task Hover_on_a_problem_explains_it_and_elsewhere_answers_null()
    {
        await using var client = await LspTestClient.StartInitializedAsync(new LanguageServerOptions { Analyzer = new MarkingAnalyzer() });
        await client.OpenAsync(Uri, "policy p {\n  bad\n}\n");

        var onProblem = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = new { line = 1, character = 3 } });
        var contents = onProblem.GetProperty("result").GetProperty("contents");
        Assert.Equal("markdown", contents.GetProperty("kind").GetString());
        Assert.Contains("unknown item `bad`", contents.GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.Contains("#airs9999", contents.GetProperty("value").GetString(), StringComparison.Ordinal);

        var elsewhere = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = new { line = 0, character = 1 } });
        Assert.Equal(JsonValueKind.Null, elsewhere.GetProperty("result").ValueKind);

        var farAway = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = new { line = 900, character = 900 } });
        Assert.Equal(JsonValueKind.Null, farAway.GetProperty("result").ValueKind);

        var unknownDocument = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = "file:///not-open.airs" }, position = new { line = 0, character = 0 } });
        Assert.Equal(JsonValueKind.Null, unknownDocument.GetProperty("result").ValueKind);
    }

    [Fact]
    public async Task Out_of_range_edits_are_clamped_and_never_crash_the_server()
    {
        await using var client = await LspTestClient.StartInitializedAsync(new LanguageServerOptions { Analyzer = new MarkingAnalyzer(), AnalysisDelay = TimeSpan.Zero });
        await client.OpenAsync(Uri, "ab\ncd");
        await client.NotificationAsync("textDocument/publishDiagnostics");

        await client.NotifyAsync("textDocument/didChange", new
        {
            textDocument = new { uri = Uri, version = 2 },
            contentChanges = new object[]
            {
                new { range = new { start = new { line = 0, character = 99 }, end = new { line = 0, character = 120 } }, text = "bad" },
                new { range = new { start = new { line = 40, character = 0 }, end = new { line = 50, character = 0 } }, text = "!" },
                new { range = new { start = new { line = 1, character = 2 }, end = new { line = 0, character = 0 } }, text = "<" },
            },
        });

        // "ab" + "bad" at the end of line 0, "!" at the end of the text, "<" at the start of the reversed range.
        var published = Params(await client.NotificationAsync("textDocument/publishDiagnostics"));
        var diagnostic = Assert.Single(published.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(2, diagnostic.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32());
        var hover = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = new { line = 1, character = 3 } });
        Assert.Equal(JsonValueKind.Null, hover.GetProperty("result").ValueKind);
    }
}
