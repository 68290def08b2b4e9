using System.Text.Json;
using Airs.Compiler.Binding;
using Airs.Compiler.Formatting;
using Airs.Compiler.Syntax;
using Airs.LanguageServer.JsonRpc;
using Airs.LanguageServer.Tests.Support;

namespace Airs.LanguageServer.Tests.Features;

/// <summary>Formatting, rename and code actions: the edits the server hands back, applied and checked.</summary>
public sealed class EditingFeatureTests
{
    private static readonly string Uri = LspTestClient.Uri("edit.airs");

    private static Task<JsonElement> FormatAsync(FeatureSession session) =>
        session.ResultAsync("textDocument/formatting", new { textDocument = new { uri = Uri }, options = new { tabSize = 2, insertSpaces = true } });

    [Fact]
    public async Task Formatting_is_airs_fmt_as_one_whole_document_edit()
    {
        var messy = "policy p{\ntier low\n   guard g on input{\n when input.text==\"x\"\nblock }\n}";
        await using var session = await FeatureSession.StartAsync();
        await session.OpenAsync(Uri, messy);

        var edits = await FormatAsync(session);
        var edit = Assert.Single(edits.EnumerateArray());
        Assert.Equal((0, 0), FeatureSession.StartOf(edit.GetProperty("range")));
        var expected = Formatter.Format(SyntaxTree.Parse(messy))!;
        Assert.Equal("policy p {\n  tier low\n  guard g on input {\n    when input.text == \"x\"\n    block\n  }\n}\n", expected);
        Assert.Equal(expected, FeatureSession.Apply(messy, edits));
    }

    [Fact]
    public async Task Formatting_offers_nothing_for_formatted_text_or_a_file_with_syntax_errors()
    {
        await using var session = await FeatureSession.StartAsync();
        await session.OpenAsync(Uri, "policy p {\n  tier low\n  review r {\n    sla 4h\n  }\n}\n");
        Assert.Equal(0, (await FormatAsync(session)).GetArrayLength());

        await session.Client.NotifyAsync("textDocument/didChange", new
        {
            textDocument = new { uri = Uri, version = 2 },
            contentChanges = new[] { new { text = "policy p {\n  tier low\n    guard g on input { when \"unterminated\n}\n" } },
        });
        Assert.Equal(0, (await FormatAsync(session)).GetArrayLength());
    }

    [Fact]
    public async Task Rename_changes_the_declaration_and_every_reference()
    {
        await using var session = await FeatureSession.StartAsync();
        var text = FeatureSession.Bank;
        await session.OpenAsync(Uri, text);
        var at = FeatureSession.At(text, "escalate support_review", 10);

        var prepared = await session.AtAsync("textDocument/prepareRename", Uri, at);
        Assert.Equal("support_review", prepared.GetProperty("placeholder").GetString());
        Assert.Equal((12, 13), FeatureSession.StartOf(prepared.GetProperty("range")));

        var edit = await session.ResultAsync("textDocument/rename", new { textDocument = new { uri = Uri }, position = FeatureSession.Pos(at), newName = "human_review" });
        var changes = edit.GetProperty("changes");
        Assert.Equal([Uri], changes.EnumerateObject().Select(p => p.Name));
        Assert.Equal(3, changes.GetProperty(Uri).GetArrayLength());
        var renamed = FeatureSession.Apply(text, changes.GetProperty(Uri));
        Assert.Equal(text.Replace("support_review", "human_review", StringComparison.Ordinal), renamed);
        Assert.Empty(Compilation.FromText("/edit.airs", renamed).Diagnostics);
    }

    [Fact]
    public async Task Rename_refuses_keywords_tools_bad_names_and_names_in_use()
    {
        await using var session = await FeatureSession.StartAsync();
        var text = FeatureSession.Bank;
        await session.OpenAsync(Uri, text);

        Assert.Equal(JsonValueKind.Null, (await session.AtAsync("textDocument/prepareRename", Uri, FeatureSession.At(text, "block \"no\"", 1))).ValueKind);
        Assert.Equal(JsonValueKind.Null, (await session.AtAsync("textDocument/prepareRename", Uri, FeatureSession.At(text, "orders.refund", 2))).ValueKind);
        Assert.Equal(JsonValueKind.Null, (await session.AtAsync("textDocument/prepareRename", Uri, FeatureSession.At(text, "input.text", 7))).ValueKind);
        Assert.Equal("pii_out", (await session.AtAsync("textDocument/prepareRename", Uri, FeatureSession.At(text, "pii_out", 1))).GetProperty("placeholder").GetString());

        var at = FeatureSession.Pos(FeatureSession.At(text, "support_review {", 1));
        foreach (var (newName, message) in new[] { ("and", "`and` is not a valid name"), ("two words", "`two words` is not a valid name"), ("violations", "`violations` is already declared") })
        {
            var response = await session.Client.RequestAsync("textDocument/rename", new { textDocument = new { uri = Uri }, position = at, newName });
            Assert.Equal(ErrorCodes.RequestFailed, response.GetProperty("error").GetProperty("code").GetInt32());
            Assert.Equal(message, response.GetProperty("error").GetProperty("message").GetString());
        }
    }

    [Fact]
    public async Task Rename_of_a_name_from_a_used_file_edits_every_open_document()
    {
        var directory = Directory.CreateTempSubdirectory("airs-lsp-");
        try
        {
            var commonUri = new Uri(Path.Combine(directory.FullName, "common.airs")).AbsoluteUri;
            var mainUri = new Uri(Path.Combine(directory.FullName, "main.airs")).AbsoluteUri;
            var common = "pack common {\n  review r { sla 4h }\n}\n";
            var main = "policy main {\n  tier low\n  use \"./common.airs\"\n  guard h on input {\n    when input.text == \"y\"\n    escalate r\n  }\n}\n";
            await using var session = await FeatureSession.StartAsync();
            await session.OpenAsync(commonUri, common);
            await session.OpenAsync(mainUri, main);

            var edit = await session.ResultAsync("textDocument/rename", new { textDocument = new { uri = commonUri }, position = FeatureSession.Pos(FeatureSession.At(common, "r {")), newName = "triage" });

            var changes = edit.GetProperty("changes");
            Assert.Equal("pack common {\n  review triage { sla 4h }\n}\n", FeatureSession.Apply(common, changes.GetProperty(commonUri)));
            Assert.Equal(main.Replace("escalate r", "escalate triage", StringComparison.Ordinal), FeatureSession.Apply(main, changes.GetProperty(mainUri)));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private const string Fixable = "policy p {\n  version \"1\"\n  guard g on input {\n    when input.text == \"x\"\n  }\n  guard h on input {\n    when input.txt == \"x\"\n    block\n  }\n  judge j on output {\n    model \"gpt\"\n    prompt \"x\"\n  }\n}\n";

    private static async Task<List<JsonElement>> ActionsAsync(FeatureSession session, string text, string needle, int delta = 0)
    {
        var at = FeatureSession.Pos(FeatureSession.At(text, needle, delta));
        var result = await session.ResultAsync("textDocument/codeAction", new { textDocument = new { uri = Uri }, range = new { start = at, end = at }, context = new { diagnostics = Array.Empty<object>() } });
        return [.. result.EnumerateArray()];
    }

    private static string ApplyAction(string text, JsonElement action) =>
        FeatureSession.Apply(text, action.GetProperty("edit").GetProperty("changes").GetProperty(Uri));

    [Fact]
    public async Task Code_actions_fix_a_missing_tier_an_undeclared_model_a_misspelt_field_and_a_missing_action()
    {
        await using var session = await FeatureSession.StartAsync();
        await session.OpenAsync(Uri, Fixable);

        var tier = Assert.Single(await ActionsAsync(session, Fixable, "policy p", 7));
        Assert.Equal("Add `tier medium`", tier.GetProperty("title").GetString());
        Assert.Equal("quickfix", tier.GetProperty("kind").GetString());
        Assert.Equal("AIRS0129", tier.GetProperty("diagnostics")[0].GetProperty("code").GetString());
        Assert.StartsWith("policy p {\n  version \"1\"\n  tier medium\n  guard g", ApplyAction(Fixable, tier), StringComparison.Ordinal);

        var model = Assert.Single(await ActionsAsync(session, Fixable, "\"gpt\"", 1));
        Assert.Equal("Declare model \"gpt\" in the policy", model.GetProperty("title").GetString());
        Assert.StartsWith("policy p {\n  version \"1\"\n  model \"gpt\"\n  guard g", ApplyAction(Fixable, model), StringComparison.Ordinal);

        var field = await ActionsAsync(session, Fixable, "input.txt", 3);
        Assert.Equal("Did you mean `input.text`?", field[0].GetProperty("title").GetString());
        Assert.True(field[0].GetProperty("isPreferred").GetBoolean());
        Assert.Contains("    when input.text == \"x\"\n    block\n", ApplyAction(Fixable, field[0]), StringComparison.Ordinal);

        var action = Assert.Single(await ActionsAsync(session, Fixable, "guard g", 6));
        Assert.Equal("Add `block \"TODO\"`", action.GetProperty("title").GetString());
        var fixedText = ApplyAction(Fixable, action);
        Assert.Contains("  guard g on input {\n    when input.text == \"x\"\n    block \"TODO\"\n  }\n", fixedText, StringComparison.Ordinal);

        // Together (all computed on the same text) the four fixes leave nothing to report.
        var combined = JsonSerializer.SerializeToElement(new[] { tier, model, field[0], action }.Select(a => a.GetProperty("edit").GetProperty("changes").GetProperty(Uri)[0]));
        Assert.Empty(Compilation.FromText("/edit.airs", FeatureSession.Apply(Fixable, combined)).Diagnostics);
    }

    [Fact]
    public async Task Did_you_mean_uses_the_valid_values_of_an_enum_member()
    {
        await using var session = await FeatureSession.StartAsync();
        var text = "policy p {\n  tier low\n  guard g on output {\n    when pii.found(output.text, [emial])\n    block\n  }\n}\n";
        await session.OpenAsync(Uri, text);

        var actions = await ActionsAsync(session, text, "emial", 2);
        Assert.Equal(["Did you mean `email`?"], actions.Select(a => a.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task Did_you_mean_offers_the_items_of_the_enclosing_block_for_an_unknown_item()
    {
        await using var session = await FeatureSession.StartAsync();
        var text = "policy p {\n  tier low\n  breaker b {\n    trip when blocked >= 5 within 1m\n    cooldwn 5m\n  }\n}\n";
        await session.OpenAsync(Uri, text);

        var actions = await ActionsAsync(session, text, "cooldwn", 4);
        Assert.Equal(["Did you mean `cooldown`?"], actions.Select(a => a.GetProperty("title").GetString()));
        Assert.Empty(Compilation.FromText("/edit.airs", ApplyAction(text, actions[0])).Diagnostics);
    }
}
