using Airs.Compiler.Binding;

namespace Airs.Compiler.Tests.Binding;

public sealed class AssessedTierTests
{
    [Theory]
    [InlineData("low", true)]
    [InlineData("medium", true)]
    [InlineData("high", false)]
    [InlineData("critical", false)]
    public void A_policy_may_not_declare_less_than_its_assessment(string declared, bool reported)
    {
        using var files = new TempPolicyFiles();
        files.Write("bot.assessment.airs", "pack bot.assessment { tier high }");
        var policy = files.Write("bot.airs", $"policy bot {{ tier {declared}  use \"./bot.assessment.airs\" }}");
        var diagnostics = Compilation.FromFile(policy).Diagnostics;
        Assert.Equal(reported, diagnostics.Any(d => d.Code == "AIRS0149"));
        if (reported)
        {
            var d = Assert.Single(diagnostics, d => d.Code == "AIRS0149");
            Assert.EndsWith("bot.airs", d.Location.Source.Path);
            Assert.Contains("`bot.assessment.airs` assesses it as `high`", d.Message);
        }
    }
}
