using System.Collections.Frozen;
using System.Text.Json;
using Airs.Compiler.Emit;
using Airs.Compiler.Interpretation;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Functions;
using Outcome = Airs.Runtime.Decisions.Outcome;

namespace Airs.Compiler.Tests.Emit;

/// <summary>
/// Tools are default-deny by exact name: a call whose name differs from a granted one only by case, Unicode
/// normalisation, whitespace, an invisible or a look-alike character is denied by <c>tool_permission</c>, by the
/// interpreter and the emitted code alike, and so are calls by an agent that holds no tool and calls without a chain
/// in a policy with agents. Checked by security review 44 (found sound; pinned here).
/// </summary>
public sealed class ToolNameVariantTests
{
    private const string Source = """
        policy variants {
          tier high
          tools ["orders.refund", "café.order"]
          tool "orders.refund" { args { amount: number } writes }
          tool "café.order" { args { item: string } }
          guard big_refund on tool_call {
            when tool.name == "orders.refund" and tool.args.amount > 100
            block "too much"
          }
        }
        """;

    private const string AgentSource = """
        policy agent_variants {
          tier high
          tools ["orders.refund"]
          tool "orders.refund" { args { amount: number } writes }
          agent reader { intent { goal "Reads." } }
          agent payer { tools ["orders.refund"] }
        }
        """;

    public static TheoryData<string> Variants =>
    [
        "Orders.Refund", "ORDERS.REFUND", "orders.refund ", " orders.refund", "orders.refund\n", "orders.refund\t",
        "orders.refund\u200b", "\ufefforders.refund", "orders.refund\0", "orders\u2024refund", "\u043erders.refund",
        "\uff4frders.refund", "orders.refünd", "cafe\u0301.order", "CAFÉ.order", "café.order\u00a0", "",
    ];

    [Theory]
    [MemberData(nameof(Variants))]
    public void A_name_that_only_looks_like_a_granted_one_is_denied_by_both_engines(string name)
    {
        var (policy, compiled) = Load("variants.airs", Source);
        var context = Call(name, new Dictionary<string, JsonElement> { ["amount"] = JsonSerializer.SerializeToElement(5000) });

        var interpreted = Interpreter.Evaluate(policy, Stage.ToolCall, context, EvaluationOptions.Default);

        Assert.Equal(EmitTestSupport.Canonical(interpreted), EmitTestSupport.Canonical(compiled.Evaluate(Stage.ToolCall, context, EvaluationOptions.Default)));
        Assert.Equal(Outcome.Block, interpreted.Outcome);
        Assert.Equal(ToolPermissions.PermissionControl, interpreted.Findings[0].Control);
    }

    [Theory]
    [InlineData("reader", new[] { "reader" })]           // an agent without grants
    [InlineData("payer", new string[0])]                 // no chain: the policy-level grant does not stand in for one
    [InlineData("", new string[0])]
    [InlineData("payer", new[] { "Payer" })]
    [InlineData("payer", new[] { "reader", "payer" })]   // reader does not delegate
    public void An_agent_without_the_grant_is_denied_by_both_engines(string agent, string[] chain)
    {
        var (policy, compiled) = Load("agent_variants.airs", AgentSource);
        var context = Call("orders.refund", new Dictionary<string, JsonElement> { ["amount"] = JsonSerializer.SerializeToElement(5) }, agent, chain);

        var interpreted = Interpreter.Evaluate(policy, Stage.ToolCall, context, EvaluationOptions.Default);

        Assert.Equal(EmitTestSupport.Canonical(interpreted), EmitTestSupport.Canonical(compiled.Evaluate(Stage.ToolCall, context, EvaluationOptions.Default)));
        Assert.Equal(Outcome.Block, interpreted.Outcome);
        Assert.Equal(ToolPermissions.PermissionControl, interpreted.Findings[0].Control);
        Assert.Equal(Outcome.Allow, Interpreter.Evaluate(policy, Stage.ToolCall,
            Call("orders.refund", new Dictionary<string, JsonElement> { ["amount"] = JsonSerializer.SerializeToElement(5) }, "payer", ["payer"]),
            EvaluationOptions.Default).Outcome);
    }

    private static RequestContext Call(string name, Dictionary<string, JsonElement> args, string agent = "", string[]? chain = null)
    {
        ContextFieldSet present = chain is null
            ? [ContextField.ToolName, ContextField.ToolArgs]
            : [ContextField.ToolName, ContextField.ToolArgs, ContextField.AgentId, ContextField.AgentChain];
        return new RequestContext
        {
            ToolName = name,
            ToolArgs = args.ToFrozenDictionary(StringComparer.Ordinal),
            AgentId = agent,
            AgentChain = chain ?? [],
            Present = present,
        };
    }

    private static readonly Dictionary<string, (Lowering.PolicyIR, ICompiledPolicy)> Loaded = [];

    private static (Lowering.PolicyIR Policy, ICompiledPolicy Compiled) Load(string file, string source)
    {
        lock (Loaded)
        {
            if (!Loaded.TryGetValue(file, out var pair))
            {
                var policy = EmitTestSupport.Compile(file, source);
                var emitted = PolicyEmitter.Emit(policy);
                Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
                pair = (policy, LoadedEvaluators.Load(emitted).Create(emitted.TypeName));
                Loaded[file] = pair;
            }
            return pair;
        }
    }
}
