namespace Airs.Compiler.Reporting;

/// <summary>Wording shared by the Markdown and HTML reports.</summary>
internal static class ReportText
{
    public const string Title = "AirsPolicy coverage report";

    public static readonly StandardFamily[] Checklists = [StandardFamily.OwaspLlm, StandardFamily.OwaspAgentic];

    public static readonly StandardFamily[] References = [StandardFamily.MitreAtlas, StandardFamily.EuAiAct];

    public static string Plural(int count, string singular, string? plural = null) =>
        $"{count} {(count == 1 ? singular : plural ?? singular + "s")}";

    public static string Summary(CoverageReport report) =>
        $"{Plural(report.Policies.Length, "policy", "policies")}, "
        + $"{Plural(report.Packs.Length, "pack")}, "
        + $"{Plural(report.Uncompiled.Length, "file")} that do{(report.Uncompiled.Length == 1 ? "es" : "")} not compile; "
        + $"{Plural(report.Warnings.Count(), "conformance warning")}";

    /// <summary>What a control is, without its name: <c>guard GR-IN-01, detect</c>.</summary>
    public static string Describe(MappedControl control)
    {
        var parts = new List<string> { control.KindName };
        if (control.Id is { } id && id != control.Name)
        {
            parts.Add(id);
        }
        if (control.IsDetect)
        {
            parts.Add("detect mode");
        }
        if (control.Kind == ControlKind.Engine)
        {
            parts.Add("partial");
        }
        return string.Join(", ", parts);
    }

    public static string Fraction(int covered, StandardFamily family) => $"{covered}/{Standards.Of(family).Length}";

    public static string AssessedText(PolicyAnalysis policy) =>
        policy.Assessments.Length == 0
            ? "no assessment found"
            : string.Join("; ", policy.Assessments.Select(a => $"`{a.Tier.Keyword()}` from {a.Origin} ({new SourceSpot(a.Path, a.Line)})"));

    public const string EngineExplanation =
        "Engine coverage is what AirsPolicy enforces because a policy declares tools or agents, without a guard that says so. "
        + "It is partial by nature: it decides which tools may run and who may delegate them, not whether a permitted call is wise.";
}
