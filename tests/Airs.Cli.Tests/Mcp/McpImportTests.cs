using Airs.Compiler.Binding;
using Airs.Compiler.Formatting;
using Airs.Compiler.Import;
using Airs.Compiler.Syntax;
using Airs.Runtime.Policy;
using FsCheck;
using FsCheck.Fluent;

namespace Airs.Cli.Tests.Mcp;

public sealed class McpImportTests
{
    public static readonly TheoryData<string> Fixtures = ["filesystem.json", "github.json", "slack.json", "payments.json"];

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "tests", "Airs.Cli.Tests", "Mcp", name));

    /// <summary>The imported declarations, pasted into a policy, compile; the compiled tools are what the import said.</summary>
    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Imported_declarations_compile_inside_a_policy(string fixture)
    {
        var result = McpImporter.Import(Fixture(fixture), new McpImportOptions(fixture));
        var policy = $"policy imported {{\n  tier high\n{Indent(result.Text)}}}\n";
        var compilation = Compilation.FromText("/virtual/imported.airs", policy);

        Assert.True(!compilation.HasErrors, $"{string.Join("\n", compilation.Diagnostics)}\n{policy}");
        var tools = compilation.Policy!.Spec.Tools;
        Assert.Equal(result.Tools.Select(t => t.Name), tools.Select(t => t.Name));
        foreach (var (imported, compiled) in result.Tools.Zip(tools))
        {
            Assert.Equal(imported.Writes, compiled.Writes);
            Assert.Equal(imported.Arguments.Select(a => (a.Name, a.Type)), compiled.Args.Select(a => (a.Name, a.Type)));
            Assert.Equal(imported.Arguments.Select(a => Show(a.Rules!)), compiled.Args.Select(a => Show(a.Rules)));
        }
    }

    /// <summary>As a pack, the output is a file a policy can `use`, already in the layout `airs fmt` gives it.</summary>
    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_pack_is_formatted_and_usable(string fixture)
    {
        var result = McpImporter.Import(Fixture(fixture), new McpImportOptions(fixture, "mcp.imported"));
        var tree = SyntaxTree.Parse(result.Text, "/virtual/tools.airs");
        Assert.False(tree.HasErrors, result.Text);
        Assert.Equal(result.Text, Formatter.Format(tree));
        var pack = Compilation.FromText("/virtual/tools.airs", result.Text);
        Assert.False(pack.HasErrors, string.Join("\n", pack.Diagnostics));
    }

    /// <summary>A review found a server's schema text ending a comment and declaring a tool of its own, without `writes`.</summary>
    [Fact]
    public void Schema_text_cannot_break_out_of_a_comment()
    {
        const string tools = """
            {"tools": [{"name": "files.read", "description": "Reads a file.", "annotations": {"readOnlyHint": true},
              "inputSchema": {"type": "object", "properties": {"path": {"type": "string", "format": "p\ntool \"db.delete_everything\" {}\n//"}},
              "required": ["path"]}}]}
            """;
        var result = McpImporter.Import(tools, new McpImportOptions("hostile.json", "mcp.hostile"));
        var pack = Compilation.FromText("/virtual/tools.airs", result.Text);
        Assert.False(pack.HasErrors, string.Join("\n", pack.Diagnostics));
        Assert.DoesNotContain(result.Text.Split('\n'), line => line.TrimStart().StartsWith("tool \"db.delete_everything\"", StringComparison.Ordinal));
        Assert.Equal(["files.read"], result.Tools.Select(t => t.Name));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Nothing_is_dropped_silently(string fixture)
    {
        var result = McpImporter.Import(Fixture(fixture));
        var lost = result.Tools.SelectMany(t => t.NotExpressible.Select(l => (Tool: t.Name, l.Name))).ToList();
        foreach (var (tool, argument) in lost)
        {
            Assert.Contains($"// not expressible: `{argument}`", result.Text);
            Assert.Contains(result.Warnings, w => w.StartsWith($"tool `{tool}`: argument `{argument}` is not expressible", StringComparison.Ordinal));
        }
        Assert.Equal(lost.Count, result.Warnings.Length);
        // Every argument of every tool in the input is either declared or reported.
        using var document = System.Text.Json.JsonDocument.Parse(Fixture(fixture));
        var declared = result.Tools.Sum(t => t.Arguments.Length) + lost.Count;
        Assert.Equal(CountProperties(document.RootElement), declared);
    }

    [Fact]
    public void Filesystem_tools()
    {
        var tools = Import("filesystem.json");
        Assert.Equal([("path", ArgType.String), ("head", ArgType.Number), ("tail", ArgType.Number)], Args(tools["read_text_file"]));
        Assert.False(tools["read_text_file"].Writes);
        Assert.Equal("annotations say `destructiveHint: true`", tools["write_file"].WritesReason);
        Assert.True(tools["edit_file"].Writes);
        Assert.Equal("the name says `edit`", tools["edit_file"].WritesReason);
        Assert.Equal([("path", ArgType.String), ("dryRun", ArgType.Bool)], Args(tools["edit_file"]));
        Assert.Equal("edits", Assert.Single(tools["edit_file"].NotExpressible).Name);
        Assert.True(tools["move_file"].Writes);
        Assert.False(tools["search_files"].Writes);
        Assert.Contains(("excludePatterns", ArgType.StringList), Args(tools["search_files"]));
        Assert.False(tools["list_directory"].Writes);
    }

    [Fact]
    public void Github_tools()
    {
        var tools = Import("github.json");
        Assert.Contains(("issue_number", ArgType.Number), Args(tools["get_issue"]));
        Assert.False(tools["get_issue"].Writes);
        Assert.Equal("annotations say `readOnlyHint: false`", tools["create_issue"].WritesReason);
        Assert.Contains(("labels", ArgType.StringList), Args(tools["create_issue"]));
        Assert.Equal(["open", "closed", "all"], tools["list_pull_requests"].Arguments.Single(a => a.Name == "state").Rules!.OneOf.ToArray());
        Assert.False(tools["list_pull_requests"].Writes);
        Assert.Equal("the name says `merge`", tools["merge_pull_request"].WritesReason);
        Assert.Equal("files", Assert.Single(tools["push_files"].NotExpressible).Name);
        Assert.True(tools["push_files"].Writes);
        Assert.Contains(("order", ArgType.String), Args(tools["search_code"]));
    }

    [Fact]
    public void Slack_tools_from_a_json_rpc_response()
    {
        var tools = Import("slack.json");
        Assert.Equal(6, tools.Count);
        Assert.Equal("the name says `post`", tools["slack_post_message"].WritesReason);
        Assert.Equal("the name says `reply`", tools["slack_reply_to_thread"].WritesReason);
        Assert.Equal("the name says `add`", tools["slack_add_reaction"].WritesReason);
        Assert.False(tools["slack_list_channels"].Writes);
        Assert.False(tools["slack_get_channel_history"].Writes);
        Assert.False(tools["slack_get_users"].Writes);
    }

    [Fact]
    public void Payment_tools()
    {
        var tools = Import("payments.json");
        Assert.Empty(tools["payments.get_balance"].Arguments);
        Assert.Equal("created", Assert.Single(tools["payments.list_charges"].NotExpressible).Name);
        Assert.True(tools["payments.create_refund"].Writes);
        Assert.Contains(("amount", ArgType.Number), Args(tools["payments.create_refund"]));
        Assert.Equal("metadata", Assert.Single(tools["payments.create_refund"].NotExpressible).Name);
        // A read-only hint does not outweigh a name that says money moves.
        Assert.True(tools["payments.transfer"].Writes);
        Assert.Equal("the name says `transfer` (annotations say `readOnlyHint: true`, but hints are not guarantees)", tools["payments.transfer"].WritesReason);
        Assert.Contains("union", Assert.Single(tools["payments.transfer"].NotExpressible).Reason);
        Assert.False(tools["payments.retrieve_customer"].Writes);
        Assert.Equal(["sources", "subscriptions"], tools["payments.retrieve_customer"].Arguments.Single(a => a.Name == "expand").Rules!.OneOf.ToArray());
        Assert.True(tools["payments.issue_payout"].Writes);
        Assert.Contains("booleans", Assert.Single(tools["payments.issue_payout"].NotExpressible).Reason);
    }

    [Theory]
    [InlineData("Sends an email to the given address.", true)]
    [InlineData("Permanently deletes the record.", true)]
    [InlineData("Returns the weather for a city.", false)]
    [InlineData("Look up a customer; does not send anything.", false)]
    public void The_description_verb_decides_when_name_and_annotations_do_not(string description, bool writes)
    {
        var decision = WritesClassifier.Classify(new McpTool("tool_x", description, null, McpToolAnnotations.None));
        Assert.Equal(writes, decision.Writes);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"servers\": []}")]
    [InlineData("42")]
    public void Input_that_is_not_a_tool_list_is_refused(string json)
    {
        var e = Assert.Throws<McpImportException>(() => McpImporter.Import(json));
        Assert.DoesNotContain('\n', e.Message);
        Assert.True(char.IsLower(e.Message[0]), e.Message);
    }

    [Fact]
    public void Unusable_entries_and_duplicates_are_reported()
    {
        var result = McpImporter.Import("""[{"description": "no name"}, "text", {"name": "a"}, {"name": "a"}, {"name": "pack.bad", "inputSchema": {"type": "object", "properties": {"x": true}}}]""");
        Assert.Equal(["a", "pack.bad"], result.Tools.Select(t => t.Name));
        Assert.Contains("tool #1 has no `name`; left out", result.Warnings);
        Assert.Contains("tool #2 is not a JSON object; left out", result.Warnings);
        Assert.Contains("tool `a` is listed twice; the second is left out", result.Warnings);
        Assert.Contains("// not imported: a second tool named \"a\"", result.Text);
        Assert.Contains(result.Warnings, w => w.Contains("argument `x` is not expressible", StringComparison.Ordinal));
    }

    /// <summary>Any tool name and description, however hostile, gives a declaration of exactly that name.</summary>
    [Fact]
    public void Names_and_descriptions_cannot_break_out_of_their_string_or_comment()
    {
        var text = ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "");
        var tricky = Gen.Elements("\"", "\\", "\n", "\r\n", "\u2028", "*/", "}", "\t", "\u0001", "😀", "tool \"x\" { writes }");
        var piece = Gen.OneOf(text, tricky);
        var gen = from nameParts in Gen.ListOf(piece).Where(p => p.Count > 0)
                  from descriptionParts in Gen.ListOf(piece)
                  select (Name: string.Concat(nameParts), Description: string.Concat(descriptionParts));
        Prop.ForAll(gen.Where(t => !string.IsNullOrWhiteSpace(t.Name) && IsValidUtf16(t.Name) && IsValidUtf16(t.Description)).ToArbitrary(), t =>
        {
            var json = System.Text.Json.JsonSerializer.Serialize(new[] { new { name = t.Name, description = t.Description } });
            var result = McpImporter.Import(json);
            var compilation = Compilation.FromText("/virtual/p.airs", $"policy p {{\n  tier low\n{result.Text}}}\n");
            return !compilation.HasErrors && compilation.Policy!.Spec.Tools.Single().Name == t.Name;
        }).QuickCheckThrowOnFailure();
    }

    /// <summary>Issue 15.1: `required`, `minimum`, `maximum`, `pattern` and `enum` become the declaration's rules, and calls are checked against them.</summary>
    [Fact]
    public void Json_schema_constraints_become_rules_that_calls_are_checked_against()
    {
        var json = """
            [{"name": "refunds.issue", "description": "Refund an order.", "inputSchema": {"type": "object",
              "properties": {
                "order_id": {"type": "string", "pattern": "^A/[0-9]+$"},
                "amount": {"type": "number", "minimum": 1, "maximum": 500, "exclusiveMaximum": 501},
                "reason": {"type": "string", "enum": ["damaged", "late"]},
                "kind": {"const": "refund"},
                "codes": {"type": "array", "items": {"type": "string", "pattern": "(a)\\1"}}
              },
              "required": ["order_id", "amount"]}}]
            """;
        var result = McpImporter.Import(json);
        Assert.Contains("""args { order_id: string pattern /^A\/[0-9]+$/, amount: number min 1 max 500, reason?: string one of "damaged", "late", """
            + """kind?: string one of "refund", codes?: [string] }""", result.Text);
        Assert.Contains("`amount`: `exclusiveMaximum` 501 is not enforced", result.Text);
        Assert.Contains("""`codes`: items: pattern `(a)\1` is not enforced""", result.Text);

        var compilation = Compilation.FromText("/virtual/p.airs", "policy p {\n  tier high\n  tools [\"refunds.issue\"]\n" + result.Text + "}\n");
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        var policy = compilation.Policy!;
        Airs.Runtime.Decisions.Outcome Decide(string args) => Airs.Compiler.Interpretation.Interpreter.Evaluate(policy, Airs.Runtime.Decisions.Stage.ToolCall,
            Airs.Runtime.Context.RequestContext.FromJson("""{"tool": {"name": "refunds.issue", "args": """ + args + "}}"),
            Airs.Runtime.Decisions.EvaluationOptions.Default).Outcome;
        Assert.Equal(Airs.Runtime.Decisions.Outcome.Allow, Decide("""{"order_id": "A/1", "amount": 20, "reason": "late"}"""));
        Assert.Equal(Airs.Runtime.Decisions.Outcome.Block, Decide("""{"order_id": "A/1", "amount": 900}"""));
        Assert.Equal(Airs.Runtime.Decisions.Outcome.Block, Decide("""{"order_id": "B-1", "amount": 20}"""));
        Assert.Equal(Airs.Runtime.Decisions.Outcome.Block, Decide("""{"order_id": "A/1", "amount": 20, "reason": "bored"}"""));
        Assert.Equal(Airs.Runtime.Decisions.Outcome.Block, Decide("""{"order_id": "A/1"}"""));
    }

    private static string Show(ValueRules r) =>
        $"{r.Optional} {r.Min} {r.Max} {r.Pattern} {string.Join(",", r.OneOf.IsDefault ? [] : r.OneOf)}";

    private static Dictionary<string, ImportedTool> Import(string fixture) =>
        McpImporter.Import(Fixture(fixture)).Tools.ToDictionary(t => t.Name);

    private static List<(string, ArgType)> Args(ImportedTool tool) => [.. tool.Arguments.Select(a => (a.Name, a.Type))];

    private static string Indent(string text) =>
        string.Concat(text.Split('\n').Select(l => l.Length == 0 ? "\n" : $"  {l}\n")).TrimEnd('\n') + "\n";

    private static int CountProperties(System.Text.Json.JsonElement root)
    {
        var list = root.ValueKind == System.Text.Json.JsonValueKind.Array ? root
            : root.TryGetProperty("tools", out var t) ? t : root.GetProperty("result").GetProperty("tools");
        return list.EnumerateArray().Sum(tool =>
            tool.TryGetProperty("inputSchema", out var s) && s.TryGetProperty("properties", out var p) ? p.EnumerateObject().Count() : 0);
    }

    private static bool IsValidUtf16(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }
        return true;
    }
}
