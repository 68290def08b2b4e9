using Airs.Compiler.Binding;
using Airs.Compiler.Emit;
using Airs.Compiler.Interpretation;
using Airs.Compiler.Tests.Emit;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Tests.Binding;

/// <summary>Optional arguments, rules and context attributes: parsed, bound into the spec, read in conditions, run in tests.</summary>
public sealed class DeclaredValuesTests
{
    private static readonly string Baseline = File.ReadAllText(Path.Combine(EmitTestSupport.RepoRoot, "tests", "baselines", "valid_declared_values", "main.airs"));

    [Fact]
    public void Rules_and_attributes_are_bound_into_the_spec()
    {
        var spec = EmitTestSupport.Compile("v.airs", Baseline).Spec;
        var args = spec.Tools.Single().Args.ToDictionary(a => a.Name);
        Assert.Equal("^A-[0-9]+$", args["order_id"].Rules.Pattern);
        Assert.False(args["order_id"].Rules.Optional);
        Assert.Equal((0.0, 5000.0), (args["amount"].Rules.Min!.Value, args["amount"].Rules.Max!.Value));
        Assert.True(args["method"].Rules.Optional);
        Assert.Equal(["card", "bank"], args["method"].Rules.OneOf.ToArray());
        Assert.Equal(ArgType.StringList, args["tags"].Type);

        var attributes = spec.Attributes.ToDictionary(a => a.Path);
        Assert.Equal(["user.email", "user.tier", "session.channel"], spec.Attributes.Select(a => a.Path));
        Assert.True(attributes["user.email"].Rules.Sensitive);
        Assert.False(attributes["user.email"].Rules.Optional);
        Assert.Equal(["free", "pro"], attributes["user.tier"].Rules.OneOf.ToArray());
    }

    [Fact]
    public void The_policy_tests_pass_in_both_engines()
    {
        var policy = EmitTestSupport.Compile("v.airs", Baseline);
        var report = PolicyTestRunner.Run(policy);
        Assert.True(report.AllPassed, string.Join("\n", report.Results.Where(r => !r.Passed).Select(r => $"{r.Test.Name}: {r.Failure}")));
        var emitted = PolicyEmitter.Emit(policy);
        using var loaded = LoadedEvaluators.Load(emitted);
        var compiled = PolicyTestRunner.Run(policy, loaded.Create(emitted.TypeName));
        Assert.True(compiled.AllPassed, string.Join("\n", compiled.Results.Where(r => !r.Passed).Select(r => $"{r.Test.Name}: {r.Failure}")));
    }

    [Fact]
    public void An_attribute_reads_on_every_stage_and_an_undeclared_one_is_a_context_field_error()
    {
        var ok = Compilation.FromText("a.airs", """
            policy p {
              tier low
              context { user.tier?: string, user.age?: number, user.beta?: bool, user.groups?: [string] }
              guard g on input { when user.tier == "free" and user.age < 18 and not user.beta and "staff" in user.groups  block }
            }
            """);
        Assert.Empty(ok.Diagnostics);
        var bad = Compilation.FromText("b.airs", """
            policy p { tier low  guard g on input { when user.email == "x"  block } }
            """);
        Assert.Equal("AIRS0103", Assert.Single(bad.Diagnostics).Code);
    }

    [Fact]
    public void A_sensitive_tool_argument_and_a_missing_value_after_a_rule_are_checked()
    {
        var missing = Compilation.FromText("m.airs", """
            policy p { tier low  tool "pay" { args { amount: number min } } }
            """);
        Assert.Contains(missing.Diagnostics, d => d.Code == "AIRS0002" || d.Message.Contains("a number", StringComparison.Ordinal));
        var ok = Compilation.FromText("s.airs", """
            policy p { tier low  tools ["pay"]  tool "pay" { args { card: string sensitive, note?: string } } }
            """);
        Assert.Empty(ok.Diagnostics);
        Assert.True(ok.Policy!.Spec.Tools[0].Args[0].Rules.Sensitive);
    }

    [Fact]
    public void Declarations_print_back_byte_for_byte()
    {
        var text = "policy p {\n  tool \"t\" { args { a?: number min 0 max 5, b: [string] one of \"x\", \"y\" pattern /^[a-z]$/i sensitive } }\n  context { user.x?: string }\n}\n";
        Assert.Equal(text, Airs.Compiler.Syntax.SyntaxTree.Parse(text, "p.airs").Root.ToFullString());
    }

    [Fact]
    public void The_ir_prints_rules_and_attributes()
    {
        var ir = Airs.Compiler.Lowering.IrPrinter.Print(EmitTestSupport.Compile("v.airs", Baseline));
        Assert.Contains("context (user.email: string sensitive, user.tier?: string one of \"free\", \"pro\", session.channel?: string)", ir);
        Assert.Contains("order_id: string pattern /^A-[0-9]+$/, amount: number min 0 max 5000, method?: string one of \"card\", \"bank\"", ir);
    }

    [Fact]
    public void Emitted_code_carries_the_rules_and_attributes()
    {
        var source = PolicyEmitter.Generate(EmitTestSupport.Compile("v.airs", Baseline));
        Assert.Contains("Rules = new ValueRules { Min = 0D, Max = 5000D }", source);
        Assert.Contains("Attributes = [new AttributeSpec(Path: \"user.email\", Type: ArgType.String) { Rules = new ValueRules { Sensitive = true } }", source);
    }
}
