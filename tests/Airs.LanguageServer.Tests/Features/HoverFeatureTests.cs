using System.Text.Json;
using Airs.LanguageServer.Tests.Support;

namespace Airs.LanguageServer.Tests.Features;

public sealed class HoverFeatureTests
{
    private static readonly string Uri = LspTestClient.Uri("bank.airs");

    private static async Task<string> HoverAsync(FeatureSession session, string text, string needle, int delta = 0, int nth = 1)
    {
        var result = await session.AtAsync("textDocument/hover", Uri, FeatureSession.At(text, needle, delta, nth));
        Assert.Equal(JsonValueKind.Object, result.ValueKind);
        Assert.Equal("markdown", result.GetProperty("contents").GetProperty("kind").GetString());
        return result.GetProperty("contents").GetProperty("value").GetString()!;
    }

    [Fact]
    public async Task Hover_explains_declared_names_fields_builtins_types_and_keywords()
    {
        await using var session = await FeatureSession.StartAsync();
        var text = FeatureSession.Bank;
        await session.OpenAsync(Uri, text);

        Assert.Equal("```airs\nreview support_review\n```\nreview `support_review`: human review queue\n\n`sla 4h`",
            await HoverAsync(session, text, "escalate support_review", "escalate ".Length + 2));
        Assert.Equal("```airs\nguard prompt_injection on input\n```\nguard `prompt_injection`: guard on `input`\n\n`when input.text matches /ignore previous/i`\n\n`block \"no\"`",
            await HoverAsync(session, text, "by prompt_injection", 4));
        Assert.Equal("```airs\ninput.text: string\n```\nthe user's message\n\navailable on `input`, `output`",
            await HoverAsync(session, text, "input.text", 7));
        Assert.Equal("```airs\npii.found(text: string, kinds: list<pii_kind>) -> bool\n```\nwhether the text contains personal data of the given kinds",
            await HoverAsync(session, text, "pii.found", 5));
        Assert.Equal("```airs\ntool.args.amount: number\n```\nan argument of the called tool; declared by `orders.refund`",
            await HoverAsync(session, text, "tool.args.amount", 11));
        Assert.Equal("```airs\n500\n```\ntype `number`", await HoverAsync(session, text, "500", 1));
        Assert.Equal("`email`: a `pii_kind`", await HoverAsync(session, text, "email"));
        Assert.StartsWith("**block**: refuses the request", await HoverAsync(session, text, "block \"no\"", 2), StringComparison.Ordinal);

        var nothing = await session.AtAsync("textDocument/hover", Uri, FeatureSession.At(text, "{"));
        Assert.Equal(JsonValueKind.Null, nothing.ValueKind);
    }

    [Fact]
    public async Task A_keyword_reads_as_its_block_uses_it()
    {
        await using var session = await FeatureSession.StartAsync();
        var text = "policy p {\n  tier low\n  tools [\"t\"]\n  tool \"t\" { writes }\n  pace {\n    alternate when judge.failing { tools read_only }\n  }\n}\n";
        await session.OpenAsync(Uri, text);

        Assert.Equal("**tools**: PACE action: `tools read_only` refuses tools that write", await HoverAsync(session, text, "tools read_only", 1));
        Assert.StartsWith("**tools**: the tools granted", await HoverAsync(session, text, "tools [", 1), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sequence_and_containment_keywords_have_their_schema_docs()
    {
        await using var session = await FeatureSession.StartAsync();
        var text = "policy p {\n  tier high\n  tool \"a\" { args { id: string } }\n  tool \"b\" {\n    args { id: string }\n    after \"a\" same id within 30m\n  }\n"
            + "  agent x { tools [\"a\"]  backup y }\n  agent y { tools [\"a\"] }\n  pace {\n    alternate manual {\n      handover x\n    }\n  }\n}\n";
        await session.OpenAsync(Uri, text);

        Assert.StartsWith("**after**: a call needs an earlier allowed call in the session", await HoverAsync(session, text, "after \"a\"", 1), StringComparison.Ordinal);
        Assert.StartsWith("**handover**: PACE action on one agent", await HoverAsync(session, text, "handover x", 1), StringComparison.Ordinal);
        Assert.StartsWith("**backup**: the agent that takes over", await HoverAsync(session, text, "backup y", 1), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Intent_keywords_read_from_the_schema()
    {
        await using var session = await FeatureSession.StartAsync();
        var text = "policy p {\n  tier low\n  agent a {\n    intent {\n      goal \"help\"\n      evaluate per_phase\n    }\n  }\n  workflow w {\n    agents [a]\n    intent { goal \"all\" }\n  }\n}\n";
        await session.OpenAsync(Uri, text);

        Assert.StartsWith("**intent**: what the agent is for", await HoverAsync(session, text, "intent {", 1), StringComparison.Ordinal);
        Assert.StartsWith("**evaluate**: when actions are evaluated against the intent", await HoverAsync(session, text, "evaluate", 1), StringComparison.Ordinal);
        Assert.StartsWith("**agents**: the agents that carry the workflow out", await HoverAsync(session, text, "agents", 1), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hover_explains_quantifiers_and_the_list_overload_a_call_chose()
    {
        await using var session = await FeatureSession.StartAsync();
        var text = "policy p {\n  tier low\n  guard g on retrieval {\n    when any doc in retrieval.docs: injection.found(doc) or secrets.found(retrieval.docs)\n    block\n  }\n}\n";
        await session.OpenAsync(Uri, text);

        Assert.StartsWith("**any**: holds when the condition holds for some element", await HoverAsync(session, text, "any doc", 1), StringComparison.Ordinal);
        const string Doc = "```airs\ndoc: string\n```\neach element of `retrieval.docs` in turn (`any`)";
        Assert.Equal(Doc, await HoverAsync(session, text, "doc in", 1));
        Assert.Equal(Doc, await HoverAsync(session, text, "doc)", 1));
        Assert.Equal("```airs\ninjection.found(text: string) -> bool\n```\nwhether the text is a prompt injection at the detector's default threshold",
            await HoverAsync(session, text, "injection.found", 3));
        Assert.Equal("```airs\nsecrets.found(texts: list<string>) -> bool\n```\nwhether any text in the list contains credentials",
            await HoverAsync(session, text, "secrets.found", 3));
    }

    [Fact]
    public async Task Hover_on_a_problem_adds_the_diagnostic_with_its_link()
    {
        await using var session = await FeatureSession.StartAsync();
        var text = "policy p {\n  tier extreme\n}\n";
        await session.OpenAsync(Uri, text);

        var value = await HoverAsync(session, text, "extreme", 2);
        Assert.Contains("[AIRS0116](https://github.com/airspolicy/airspolicy/blob/main/docs/diagnostics.md#airs0116)", value, StringComparison.Ordinal);
        Assert.Contains("`tier` must be one of", value, StringComparison.Ordinal);
    }
}
