using Airs.Compiler.Reporting;
using Airs.Runtime.Policy;
using FsCheck;
using FsCheck.Fluent;

namespace Airs.Compiler.Tests.Reporting;

public class AssessmentAnswersTests
{
    private const string Valid = """
        { "system": "support_bot", "decision_authority": "high", "reversibility": "medium", "data_sensitivity": "high",
          "audience": "high", "scale": "medium", "regulatory_exposure": "critical" }
        """;

    [Fact]
    public void AValidFileGivesTheAnswersAndTheTier()
    {
        var assessment = AssessmentAnswers.Parse(Valid, "a.json");
        Assert.Equal("support_bot", assessment.System);
        Assert.Equal(Tier.Critical, assessment.Tier);
        Assert.Equal([RiskDimension.RegulatoryExposure], assessment.Drivers.ToArray());
        Assert.Equal(Tier.Medium, assessment.Answers[RiskDimension.Scale]);
    }

    [Theory]
    [InlineData("\"decision_authority\": \"high\",", "\"decision_authority\": \"high\", \"colour\": \"blue\",", "unknown key `colour` in `a.json`")]
    [InlineData("\"scale\": \"medium\",", "", "missing `scale` in `a.json`")]
    [InlineData("\"scale\": \"medium\"", "\"scale\": \"huge\"", "`scale` in `a.json` must be one of `low`, `medium`, `high`, `critical`, not `huge`")]
    [InlineData("\"scale\": \"medium\"", "\"scale\": 3", "`scale` in `a.json` must be one of `low`, `medium`, `high`, `critical`, not `3`")]
    [InlineData("\"scale\": \"medium\"", "\"scale\": \"High\"", "not `High`")]
    [InlineData("\"system\": \"support_bot\",", "\"system\": \"support bot\",", "`system` in `a.json` must be a name")]
    [InlineData("\"system\": \"support_bot\",", "\"system\": \"and\",", "`system` in `a.json` must be a name")]
    [InlineData("\"system\": \"support_bot\",", "", "missing `system` in `a.json`")]
    [InlineData("\"scale\": \"medium\",", "\"scale\": \"medium\", \"scale\": \"low\",", "`scale` appears twice in `a.json`")]
    [InlineData("\"scale\": \"medium\",", "\"tier\": \"high\", \"scale\": \"medium\",", "`tier` in `a.json` says `high` but the answers give `critical`")]
    [InlineData("}", "", "`a.json` is not valid JSON")]
    public void ProblemsAreOneLineNamingTheKey(string find, string replace, string expected)
    {
        var error = Assert.Throws<AssessmentFormatException>(() => AssessmentAnswers.Parse(Valid.Replace(find, replace), "a.json"));
        Assert.Contains(expected, error.Message);
        Assert.DoesNotContain('\n', error.Message);
        Assert.False(error.Message.EndsWith('.'), error.Message);
        Assert.True(char.IsLower(error.Message[0]) || error.Message[0] == '`', error.Message);
    }

    [Fact]
    public void NotAnObjectIsRejected()
    {
        var error = Assert.Throws<AssessmentFormatException>(() => AssessmentAnswers.Parse("[1, 2]", "a.json"));
        Assert.Contains("one JSON object", error.Message);
    }

    [Fact]
    public void TheSystemCanComeFromTheCommandLine()
    {
        var withoutSystem = Valid.Replace("\"system\": \"support_bot\",", "");
        Assert.Equal("bot", AssessmentAnswers.Parse(withoutSystem, "a.json", systemFallback: "bot").System);
        Assert.Equal("support_bot", AssessmentAnswers.Parse(Valid, "a.json", systemFallback: "bot").System);
    }

    [Fact]
    public void TheWrittenJsonReadsBackAsTheSameAssessment()
    {
        var answers = Gen.Elements(Enum.GetValues<Tier>()).ArrayOf(6).ToArbitrary();
        Prop.ForAll(answers, levels =>
        {
            var original = new RiskAssessment("bot_1", Enum.GetValues<RiskDimension>().ToDictionary(d => d, d => levels[(int)d]));
            var read = AssessmentAnswers.Parse(AssessmentFiles.ToJson(original), "x.json");
            return read.System == original.System && read.Tier == original.Tier && read.Answers.SequenceEqual(original.Answers);
        }).QuickCheckThrowOnFailure();
    }
}
