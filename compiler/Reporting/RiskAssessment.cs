using System.Collections.Immutable;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Reporting;

/// <summary>
/// A system's answers to the questionnaire. The tier is the highest answer: one critical dimension makes a
/// critical system, however harmless the others are.
/// </summary>
public sealed class RiskAssessment
{
    public RiskAssessment(string system, IReadOnlyDictionary<RiskDimension, Tier> answers)
    {
        var missing = Enum.GetValues<RiskDimension>().Where(d => !answers.ContainsKey(d)).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"an assessment answers every dimension; missing `{RiskQuestionnaire.For(missing[0]).Key}`", nameof(answers));
        }
        System = system;
        Answers = answers.ToImmutableSortedDictionary();
        Tier = Answers.Values.Max();
        Drivers = [.. Answers.Where(a => a.Value == Tier).Select(a => a.Key)];
    }

    public string System { get; }

    public ImmutableSortedDictionary<RiskDimension, Tier> Answers { get; }

    public Tier Tier { get; }

    /// <summary>The dimensions answered at the tier's level, in questionnaire order.</summary>
    public ImmutableArray<RiskDimension> Drivers { get; }

    public TierRequirements Requirements => TierRequirements.For(Tier);

    public string DriversText => string.Join(", ", Drivers.Select(d => RiskQuestionnaire.For(d).Title));
}
