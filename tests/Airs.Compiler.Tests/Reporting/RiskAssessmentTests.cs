using Airs.Compiler.Reporting;
using Airs.Runtime.Policy;
using FsCheck;
using FsCheck.Fluent;

namespace Airs.Compiler.Tests.Reporting;

public class RiskAssessmentTests
{
    private static Dictionary<RiskDimension, Tier> All(Tier level) =>
        Enum.GetValues<RiskDimension>().ToDictionary(d => d, _ => level);

    [Fact]
    public void HighestAnswerIsTheTier_AndEveryDimensionAtThatLevelDrivesIt()
    {
        var answers = Gen.Elements(Enum.GetValues<Tier>()).ArrayOf(6).ToArbitrary();
        Prop.ForAll(answers, levels =>
        {
            var assessment = new RiskAssessment("sys", Enum.GetValues<RiskDimension>().ToDictionary(d => d, d => levels[(int)d]));
            var expectedDrivers = Enum.GetValues<RiskDimension>().Where(d => levels[(int)d] == levels.Max());
            return assessment.Tier == levels.Max() && assessment.Drivers.SequenceEqual(expectedDrivers);
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData(RiskDimension.DecisionAuthority)]
    [InlineData(RiskDimension.Reversibility)]
    [InlineData(RiskDimension.DataSensitivity)]
    [InlineData(RiskDimension.Audience)]
    [InlineData(RiskDimension.Scale)]
    [InlineData(RiskDimension.RegulatoryExposure)]
    public void EachDimensionAloneCanDriveTheTier(RiskDimension dimension)
    {
        foreach (var level in new[] { Tier.Medium, Tier.High, Tier.Critical })
        {
            var answers = All(Tier.Low);
            answers[dimension] = level;
            var assessment = new RiskAssessment("sys", answers);
            Assert.Equal(level, assessment.Tier);
            Assert.Equal([dimension], assessment.Drivers.ToArray());
            Assert.Equal(TierRequirements.For(level), assessment.Requirements);
        }
    }

    [Fact]
    public void AllLowIsLow_DrivenByEveryDimension()
    {
        var assessment = new RiskAssessment("sys", All(Tier.Low));
        Assert.Equal(Tier.Low, assessment.Tier);
        Assert.Equal(6, assessment.Drivers.Length);
    }

    [Fact]
    public void AMissingDimensionIsRejected()
    {
        var answers = All(Tier.High);
        answers.Remove(RiskDimension.Scale);
        var error = Assert.Throws<ArgumentException>(() => new RiskAssessment("sys", answers));
        Assert.Contains("`scale`", error.Message);
    }

    [Fact]
    public void EveryQuestionHasFourDistinctOptionsAndAUniqueKey()
    {
        Assert.Equal(Enum.GetValues<RiskDimension>(), RiskQuestionnaire.Questions.Select(q => q.Dimension));
        Assert.Equal(6, RiskQuestionnaire.Questions.Select(q => q.Key).Distinct().Count());
        foreach (var question in RiskQuestionnaire.Questions)
        {
            Assert.Equal(4, question.Options.Distinct().Count());
            Assert.All(question.Options, o => Assert.False(string.IsNullOrWhiteSpace(o)));
        }
    }
}
