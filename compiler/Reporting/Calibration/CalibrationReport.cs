using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Airs.Compiler.Lowering;
using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Reporting.Calibration;

/// <summary>
/// <c>airs report --judges</c>: per judge, agreement with reviewers, false-block and false-pass rates and sample counts,
/// and the <c>judge-evidence</c> conformance rule: an enforced judge at tier high or critical has at least
/// <see cref="MinReviewed"/> reviewed verdicts before its verdicts are trusted to decide.
/// </summary>
public sealed record CalibrationReport(ImmutableArray<JudgeCalibration> Judges, ImmutableArray<ConformanceWarning> Warnings, int MinReviewed)
{
    /// <summary>The default evidence an enforced high or critical judge needs: 100 reviewed verdicts.</summary>
    public const int DefaultMinReviewed = 100;

    public static readonly ConformanceRule JudgeEvidence = new("judge-evidence", [Tier.High, Tier.Critical],
        "an enforced judge has at least the configured number of reviewed verdicts (`airs report --judges`)");

    /// <summary>
    /// The report over the log's <paramref name="judges"/>. With <paramref name="policies"/>, the rule checks every
    /// enforced judge they declare (one never run or never reviewed has 0); without, every judge whose latest run
    /// in the log enforced at tier high or critical.
    /// </summary>
    public static CalibrationReport Build(ImmutableArray<JudgeCalibration> judges, IReadOnlyList<PolicyIR> policies, int minReviewed = DefaultMinReviewed)
    {
        var warnings = ImmutableArray.CreateBuilder<ConformanceWarning>();
        var byName = judges.ToDictionary(j => (j.Policy, j.Judge));
        IEnumerable<(string Policy, string Judge, Tier Tier)> enforced = policies.Count > 0
            ? policies.SelectMany(p => p.Spec.Judges.Where(j => j.Mode == ControlMode.Enforce).Select(j => (p.Spec.Name, j.Name, p.Spec.Tier)))
            : judges.Select(j => (j.Policy, j.Judge, Enforced: j.Mode == "enforce", Known: Tiers.TryParse(j.Tier, out var t), Tier: t))
                .Where(j => j.Enforced && j.Known).Select(j => (j.Policy, j.Judge, j.Tier));
        foreach (var (policy, judge, tier) in enforced)
        {
            var reviewed = byName.TryGetValue((policy, judge), out var c) ? c.Reviewed : 0;
            if (JudgeEvidence.Tiers.Contains(tier) && reviewed < minReviewed)
            {
                warnings.Add(new ConformanceWarning(policy, JudgeEvidence.Id,
                    $"judge {MarkdownText.Code(judge)} enforces at tier `{tier.ToKeyword()}` with {reviewed} reviewed verdict{(reviewed == 1 ? "" : "s")}; at least {minReviewed} are needed", null));
            }
        }
        return new CalibrationReport(judges, warnings.ToImmutable(), minReviewed);
    }

    /// <summary>The report as Markdown; <paramref name="plot"/> is the SVG file's name to link, if one is written.</summary>
    public string ToMarkdown(string? plot = null)
    {
        var md = new StringBuilder();
        md.Append("# Judge calibration\n\n");
        md.Append("Each judge's verdicts against the reviewers' decisions on the same decisions (an approval means the right verdict\n");
        md.Append("was pass, a rejection that it was fail). False-block rate: share of approved decisions the judge failed.\n");
        md.Append("False-pass rate: share of rejected decisions the judge passed.\n\n");
        if (Judges.IsEmpty)
        {
            md.Append("The audit log holds no `judge_verdict` record.\n\n");
        }
        else
        {
            md.Append("| policy | judge | mode | runs | sampled | errors | uncertain | reviewed | reviewers | agreement | false-block rate | false-pass rate |\n");
            md.Append("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            foreach (var j in Judges)
            {
                md.Append(CultureInfo.InvariantCulture,
                    $"| {MarkdownText.Escape(j.Policy)} | {MarkdownText.Escape(j.Judge)} | {MarkdownText.Escape(j.Mode)} | {j.Runs} | {j.Sampled} | {j.Errors} | {j.Uncertain} | {j.Reviewed} | {j.Reviewers} "
                    + $"| {Rate(j.Agreement, j.Agreed, j.Reviewed)} | {Rate(j.FalseBlockRate, j.FalseBlocks, j.Approved)} | {Rate(j.FalsePassRate, j.FalsePasses, j.Rejected)} |\n");
            }
            md.Append('\n');
        }
        if (plot is not null)
        {
            md.Append(CultureInfo.InvariantCulture, $"![agreement, false-block and false-pass rate per judge]({plot})\n\n");
        }
        md.Append(CultureInfo.InvariantCulture, $"## Conformance: `{JudgeEvidence.Id}` (at least {MinReviewed} reviewed verdicts)\n\n");
        if (Warnings.IsEmpty)
        {
            md.Append("Every enforced judge at tier high or critical has enough reviewed verdicts.\n");
        }
        foreach (var warning in Warnings)
        {
            md.Append(CultureInfo.InvariantCulture, $"- **{MarkdownText.Escape(warning.Policy)}**: {warning.Message}\n");
        }
        return md.ToString();
    }

    /// <summary>A rate as a percentage with its exact fraction, e.g. <c>12.5% (25/200)</c>; a dash without a denominator.</summary>
    public static string Rate(double? rate, int part, int whole) =>
        rate is { } r ? string.Create(CultureInfo.InvariantCulture, $"{r * 100:0.0}% ({part}/{whole})") : "–";
}
