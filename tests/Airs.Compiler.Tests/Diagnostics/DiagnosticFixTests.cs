using Airs.Compiler.Binding;
using Airs.Compiler.Diagnostics;

namespace Airs.Compiler.Tests.Diagnostics;

/// <summary>Diagnostics carry the data a fix needs, so a host never reads their message.</summary>
public sealed class DiagnosticFixTests
{
    private static Diagnostic Only(string code, string text) =>
        Assert.Single(Compilation.FromText("p.airs", text).Diagnostics, d => d.Code == code);

    [Theory]
    [InlineData("policy p {\n  tier low\n  guard g on input {\n    block\n  }\n}\n", "when", "guard `g` needs a `when` condition")]
    [InlineData("policy p {\n  tier low\n  guard g on input {\n    when true\n  }\n}\n", "block", "guard `g` needs an action such as `block`")]
    [InlineData("policy p {\n  tier low\n  breaker b {\n    cooldown 5m\n  }\n}\n", "trip", "breaker `b` needs a `trip when …` rule")]
    [InlineData("policy p {\n  tier low\n  test \"t\" {\n    input.text = \"x\"\n  }\n}\n", "expect", "test \"t\" needs an `expect`")]
    public void A_missing_item_names_its_keyword(string text, string keyword, string message)
    {
        var diagnostic = Only("AIRS0114", text);
        Assert.Equal(new DiagnosticFix.AddItem(keyword), diagnostic.Fix);
        Assert.Equal(message, diagnostic.Message);
    }

    [Fact]
    public void A_missing_tier_and_an_undeclared_model_name_the_setting_to_add()
    {
        Assert.Equal(new DiagnosticFix.AddPolicySetting("tier medium", "Add `tier medium`"), Only("AIRS0129", "policy p {\n}\n").Fix);
        var model = Only("AIRS0117", "policy p {\n  tier low\n  judge j on output {\n    model \"gp\\\"t\"\n    prompt \"{{ output.text }}\"\n  }\n}\n");
        Assert.Equal("model \"gp\\\"t\"", Assert.IsType<DiagnosticFix.AddPolicySetting>(model.Fix).Text);
    }

    [Fact]
    public void Unknown_enum_members_and_outcomes_suggest_the_valid_values()
    {
        var tier = Only("AIRS0133", "policy p {\n  tier low\n  judge j on output {\n    model \"m\"\n    prompt \"{{ output.text }}\"\n    sample { hihg: 5% }\n  }\n}\n");
        Assert.Equal("high", tier.Suggestions[0]);
        Assert.Equal("valid values: `low`, `medium`, `high`, `critical`", tier.Help);
        var outcome = Only("AIRS0142", "policy p {\n  tier low\n  test \"t\" {\n    input.text = \"x\"\n    expect blokc\n  }\n}\n");
        Assert.Equal("block", Assert.Single(outcome.Suggestions));
    }

    [Fact]
    public void Fix_data_does_not_make_two_reports_of_one_problem_different()
    {
        var a = Only("AIRS0142", "policy p {\n  tier low\n  test \"t\" {\n    input.text = \"x\"\n    expect blokc\n  }\n}\n");
        var b = a with { Suggestions = [.. a.Suggestions] };
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }
}
