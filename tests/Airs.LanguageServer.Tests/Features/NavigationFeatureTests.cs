using System.Text.Json;
using Airs.LanguageServer.Tests.Support;

namespace Airs.LanguageServer.Tests.Features;

public sealed class NavigationFeatureTests
{
    private static readonly string Uri = LspTestClient.Uri("bank.airs");

    private static (string Uri, int Line, int Character) Describe(JsonElement location) =>
        (location.GetProperty("uri").GetString()!, location.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32(),
            location.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32());

    private static (string, int, int) Where(string uri, string text, string needle, int delta = 0, int nth = 1)
    {
        var p = FeatureSession.At(text, needle, delta, nth);
        return (uri, p.Line, p.Character);
    }

    [Fact]
    public async Task Definition_and_references_of_a_review()
    {
        await using var session = await FeatureSession.StartAsync();
        var text = FeatureSession.Bank;
        await session.OpenAsync(Uri, text);

        var definition = await session.AtAsync("textDocument/definition", Uri, FeatureSession.At(text, "escalate support_review", 12));
        Assert.Equal([(Uri, 15, 9)], definition.EnumerateArray().Select(Describe));

        var declaration = Where(Uri, text, "review support_review", 7);
        var first = Where(Uri, text, "escalate support_review", 9);
        var second = Where(Uri, text, "escalate support_review", 9, nth: 2);
        var all = await session.AtAsync("textDocument/references", Uri, FeatureSession.At(text, "support_review {", 3), new { includeDeclaration = true });
        Assert.Equal([declaration, first, second], all.EnumerateArray().Select(Describe));
        var usesOnly = await session.AtAsync("textDocument/references", Uri, FeatureSession.At(text, "support_review {", 3), new { includeDeclaration = false });
        Assert.Equal([first, second], usesOnly.EnumerateArray().Select(Describe));

        var onKeyword = await session.AtAsync("textDocument/definition", Uri, FeatureSession.At(text, "block \"no\""));
        Assert.Equal(JsonValueKind.Null, onKeyword.ValueKind);
    }

    [Fact]
    public async Task Definition_crosses_into_used_files()
    {
        var directory = Directory.CreateTempSubdirectory("airs-lsp-");
        try
        {
            var common = Path.Combine(directory.FullName, "common.airs");
            File.WriteAllText(common, "pack common {\n  review r { sla 4h }\n}\n");
            var mainUri = new Uri(Path.Combine(directory.FullName, "main.airs")).AbsoluteUri;
            var text = "policy main {\n  tier low\n  use \"./common.airs\"\n  guard h on input {\n    when input.text == \"y\"\n    escalate r\n  }\n}\n";
            await using var session = await FeatureSession.StartAsync();
            await session.OpenAsync(mainUri, text);

            var definition = await session.AtAsync("textDocument/definition", mainUri, FeatureSession.At(text, "escalate r", 9));
            Assert.Equal([(new Uri(common).AbsoluteUri, 1, 9)], definition.EnumerateArray().Select(Describe));

            var file = await session.AtAsync("textDocument/definition", mainUri, FeatureSession.At(text, "./common", 2));
            Assert.Equal([(new Uri(common).AbsoluteUri, 0, 0)], file.EnumerateArray().Select(Describe));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task The_outline_is_the_policy_with_its_declarations()
    {
        await using var session = await FeatureSession.StartAsync();
        await session.OpenAsync(Uri, FeatureSession.Bank);

        var symbols = await session.ResultAsync("textDocument/documentSymbol", new { textDocument = new { uri = Uri } });
        var policy = Assert.Single(symbols.EnumerateArray());
        Assert.Equal(("bank", 3), (policy.GetProperty("name").GetString(), policy.GetProperty("kind").GetInt32()));
        Assert.Equal((0, 7), FeatureSession.StartOf(policy.GetProperty("selectionRange")));
        var children = policy.GetProperty("children").EnumerateArray().ToList();
        Assert.Equal(
            [("prompt_injection", 12), ("pii_out", 12), ("support_review", 11), ("violations", 24), ("orders.refund", 7), ("refund_limit", 12),
             ("planner", 5), ("executor", 5), ("pace", 10), ("injection is refused", 14)],
            children.Select(c => (c.GetProperty("name").GetString(), c.GetProperty("kind").GetInt32())));
        var state = Assert.Single(children[8].GetProperty("children").EnumerateArray());
        Assert.Equal(("contingency", 22), (state.GetProperty("name").GetString(), state.GetProperty("kind").GetInt32()));
    }
}
