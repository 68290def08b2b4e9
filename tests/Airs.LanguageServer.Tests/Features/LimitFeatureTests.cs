using System.Text.Json;
using Airs.LanguageServer.Tests.Support;

namespace Airs.LanguageServer.Tests.Features;

/// <summary>The language server knows `limit` from the language schema: its items, measures, scopes, events and hover text.</summary>
public sealed class LimitFeatureTests
{
    private static readonly string Uri = LspTestClient.Uri("limits.airs");

    private static async Task<List<string>> LabelsAsync(string withCaret)
    {
        var caret = withCaret.IndexOf('|', StringComparison.Ordinal);
        var text = withCaret.Remove(caret, 1);
        await using var session = await FeatureSession.StartAsync();
        await session.OpenAsync(Uri, text);
        var result = await session.AtAsync("textDocument/completion", Uri, LanguageServer.Documents.LineIndex.Create(text).GetPosition(caret));
        return [.. result.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("label").GetString()!)];
    }

    private static string Limit(string body) => $"policy p {{\n  tier low\n  limit chat_rate {{\n    {body}\n  }}\n}}\n";

    [Fact]
    public async Task Completion_offers_the_limit_block_its_items_measures_scopes_and_event()
    {
        Assert.Contains("limit", await LabelsAsync("policy p {\n  tier low\n  |\n}\n"));
        var items = await LabelsAsync(Limit("|"));
        Assert.Contains("count", items);
        Assert.Contains("max", items);
        Assert.Contains("warn", items);
        Assert.Contains("price", items);
        Assert.Equal(["requests", "tokens", "cost", "tool_calls", "sum"], await LabelsAsync(Limit("count |")));
        Assert.Equal(["user", "session", "agent", "global"], await LabelsAsync(Limit("count requests\n    max 5 within 1m per |")));
        Assert.Equal(["exceed"], await LabelsAsync(Limit("count requests\n    on |")));
        Assert.Contains("chat_rate", await LabelsAsync(
            "policy p {\n  tier low\n  limit chat_rate { count requests  max 5 within 1m }\n  test \"t\" {\n    input.text = \"x\"\n    expect block by |\n  }\n}\n"));
    }

    [Fact]
    public async Task Hover_explains_limit_keywords_from_the_schema()
    {
        var text = Limit("count requests\n    max 60 within 1m per user\n    warn 80%");
        await using var session = await FeatureSession.StartAsync();
        await session.OpenAsync(Uri, text);
        var count = await session.AtAsync("textDocument/hover", Uri, FeatureSession.At(text, "count", 1));
        Assert.Contains("what the limit counts", count.GetProperty("contents").GetProperty("value").GetString(), StringComparison.Ordinal);
        var warn = await session.AtAsync("textDocument/hover", Uri, FeatureSession.At(text, "warn", 1));
        Assert.Equal(JsonValueKind.Object, warn.ValueKind);
        Assert.Contains("share of the limit", warn.GetProperty("contents").GetProperty("value").GetString(), StringComparison.Ordinal);
    }
}
