using Airs.Compiler.Binding;
using Airs.Compiler.Reporting;
using Airs.Compiler.Syntax;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Tests.Reporting;

public class AssessmentFilesTests
{
    private static RiskAssessment Assessment(string system, Tier driver)
    {
        var answers = Enum.GetValues<RiskDimension>().ToDictionary(d => d, _ => Tier.Low);
        answers[RiskDimension.Audience] = driver;
        return new RiskAssessment(system, answers);
    }

    [Fact]
    public void ThePackCompilesAndCarriesTheTierAndTheAnswers()
    {
        var text = AssessmentFiles.ToAirs(Assessment("support_bot", Tier.High));
        var compilation = Compilation.FromText("/virtual/support_bot.assessment.airs", text);
        Assert.Empty(compilation.Diagnostics);
        Assert.Contains("pack support_bot.assessment {", text);
        Assert.Contains("// audience:            high     customers or the public, directly", text);
        Assert.Contains("//   human review: within 4h", text);
        var tier = AssessmentFiles.PackTier(SyntaxTree.Parse(text, "/virtual/support_bot.assessment.airs"));
        Assert.NotNull(tier);
        Assert.Equal(Tier.High, tier.Tier);
        Assert.Equal("pack `support_bot.assessment`", tier.Origin);
        Assert.Equal(text.Split('\n').ToList().FindIndex(l => l.Trim() == "tier high") + 1, tier.Line);
    }

    [Fact]
    public void APolicyCanUseThePack()
    {
        var directory = Directory.CreateTempSubdirectory("airs-assess-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(directory, "bot.assessment.airs"), AssessmentFiles.ToAirs(Assessment("bot", Tier.Critical)));
            var policy = Path.Combine(directory, "bot.airs");
            File.WriteAllText(policy, """
                policy bot {
                  tier critical
                  use "./bot.assessment.airs"
                  guard g on input { when input.text contains "x" block "no" }
                }
                """);
            var compilation = Compilation.FromFile(policy);
            Assert.Empty(compilation.Diagnostics);
            Assert.NotNull(compilation.Policy);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void APackWithoutATierOrAPolicyHasNoPackTier()
    {
        Assert.Null(AssessmentFiles.PackTier(SyntaxTree.Parse("pack x.assessment { }")));
        Assert.Null(AssessmentFiles.PackTier(SyntaxTree.Parse("policy x { tier high }")));
        Assert.Null(AssessmentFiles.PackTier(SyntaxTree.Parse("pack x.assessment { tier enormous }")));
    }

    [Theory]
    [InlineData("bot.assessment.airs", "bot.assessment.json")]
    [InlineData("out/bot.assessment.airs", "out/bot.assessment.json")]
    [InlineData("risk.airs", "risk.assessment.json")]
    public void TheJsonGoesBesideThePack(string airs, string json) => Assert.Equal(json, AssessmentFiles.JsonPathFor(airs));
}
