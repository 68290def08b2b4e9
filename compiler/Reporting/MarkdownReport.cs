using System.Text;
using Airs.Compiler.Text;

namespace Airs.Compiler.Reporting;

/// <summary>Writes a <see cref="CoverageReport"/> as GitHub-flavoured Markdown.</summary>
public static class MarkdownReport
{
    public static string Write(CoverageReport report)
    {
        var md = new StringBuilder();
        md.Append($"# {ReportText.Title}\n\n");
        md.Append(ReportText.Summary(report)).Append(".\n\n");
        WriteSummaryTable(md, report);
        WriteUncompiled(md, report);
        foreach (var family in ReportText.Checklists)
        {
            WriteChecklist(md, report, family);
        }
        WriteReferences(md, report);
        WriteWarnings(md, report);
        foreach (var policy in report.Policies)
        {
            WritePolicy(md, policy);
        }
        return md.ToString();
    }

    private static void WriteSummaryTable(StringBuilder md, CoverageReport report)
    {
        md.Append("| policy | file | tier | assessed | OWASP LLM | OWASP Agentic | warnings |\n");
        md.Append("| --- | --- | --- | --- | --- | --- | --- |\n");
        foreach (var p in report.Policies)
        {
            var assessed = p.Assessments.Length == 0 ? "—" : p.Assessments.Max(a => a.Tier).Keyword();
            md.Append($"| {Text(p.Name)} | {MarkdownText.Code(p.Path, inTable: true)} | {p.Tier.Keyword()} | {assessed} | "
                + $"{ReportText.Fraction(p.CoveredCount(StandardFamily.OwaspLlm), StandardFamily.OwaspLlm)} | "
                + $"{ReportText.Fraction(p.CoveredCount(StandardFamily.OwaspAgentic), StandardFamily.OwaspAgentic)} | {p.Warnings.Length} |\n");
        }
        md.Append($"| **all policies** | | | | {ReportText.Fraction(report.CoveredCount(StandardFamily.OwaspLlm), StandardFamily.OwaspLlm)} | "
            + $"{ReportText.Fraction(report.CoveredCount(StandardFamily.OwaspAgentic), StandardFamily.OwaspAgentic)} | {report.Warnings.Count()} |\n\n");
    }

    private static void WriteUncompiled(StringBuilder md, CoverageReport report)
    {
        if (report.Uncompiled.Length == 0)
        {
            return;
        }
        md.Append("## Files that do not compile\n\n");
        md.Append("They are not analysed; run `airs check` on them.\n\n");
        foreach (var u in report.Uncompiled)
        {
            md.Append($"- {MarkdownText.Code(u.Path)}: {ReportText.Plural(u.Errors, "error")} (first: {Inline(u.FirstError)})\n");
        }
        md.Append('\n');
    }

    private static void WriteChecklist(StringBuilder md, CoverageReport report, StandardFamily family)
    {
        md.Append($"## {Standards.Title(family)}\n\n");
        md.Append($"{ReportText.Fraction(report.CoveredCount(family), family)} covered by at least one policy.\n\n");
        md.Append("| ID | risk | covered by |\n| --- | --- | --- |\n");
        foreach (var item in Standards.Of(family))
        {
            var covering = report.CoveringByControl(item.Reference).ToList();
            var cell = covering.Count == 0
                ? "**not covered**"
                : string.Join("<br>", covering.Select(c => $"{ControlCell(c.Control)} in {Text(string.Join(", ", c.Policies))}"));
            md.Append($"| {item.Id} | {Inline(item.Name)} | {cell} |\n");
        }
        var uncovered = report.Uncovered(family).ToList();
        md.Append('\n').Append(uncovered.Count == 0
            ? "Every item is covered by at least one policy.\n\n"
            : $"Not covered by any policy: {string.Join(", ", uncovered.Select(u => $"{u.Id} {u.Name}"))}.\n\n");
    }

    private static void WriteReferences(StringBuilder md, CoverageReport report)
    {
        md.Append("## MITRE ATLAS and EU AI Act references\n\n");
        var any = false;
        foreach (var family in ReportText.References)
        {
            foreach (var item in report.Referenced(family))
            {
                if (!any)
                {
                    md.Append("| standard | ID | name | named by |\n| --- | --- | --- | --- |\n");
                    any = true;
                }
                var covering = report.CoveringByControl(item.Reference).Select(c => $"{ControlCell(c.Control)} in {Text(string.Join(", ", c.Policies))}");
                md.Append($"| {Standards.ShortTitle(family)} | {item.Id} | {Inline(item.Name)} | {string.Join("<br>", covering)} |\n");
            }
        }
        md.Append(any ? "\n" : "No control names a MITRE ATLAS technique or an EU AI Act article.\n\n");
    }

    private static void WriteWarnings(StringBuilder md, CoverageReport report)
    {
        md.Append("## Tier conformance\n\n");
        var warnings = report.Warnings.ToList();
        if (warnings.Count == 0)
        {
            md.Append("No warnings: every policy meets what its tier requires, as far as these rules can tell.\n\n");
        }
        else
        {
            md.Append("| policy | rule | where | warning |\n| --- | --- | --- | --- |\n");
            foreach (var w in warnings)
            {
                md.Append($"| {Text(w.Policy)} | `{w.Rule}` | {Where(w.Where, inTable: true)} | {Inline(w.Message)} |\n");
            }
            md.Append('\n');
        }
        md.Append("<details><summary>The rules</summary>\n\n");
        foreach (var rule in ConformanceRules.All)
        {
            md.Append($"- `{rule.Id}` ({string.Join(", ", rule.Tiers.Select(t => t.Keyword()))}): {Inline(rule.Requirement)}\n");
        }
        md.Append("\n</details>\n\n");
    }

    private static void WritePolicy(StringBuilder md, PolicyAnalysis policy)
    {
        md.Append($"## Policy {MarkdownText.Code(policy.Name)}\n\n");
        md.Append($"- file: {MarkdownText.Code(policy.Path)}\n- tier: `{policy.Tier.Keyword()}`\n- assessed: {ReportText.AssessedText(policy)}\n");
        md.Append($"- controls: {ReportText.Plural(policy.Controls.Count(c => c.Kind != ControlKind.Engine), "guard, judge or limit", "guards, judges and limits")}"
            + $", {ReportText.Plural(policy.Controls.Count(c => c.Kind == ControlKind.Engine), "engine control")}\n\n");
        foreach (var family in ReportText.Checklists)
        {
            md.Append($"{Standards.Title(family)}: {ReportText.Fraction(policy.CoveredCount(family), family)}\n\n");
            var covered = Standards.Of(family).Where(s => policy.Covers(s.Reference)).ToList();
            if (covered.Count > 0)
            {
                md.Append("| ID | covered by |\n| --- | --- |\n");
                foreach (var item in covered)
                {
                    md.Append($"| {item.Id} | {string.Join("<br>", policy.Covering(item.Reference).Select(ControlCell))} |\n");
                }
                md.Append('\n');
            }
            var uncovered = Standards.Of(family).Where(s => !policy.Covers(s.Reference)).Select(s => s.Id).ToList();
            if (uncovered.Count > 0)
            {
                md.Append($"Not covered: {string.Join(", ", uncovered)}.\n\n");
            }
        }
        var engine = policy.Controls.Where(c => c.Kind == ControlKind.Engine).ToList();
        if (engine.Count > 0)
        {
            md.Append("Engine coverage (implicit, partial):\n\n");
            foreach (var control in engine)
            {
                md.Append($"- {MarkdownText.Code(control.Name)} → {string.Join(", ", control.Maps.Select(m => Standards.Find(m)?.Id ?? m))}: {Inline(control.Note ?? "")}\n");
            }
            md.Append('\n').Append(ReportText.EngineExplanation).Append("\n\n");
        }
        var unmapped = policy.Controls.Where(c => c.Kind != ControlKind.Engine && c.Maps.Length == 0).ToList();
        if (unmapped.Count > 0)
        {
            md.Append($"Controls that map to no standard: {string.Join(", ", unmapped.Select(c => $"{MarkdownText.Code(c.Name)} ({Where(c.Where)})"))}.\n\n");
        }
        if (policy.Warnings.Length > 0)
        {
            md.Append("Warnings:\n\n");
            foreach (var w in policy.Warnings)
            {
                md.Append($"- `{w.Rule}` {Where(w.Where)}: {Inline(w.Message)}\n");
            }
            md.Append('\n');
        }
    }

    private static string ControlCell(MappedControl control) =>
        $"{MarkdownText.Code(control.Name, inTable: true)} ({Text(ReportText.Describe(control))}{(control.Where is { } w ? ", " + Text(w.ToString()) : "")})";

    private static string Where(SourceSpot? where, bool inTable = false) => where is null ? "" : MarkdownText.Code(where.ToString(), inTable);

    /// <summary>A name, a path or an id the policy files chose: shown literally (<see cref="MarkdownText"/>).</summary>
    private static string Text(string text) => MarkdownText.Escape(text);

    // Messages are Markdown this report's rules wrote, quoting user input in backticks: one line, and no pipe that splits a cell.
    private static string Inline(string text) => PrintableText.Escape(text).Replace("|", "\\|", StringComparison.Ordinal);
}
