using Airs.LanguageServer.Tests.Support;

namespace Airs.LanguageServer.Tests.Features;

public sealed class SemanticTokensTests
{
    [Fact]
    public async Task Tokens_are_classified_by_their_role_and_encoded_relative_to_the_previous_one()
    {
        var uri = LspTestClient.Uri("tokens.airs");
        var text = "policy p {\n  guard g on input {\n    when pii.found(input.text, [email]) // c\n    block \"no\"\n  }\n}\n";
        await using var session = await FeatureSession.StartAsync();
        await session.OpenAsync(uri, text);

        var data = (await session.ResultAsync("textDocument/semanticTokens/full", new { textDocument = new { uri } })).GetProperty("data")
            .EnumerateArray().Select(e => e.GetInt32()).ToList();

        var decoded = new List<(int Line, int Start, int Length, string Type, int Modifiers)>();
        int line = 0, start = 0;
        for (var i = 0; i < data.Count; i += 5)
        {
            line += data[i];
            start = data[i] == 0 ? start + data[i + 1] : data[i + 1];
            decoded.Add((line, start, data[i + 2], LanguageServer.Features.SemanticTokensFeature.TokenTypes[data[i + 3]], data[i + 4]));
        }
        const int Declaration = 1, DefaultLibrary = 2;
        Assert.Equal(
            [
                (0, 0, 6, "keyword", 0), (0, 7, 1, "namespace", Declaration),
                (1, 2, 5, "keyword", 0), (1, 8, 1, "variable", Declaration), (1, 10, 2, "keyword", 0), (1, 13, 5, "enumMember", 0),
                (2, 4, 4, "keyword", 0), (2, 9, 3, "function", DefaultLibrary), (2, 13, 5, "function", DefaultLibrary),
                (2, 19, 5, "property", 0), (2, 25, 4, "property", 0), (2, 32, 5, "enumMember", 0), (2, 40, 4, "comment", 0),
                (3, 4, 5, "keyword", 0), (3, 10, 4, "string", 0),
            ],
            decoded);
    }

    [Fact]
    public async Task A_text_block_spanning_lines_becomes_one_token_per_line()
    {
        var uri = LspTestClient.Uri("block.airs");
        var text = "policy p {\n  owner \"\"\"\n    a\n    \"\"\"\n}\n";
        await using var session = await FeatureSession.StartAsync();
        await session.OpenAsync(uri, text);

        var data = (await session.ResultAsync("textDocument/semanticTokens/full", new { textDocument = new { uri } })).GetProperty("data")
            .EnumerateArray().Select(e => e.GetInt32()).ToList();

        // policy, p, owner, then the text block as three string tokens (lines 1–3).
        Assert.Equal([0, 0, 6, 0, 0, 0, 7, 1, 10, 1, 1, 2, 5, 0, 0, 0, 6, 3, 2, 0, 1, 0, 5, 2, 0, 1, 0, 7, 2, 0], data);
    }
}
