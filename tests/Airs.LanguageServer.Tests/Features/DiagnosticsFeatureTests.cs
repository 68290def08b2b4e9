using System.Text.Json;
using Airs.LanguageServer.Tests.Support;

namespace Airs.LanguageServer.Tests.Features;

/// <summary>The compiler's diagnostics over the protocol: codes, links, help, and problems located in used files.</summary>
public sealed class DiagnosticsFeatureTests
{
    private static List<string?> Codes(JsonElement published) =>
        [.. published.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString())];

    [Fact]
    public async Task The_editor_sample_reports_its_unknown_tier_with_a_link_to_the_docs()
    {
        await using var session = await FeatureSession.StartAsync();
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "editor", "sample.airs"));

        var published = await session.OpenAsync(LspTestClient.Uri("sample.airs"), text);

        var diagnostic = Assert.Single(published.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("AIRS0116", diagnostic.GetProperty("code").GetString());
        Assert.Equal((5, 7), FeatureSession.StartOf(diagnostic.GetProperty("range")));
        Assert.Equal(1, diagnostic.GetProperty("severity").GetInt32());
        Assert.EndsWith("docs/diagnostics.md#airs0116", diagnostic.GetProperty("codeDescription").GetProperty("href").GetString(), StringComparison.Ordinal);
        Assert.Equal("`tier` must be one of `low`, `medium`, `high`, `critical`", diagnostic.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Help_is_sent_as_related_information_at_the_problem()
    {
        await using var session = await FeatureSession.StartAsync();
        var uri = LspTestClient.Uri("help.airs");
        var published = await session.OpenAsync(uri, "policy p {\n  tier low\n  guard g on input {\n    when output.text == \"x\"\n    block\n  }\n}\n");

        var diagnostic = Assert.Single(published.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("AIRS0104", diagnostic.GetProperty("code").GetString());
        Assert.Equal("`output.text` is not available on stage `input`\nhelp: it is available on `output`", diagnostic.GetProperty("message").GetString());
        var related = Assert.Single(diagnostic.GetProperty("relatedInformation").EnumerateArray());
        Assert.Equal("help: it is available on `output`", related.GetProperty("message").GetString());
        Assert.Equal(uri, related.GetProperty("location").GetProperty("uri").GetString());
        Assert.Equal((3, 9), FeatureSession.StartOf(related.GetProperty("location").GetProperty("range")));
    }

    [Fact]
    public async Task Problems_in_a_used_file_are_published_for_that_file_and_unsaved_edits_of_it_are_seen()
    {
        var directory = Directory.CreateTempSubdirectory("airs-lsp-");
        try
        {
            var common = Path.Combine(directory.FullName, "common.airs");
            File.WriteAllText(common, "pack common {\n  review r { sla 4h }\n  review q { sla 4 }\n}\n");
            var commonUri = new Uri(common).AbsoluteUri;
            var mainUri = new Uri(Path.Combine(directory.FullName, "main.airs")).AbsoluteUri;
            await using var session = await FeatureSession.StartAsync();

            await session.Client.OpenAsync(mainUri, "policy main {\n  tier low\n  use \"./common.airs\"\n  guard h on input {\n    when input.text == \"y\"\n    escalate r\n  }\n}\n");
            var forMain = await session.DiagnosticsForAsync(mainUri);
            Assert.Empty(Codes(forMain));
            var forCommon = await session.DiagnosticsForAsync(commonUri);
            // Errors only: `q` is also reported as a review nothing escalates to (a warning).
            var diagnostic = Assert.Single(forCommon.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("severity").GetInt32() == 1);
            Assert.Equal("AIRS0116", diagnostic.GetProperty("code").GetString());
            Assert.Equal((2, 17), FeatureSession.StartOf(diagnostic.GetProperty("range")));

            // An unsaved edit of the used file (it renames `r`, fixes `q`) re-analyses the document that uses it.
            await session.Client.OpenAsync(commonUri, "pack common {\n  review r2 { sla 4h }\n  review q { sla 4h }\n}\n");
            JsonElement latest;
            do
            {
                latest = await session.DiagnosticsForAsync(mainUri);
            }
            while (Codes(latest).Count == 0);
            Assert.Equal(["AIRS0118"], Codes(latest));
            Assert.Equal((5, 13), FeatureSession.StartOf(latest.GetProperty("diagnostics")[0].GetProperty("range")));
            do
            {
                latest = await session.DiagnosticsForAsync(commonUri);
            }
            while (Codes(latest).Any(code => code != "AIRS0147")); // only "never escalated to" warnings remain
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
