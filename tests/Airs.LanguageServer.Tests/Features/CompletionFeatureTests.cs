using System.Text.Json;
using Airs.LanguageServer.Tests.Support;

namespace Airs.LanguageServer.Tests.Features;

public sealed class CompletionFeatureTests
{
    private static readonly string Uri = LspTestClient.Uri("complete.airs");

    /// <summary>Opens <paramref name="withCaret"/> (the caret is `|`) and completes at the caret.</summary>
    private static async Task<List<JsonElement>> CompleteAsync(string withCaret)
    {
        var caret = withCaret.IndexOf('|', StringComparison.Ordinal);
        var text = withCaret.Remove(caret, 1);
        await using var session = await FeatureSession.StartAsync();
        await session.OpenAsync(Uri, text);
        var position = LanguageServer.Documents.LineIndex.Create(text).GetPosition(caret);
        var result = await session.AtAsync("textDocument/completion", Uri, position);
        Assert.False(result.GetProperty("isIncomplete").GetBoolean());
        return [.. result.GetProperty("items").EnumerateArray()];
    }

    private static async Task<List<string>> LabelsAsync(string withCaret) =>
        [.. (await CompleteAsync(withCaret)).Select(i => i.GetProperty("label").GetString()!)];

    private static string Guard(string stage, string condition) =>
        $"policy p {{\n  tier low\n  guard g on {stage} {{\n    when {condition}\n    block\n  }}\n}}\n";

    [Fact]
    public async Task Risk_based_sampling_completes_guards_stub_results_and_pace_judge_actions()
    {
        const string head = "policy p {\n  tier low\n  model \"m\"\n  guard risky on output { when true flag }\n";
        Assert.Contains("risky", await LabelsAsync(head + "  judge j on output {\n    model \"m\"\n    sample 100% when |\n  }\n}\n"));
        Assert.Contains("uncertain", await LabelsAsync(head + "  test \"t\" {\n    judge j returns |\n  }\n}\n"));
        Assert.Equal(["off", "all"], await LabelsAsync(head + "  pace {\n    alternate manual { judges | }\n  }\n}\n"));
    }

    [Fact]
    public async Task Context_fields_are_those_of_the_guards_stage()
    {
        Assert.Equal(["text"], await LabelsAsync(Guard("output", "input.|")));
        Assert.Empty(await LabelsAsync(Guard("input", "output.|")));
        Assert.Equal(["name", "args", "args_text"], await LabelsAsync(Guard("tool_call", "tool.|")));
        Assert.Equal(["name", "result"], await LabelsAsync(Guard("tool_result", "tool.|")));

        // `output.tokens` is offered too: the client filters by what is typed.
        var text = Assert.Single(await CompleteAsync(Guard("output", "output.te|")), i => i.GetProperty("label").GetString() == "text");
        Assert.Equal("string", text.GetProperty("detail").GetString());
        Assert.Equal(5, text.GetProperty("kind").GetInt32());
    }

    [Fact]
    public async Task Quantifiers_are_offered_where_a_condition_starts_with_a_snippet()
    {
        var items = await CompleteAsync(Guard("retrieval", "|"));
        var any = Assert.Single(items, i => i.GetProperty("label").GetString() == "any");
        Assert.Equal("any ${1:item} in ${2:retrieval.docs}: $0", any.GetProperty("insertText").GetString());
        Assert.Contains(items, i => i.GetProperty("label").GetString() == "all");
        Assert.Contains(items, i => i.GetProperty("label").GetString() == "retrieval.docs");
    }

    [Fact]
    public async Task Tool_args_offers_the_arguments_of_the_narrowed_tool()
    {
        const string Policy = "policy p {{\n  tier low\n  tool \"a\" {{ args {{ x: number, z: bool }} }}\n  tool \"b\" {{ args {{ y: string }} }}\n  guard g on tool_call {{\n    when {0}\n    block\n  }}\n}}\n";
        Assert.Equal(["x", "z"], await LabelsAsync(string.Format(Policy, "tool.name == \"a\" and tool.args.|")));
        Assert.Equal(["x", "z", "y"], await LabelsAsync(string.Format(Policy, "tool.args.|")));
    }

    /// <summary>Issue 17: containment (`isolate`, `read_only`, `handover`, `backup`, `max depth`) and sequence rules (`after … same … within … per`).</summary>
    [Fact]
    public async Task Containment_and_sequence_keywords_complete_with_their_agents_tools_arguments_and_scopes()
    {
        const string Head = "policy p {\n  tier high\n  tool \"a\" { args { id: string, n: number } }\n  agent x { tools [\"a\"] }\n  agent y { tools [\"a\"] }\n";
        Assert.Superset(new HashSet<string> { "isolate <agent>", "read_only <agent>", "handover <agent>" },
            (await LabelsAsync(Head + "  pace {\n    alternate manual {\n      |\n    }\n  }\n}\n")).ToHashSet());
        foreach (var action in new[] { "isolate", "read_only", "handover" })
        {
            Assert.Equal(["x", "y"], await LabelsAsync(Head + $"  pace {{\n    alternate manual {{\n      {action} |\n    }}\n  }}\n}}\n"));
        }
        Assert.Contains("backup", await LabelsAsync(Head + "  agent z {\n    |\n  }\n}\n"));
        Assert.Equal(["x", "y"], await LabelsAsync(Head + "  agent z {\n    backup |\n  }\n}\n"));
        Assert.Contains("max depth", await LabelsAsync(Head + "  |\n}\n"));
        Assert.Equal(["depth"], await LabelsAsync(Head + "  max |\n}\n"));
        Assert.Contains("agent", await LabelsAsync(Head + "  breaker b {\n    trip when blocked >= 3 within 1m per |\n  }\n}\n"));

        string Tool(string rule) => Head + "  tool \"b\" {\n    args { id: string }\n    " + rule + "\n  }\n}\n";
        Assert.Contains("after", await LabelsAsync(Tool("|")));
        var tools = await CompleteAsync(Tool("after |"));
        Assert.Equal(["a"], tools.Select(i => i.GetProperty("label").GetString()));
        Assert.Equal("\"a\"", tools[0].GetProperty("insertText").GetString());
        Assert.Equal(["same", "within"], await LabelsAsync(Tool("after \"a\" |")));
        Assert.Equal(["id"], await LabelsAsync(Tool("after \"a\" same |")));
        Assert.Equal(["within"], await LabelsAsync(Tool("after \"a\" same id |")));
        Assert.Equal(["per"], await LabelsAsync(Tool("after \"a\" same id within 30m |")));
        Assert.Equal(["session", "chain"], await LabelsAsync(Tool("after \"a\" same id within 30m per |")));
        Assert.Contains("agent_refusals", await LabelsAsync(Head
            + "  breaker agent_refusals { trip when blocked >= 3 within 1m per agent  fallback \"x\" }\n  test \"t\" {\n    input.text = \"x\"\n    expect block by |\n  }\n}\n"));
    }

    /// <summary>Issue 18: `intent` and `workflow` come from the schema, with their settings and the frequencies `evaluate` takes.</summary>
    [Fact]
    public async Task Intents_and_workflows_are_offered_from_the_schema()
    {
        const string Policy = "policy p {{\n  tier low\n  {0}\n}}\n";
        Assert.Contains("workflow", await LabelsAsync(string.Format(Policy, "|")));
        Assert.Contains("intent", await LabelsAsync(string.Format(Policy, "agent a {\n    |\n  }")));
        Assert.Contains("intent", await LabelsAsync(string.Format(Policy, "judge j on output {\n    |\n  }")));
        var inIntent = await LabelsAsync(string.Format(Policy, "agent a {\n    intent {\n      |\n    }\n  }"));
        Assert.Superset(new HashSet<string> { "goal", "success", "failure", "tools", "data", "evaluate" }, inIntent.ToHashSet());
        Assert.Equal(["every_action", "per_phase", "after_execution"],
            await LabelsAsync(string.Format(Policy, "agent a {\n    intent {\n      evaluate |\n    }\n  }")));
        Assert.Contains("agents", await LabelsAsync(string.Format(Policy, "workflow w {\n    |\n  }")));
    }

    [Fact]
    public async Task Values_and_events_follow_the_schema()
    {
        const string Policy = "policy p {{\n  tier low\n  model \"m1\"\n  model \"m2\"\n  tool \"t\" {{ args {{ x: number }} }}\n  {0}\n}}\n";
        Assert.Equal(["enforce", "detect"], await LabelsAsync(string.Format(Policy, "guard g on input {\n    mode |\n  }")));
        Assert.Equal(["m1", "m2"], await LabelsAsync(string.Format(Policy, "judge j on output {\n    challenger |\n  }")));
        Assert.Equal(["t"], await LabelsAsync(string.Format(Policy, "agent a {\n    approval [|\n  }")));
        Assert.Equal(["fail", "error", "uncertain"], await LabelsAsync(string.Format(Policy, "judge j on output {\n    on |\n  }")));
        Assert.Equal(["expiry"], await LabelsAsync(string.Format(Policy, "review r {\n    on |\n  }")));
        // `tier` is a policy setting: inside a guard it takes no tier.
        Assert.Empty(await LabelsAsync(string.Format(Policy, "guard g on input {\n    tier |\n  }")));
    }

    [Fact]
    public async Task Tool_args_offers_the_intersection_of_the_narrowings_as_the_binder_does()
    {
        const string Policy = "policy p {{\n  tier low\n  tool \"a\" {{ args {{ x: number, z: bool }} }}\n  tool \"b\" {{ args {{ y: string }} }}\n  guard g on tool_call {{\n    when {0}\n    block\n  }}\n}}\n";
        // Both narrowings hold on the right: only `a` remains (the server used to offer the union, `b`'s `y` too).
        Assert.Equal(["x", "z"], await LabelsAsync(string.Format(Policy, "tool.name in [\"a\", \"b\"] and tool.name == \"a\" and tool.args.|")));
        // A narrowing on the other side of an `or` does not hold here.
        Assert.Equal(["y"], await LabelsAsync(string.Format(Policy, "tool.name == \"a\" or tool.name == \"b\" and tool.args.|")));
        // In a test, the tool its `tool.name` assignment names.
        Assert.Equal(["y"], await LabelsAsync("policy p {\n  tier low\n  tool \"a\" { args { x: number } }\n  tool \"b\" { args { y: string } }\n  test \"t\" {\n    tool.name = \"b\"\n    tool.args.|\n  }\n}\n"));
    }

    [Fact]
    public async Task Builtins_follow_their_namespace()
    {
        var items = await CompleteAsync(Guard("output", "pii.|"));
        Assert.Equal(["found", "spans"], items.Select(i => i.GetProperty("label").GetString()));
        Assert.Equal("pii.found(text: string, kinds: list<pii_kind>) -> bool", items[0].GetProperty("detail").GetString());
        Assert.Equal(["found", "score", "spans"], await LabelsAsync(Guard("input", "injection.|")));
    }

    [Fact]
    public async Task Declared_names_are_offered_where_a_name_is_expected()
    {
        var bank = FeatureSession.Bank;
        Assert.Equal(["support_review"], await LabelsAsync(bank.Replace("escalate support_review\n  }\n\n  review", "escalate |\n  }\n\n  review", StringComparison.Ordinal)));
        // `expect … by` names a guard, a judge, a limit or a breaker (airs test replays breakers), in declaration order.
        Assert.Equal(["prompt_injection", "pii_out", "violations", "refund_limit"], await LabelsAsync(bank.Replace("by prompt_injection", "by |", StringComparison.Ordinal)));
        Assert.Equal(["executor"], await LabelsAsync(bank.Replace("delegates executor", "delegates |", StringComparison.Ordinal)));
        Assert.Equal(["violations"], await LabelsAsync(bank.Replace("breaker violations open", "breaker | open", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Pii_kinds_not_yet_listed_are_offered_inside_the_kinds_argument()
    {
        var bank = FeatureSession.Bank;
        Assert.Equal(["phone", "card", "iban", "ssn", "ip", "nino", "dob"],
            await LabelsAsync(bank.Replace("[email, card]", "[email, |]", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Item_keywords_depend_on_the_enclosing_block_and_policies_get_block_snippets()
    {
        var inGuard = await LabelsAsync("policy p {\n  tier low\n  guard g on input {\n    |\n  }\n}\n");
        Assert.Contains("when", inGuard);
        Assert.Contains("redact", inGuard);
        Assert.DoesNotContain("prompt", inGuard);

        var inJudge = await LabelsAsync("policy p {\n  tier low\n  model \"m\"\n  judge j on output {\n    |\n  }\n}\n");
        Assert.Contains("prompt", inJudge);
        Assert.Contains("sample", inJudge);
        Assert.Contains("when", inJudge); // a judge runs only where its `when` holds
        Assert.DoesNotContain("redact", inJudge);

        var inPolicy = await CompleteAsync("policy p {\n  tier low\n  |\n}\n");
        Assert.Contains(inPolicy, i => i.GetProperty("label").GetString() == "tier" && i.GetProperty("kind").GetInt32() == 14);
        var guardSnippet = inPolicy.Single(i => i.GetProperty("label").GetString() == "guard" && i.GetProperty("kind").GetInt32() == 15);
        Assert.Equal(2, guardSnippet.GetProperty("insertTextFormat").GetInt32());
        Assert.StartsWith("guard ${1:name} on ${2|input,", guardSnippet.GetProperty("insertText").GetString(), StringComparison.Ordinal);
        Assert.Equal(["guard", "judge", "review", "breaker", "tool", "agent", "pace", "test"],
            inPolicy.Where(i => i.GetProperty("kind").GetInt32() == 15).Select(i => i.GetProperty("label").GetString()));

        Assert.Equal(["low", "medium", "high", "critical"], await LabelsAsync("policy p {\n  tier |\n}\n"));
        Assert.Equal(["allow", "flag", "redact", "escalate", "block", "halt"], await LabelsAsync("policy p {\n  tier low\n  test \"t\" {\n    expect |\n  }\n}\n"));
    }

    [Fact]
    public async Task Nothing_is_offered_inside_strings_and_comments()
    {
        Assert.Empty(await LabelsAsync("policy p {\n  tier low\n  owner \"inp|ut\"\n}\n"));
        Assert.Empty(await LabelsAsync("policy p {\n  tier low // a comm|ent\n}\n"));
    }
}
