namespace Airs.Compiler.Tests.Parsing;

/// <summary>Valid items, declarations and expressions to build random valid policies from.</summary>
internal static class ValidItems
{
    public static readonly string[] PolicyItems =
    [
        "version \"1.4.0\"",
        "tier high",
        "owner \"ai@bank.example\"",
        "use airs.injection",
        "use \"./common.airs\"",
        "guard g1 on input { id \"GR-1\" when injection.score(input.text) >= 0.8 or input.text matches /ignore (all|any)/i block \"no\" maps owasp.llm01, atlas.T0051.000 }",
        "guard g2 on output { mode detect when pii.found(output.text, [email, card]) redact pii.spans(output.text, [email]) with \"[X]\" }",
        "guard g3 on tool_call { when tool.name == \"orders.refund\" and not (tool.args.amount <= 500) escalate r1 }",
        "guard g4 on input { when user.id not in [\"a\", \"b\",] and input.text contains \"x\" flag \"odd\" }",
        "judge j1 on output { model \"judge\" sample { low: 1%, high: 50%, } timeout 1500ms blocking prompt \"\"\"\n    Is it {{ output.text }}?\n    \"\"\" on fail escalate r1 on error pace alternate }",
        "review r1 { sla 4h on expiry block \"late\" }",
        "breaker b1 { trip when blocked >= 20 within 5m per user cooldown 10m fallback \"offline\" }",
        "tool \"orders.refund\" { args { order_id: string, amount: number, tags: [string] } writes }",
        "agent planner { tools [\"faq.search\"] delegates executor with [\"faq.search\"] approval [] }",
        "pace { alternate when judge.failing or judge j1 failing { judges off enforce all tools read_only } contingency when breaker b1 open { review all outputs } emergency manual { respond fallback \"sorry\" halt } }",
        "test \"t1\" { input.text = \"hello\" judge j1 returns fail expect block by g1 }",
        "test \"t2\" on output { output.text = \"\"\"\n  multi\n  \"\"\" expect allow }",
        "guard g5 on agent_message { when true == false or 2.5 > 1 allow }",
        "guard g6 on input { when a.b.c halt }",
        "guard g7 on retrieval { when any d in retrieval.docs: injection.found(d) and len(d) > -1 or not all n in [-1, -2.5]: n < -0 block }",
        "guard g8 on tool_call { when injection.score(tool.args_text) >= 0.5 and (all a in tool.args_text: a != \"\") flag }",
        "test \"t3\" on tool_call { tool.name = \"x\" tool.args.amount = -5 expect allow }",
    ];
}
