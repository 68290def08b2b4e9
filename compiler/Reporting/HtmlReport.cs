using System.Globalization;
using System.Text;

namespace Airs.Compiler.Reporting;

/// <summary>
/// Writes a <see cref="CoverageReport"/> as one self-contained HTML page: inline CSS, an inline SVG bar
/// chart, no scripts, fonts, images or links to anywhere. The markup is also well-formed XML (every element
/// closed, every attribute quoted, only XML's own entities), so it can be checked and post-processed as XHTML.
/// </summary>
public static class HtmlReport
{
    public static string Write(CoverageReport report)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n");
        html.Append($"<title>{E(ReportText.Title)}</title>\n<style>\n{Css}</style>\n</head>\n<body>\n");
        html.Append($"<h1>{E(ReportText.Title)}</h1>\n<p class=\"summary\">{E(ReportText.Summary(report))}</p>\n");
        WriteSummaryTable(html, report);
        WriteChart(html, report);
        WriteUncompiled(html, report);
        foreach (var family in ReportText.Checklists)
        {
            WriteChecklist(html, report, family);
        }
        WriteReferences(html, report);
        WriteWarnings(html, report);
        foreach (var policy in report.Policies)
        {
            WritePolicy(html, policy);
        }
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void WriteSummaryTable(StringBuilder html, CoverageReport report)
    {
        html.Append("<table>\n<thead><tr><th>policy</th><th>file</th><th>tier</th><th>assessed</th><th>OWASP LLM</th><th>OWASP Agentic</th><th>warnings</th></tr></thead>\n<tbody>\n");
        foreach (var p in report.Policies)
        {
            var assessed = p.Assessments.Length == 0 ? "—" : p.Assessments.Max(a => a.Tier).Keyword();
            html.Append($"<tr><td><a href=\"#policy-{Anchor(p.Name)}\">{E(p.Name)}</a></td><td><code>{E(p.Path)}</code></td>")
                .Append($"<td><span class=\"tier tier-{p.Tier.Keyword()}\">{p.Tier.Keyword()}</span></td><td>{E(assessed)}</td>")
                .Append($"<td>{ReportText.Fraction(p.CoveredCount(StandardFamily.OwaspLlm), StandardFamily.OwaspLlm)}</td>")
                .Append($"<td>{ReportText.Fraction(p.CoveredCount(StandardFamily.OwaspAgentic), StandardFamily.OwaspAgentic)}</td>")
                .Append($"<td>{p.Warnings.Length}</td></tr>\n");
        }
        html.Append($"<tr class=\"total\"><td>all policies</td><td></td><td></td><td></td>")
            .Append($"<td>{ReportText.Fraction(report.CoveredCount(StandardFamily.OwaspLlm), StandardFamily.OwaspLlm)}</td>")
            .Append($"<td>{ReportText.Fraction(report.CoveredCount(StandardFamily.OwaspAgentic), StandardFamily.OwaspAgentic)}</td>")
            .Append($"<td>{report.Warnings.Count()}</td></tr>\n</tbody>\n</table>\n");
    }

    /// <summary>Horizontal bars: for each policy and for all policies together, the share of each Top 10 covered.</summary>
    private static void WriteChart(StringBuilder html, CoverageReport report)
    {
        const int labelWidth = 190, barWidth = 360, barHeight = 16, groupGap = 14, top = 30;
        var rows = report.Policies.Select(p => (Label: p.Name, Llm: p.CoveredCount(StandardFamily.OwaspLlm), Asi: p.CoveredCount(StandardFamily.OwaspAgentic)))
            .Append(("all policies", report.CoveredCount(StandardFamily.OwaspLlm), report.CoveredCount(StandardFamily.OwaspAgentic)))
            .ToList();
        var height = top + rows.Count * (2 * barHeight + groupGap) + 10;
        var width = labelWidth + barWidth + 60;
        html.Append("<h2>Coverage per category</h2>\n");
        html.Append($"<svg class=\"chart\" role=\"img\" aria-labelledby=\"chart-title\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">\n");
        html.Append("<title id=\"chart-title\">Share of the OWASP LLM and Agentic Top 10 items covered, per policy</title>\n");
        html.Append($"<rect x=\"{labelWidth}\" y=\"4\" width=\"12\" height=\"12\" class=\"llm\" /><text x=\"{labelWidth + 18}\" y=\"15\">OWASP LLM (2025)</text>\n");
        html.Append($"<rect x=\"{labelWidth + 170}\" y=\"4\" width=\"12\" height=\"12\" class=\"asi\" /><text x=\"{labelWidth + 188}\" y=\"15\">OWASP Agentic (2026)</text>\n");
        for (var i = 0; i < 5; i++)
        {
            var x = labelWidth + barWidth * i / 4;
            html.Append($"<line x1=\"{x}\" y1=\"{top - 4}\" x2=\"{x}\" y2=\"{height - 8}\" class=\"grid\" />\n");
        }
        var y = top;
        foreach (var (label, llm, asi) in rows)
        {
            html.Append($"<text x=\"{labelWidth - 8}\" y=\"{y + barHeight + 4}\" class=\"label\">{E(label)}</text>\n");
            Bar(html, labelWidth, y, barWidth, barHeight, llm, Standards.OwaspLlm.Length, "llm", $"{label}: OWASP LLM");
            Bar(html, labelWidth, y + barHeight, barWidth, barHeight, asi, Standards.OwaspAgentic.Length, "asi", $"{label}: OWASP Agentic");
            y += 2 * barHeight + groupGap;
        }
        html.Append("</svg>\n");
    }

    private static void Bar(StringBuilder html, int x, int y, int fullWidth, int height, int covered, int total, string cssClass, string what)
    {
        var width = (double)fullWidth * covered / total;
        html.Append($"<rect x=\"{x}\" y=\"{y + 1}\" width=\"{Number(width)}\" height=\"{height - 2}\" class=\"{cssClass}\"><title>{E($"{what}: {covered} of {total}")}</title></rect>")
            .Append($"<text x=\"{Number(x + width + 6)}\" y=\"{y + height - 4}\" class=\"count\">{covered}/{total}</text>\n");
    }

    private static void WriteUncompiled(StringBuilder html, CoverageReport report)
    {
        if (report.Uncompiled.Length == 0)
        {
            return;
        }
        html.Append("<h2>Files that do not compile</h2>\n<p>They are not analysed; run <code>airs check</code> on them.</p>\n<ul>\n");
        foreach (var u in report.Uncompiled)
        {
            html.Append($"<li class=\"error\"><code>{E(u.Path)}</code>: {E(ReportText.Plural(u.Errors, "error"))} (first: {Code(u.FirstError)})</li>\n");
        }
        html.Append("</ul>\n");
    }

    private static void WriteChecklist(StringBuilder html, CoverageReport report, StandardFamily family)
    {
        html.Append($"<h2>{E(Standards.Title(family))}</h2>\n");
        html.Append($"<p>{ReportText.Fraction(report.CoveredCount(family), family)} covered by at least one policy.</p>\n");
        html.Append("<table>\n<thead><tr><th>ID</th><th>risk</th><th>covered by</th></tr></thead>\n<tbody>\n");
        foreach (var item in Standards.Of(family))
        {
            var covering = report.CoveringByControl(item.Reference).ToList();
            html.Append($"<tr{(covering.Count == 0 ? " class=\"uncovered\"" : "")}><td>{E(item.Id)}</td><td>{E(item.Name)}</td><td>");
            if (covering.Count == 0)
            {
                html.Append("<strong>not covered</strong>");
            }
            else
            {
                html.Append("<ul>");
                foreach (var (control, policies) in covering)
                {
                    html.Append($"<li>{ControlHtml(control)} in {E(string.Join(", ", policies))}</li>");
                }
                html.Append("</ul>");
            }
            html.Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
        var uncovered = report.Uncovered(family).ToList();
        html.Append(uncovered.Count == 0
            ? "<p>Every item is covered by at least one policy.</p>\n"
            : $"<p class=\"gap\">Not covered by any policy: {E(string.Join(", ", uncovered.Select(u => $"{u.Id} {u.Name}")))}.</p>\n");
    }

    private static void WriteReferences(StringBuilder html, CoverageReport report)
    {
        html.Append("<h2>MITRE ATLAS and EU AI Act references</h2>\n");
        var items = ReportText.References.SelectMany(f => report.Referenced(f)).ToList();
        if (items.Count == 0)
        {
            html.Append("<p>No control names a MITRE ATLAS technique or an EU AI Act article.</p>\n");
            return;
        }
        html.Append("<table>\n<thead><tr><th>standard</th><th>ID</th><th>name</th><th>named by</th></tr></thead>\n<tbody>\n");
        foreach (var item in items)
        {
            html.Append($"<tr><td>{E(Standards.ShortTitle(item.Family))}</td><td>{E(item.Id)}</td><td>{E(item.Name)}</td><td><ul>");
            foreach (var (control, policies) in report.CoveringByControl(item.Reference))
            {
                html.Append($"<li>{ControlHtml(control)} in {E(string.Join(", ", policies))}</li>");
            }
            html.Append("</ul></td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
    }

    private static void WriteWarnings(StringBuilder html, CoverageReport report)
    {
        html.Append("<h2>Tier conformance</h2>\n");
        var warnings = report.Warnings.ToList();
        if (warnings.Count == 0)
        {
            html.Append("<p>No warnings: every policy meets what its tier requires, as far as these rules can tell.</p>\n");
        }
        else
        {
            html.Append("<table>\n<thead><tr><th>policy</th><th>rule</th><th>where</th><th>warning</th></tr></thead>\n<tbody>\n");
            foreach (var w in warnings)
            {
                html.Append($"<tr class=\"warning\"><td>{E(w.Policy)}</td><td><code>{E(w.Rule)}</code></td><td>{Where(w.Where)}</td><td>{Code(w.Message)}</td></tr>\n");
            }
            html.Append("</tbody>\n</table>\n");
        }
        html.Append("<details><summary>The rules</summary>\n<ul>\n");
        foreach (var rule in ConformanceRules.All)
        {
            html.Append($"<li><code>{E(rule.Id)}</code> ({E(string.Join(", ", rule.Tiers.Select(t => t.Keyword())))}): {Code(rule.Requirement)}</li>\n");
        }
        html.Append("</ul>\n</details>\n");
    }

    private static void WritePolicy(StringBuilder html, PolicyAnalysis policy)
    {
        html.Append($"<section id=\"policy-{Anchor(policy.Name)}\">\n<h2>Policy <code>{E(policy.Name)}</code></h2>\n<ul>\n");
        html.Append($"<li>file: <code>{E(policy.Path)}</code></li>\n<li>tier: <span class=\"tier tier-{policy.Tier.Keyword()}\">{policy.Tier.Keyword()}</span></li>\n");
        html.Append($"<li>assessed: {Code(ReportText.AssessedText(policy))}</li>\n</ul>\n");
        foreach (var family in ReportText.Checklists)
        {
            html.Append($"<h3>{E(Standards.Title(family))}: {ReportText.Fraction(policy.CoveredCount(family), family)}</h3>\n");
            html.Append("<table>\n<thead><tr><th>ID</th><th>risk</th><th>covered by</th></tr></thead>\n<tbody>\n");
            foreach (var item in Standards.Of(family))
            {
                var covering = policy.Covering(item.Reference).ToList();
                html.Append($"<tr{(covering.Count == 0 ? " class=\"uncovered\"" : "")}><td>{E(item.Id)}</td><td>{E(item.Name)}</td><td>");
                html.Append(covering.Count == 0 ? "<strong>not covered</strong>" : "<ul>" + string.Concat(covering.Select(c => $"<li>{ControlHtml(c)}</li>")) + "</ul>");
                html.Append("</td></tr>\n");
            }
            html.Append("</tbody>\n</table>\n");
        }
        var engine = policy.Controls.Where(c => c.Kind == ControlKind.Engine).ToList();
        if (engine.Count > 0)
        {
            html.Append("<h3>Engine coverage (implicit, partial)</h3>\n<ul>\n");
            foreach (var control in engine)
            {
                html.Append($"<li><code>{E(control.Name)}</code> → {E(string.Join(", ", control.Maps.Select(m => Standards.Find(m)?.Id ?? m)))}: {Code(control.Note ?? "")}</li>\n");
            }
            html.Append($"</ul>\n<p class=\"note\">{E(ReportText.EngineExplanation)}</p>\n");
        }
        if (policy.Warnings.Length > 0)
        {
            html.Append("<h3>Warnings</h3>\n<ul>\n");
            foreach (var w in policy.Warnings)
            {
                html.Append($"<li class=\"warning\"><code>{E(w.Rule)}</code> {Where(w.Where)}: {Code(w.Message)}</li>\n");
            }
            html.Append("</ul>\n");
        }
        html.Append("</section>\n");
    }

    private static string ControlHtml(MappedControl control) =>
        $"<code>{E(control.Name)}</code> <span class=\"meta\">({E(ReportText.Describe(control))}{(control.Where is { } w ? ", " + E(w.ToString()) : "")})</span>";

    private static string Where(SourceSpot? where) => where is null ? "" : $"<code>{E(where.ToString())}</code>";

    /// <summary>Escapes text and turns <c>`quoted`</c> spans (how messages quote user input) into code elements.</summary>
    private static string Code(string text)
    {
        var parts = text.Split('`');
        var result = new StringBuilder();
        for (var i = 0; i < parts.Length; i++)
        {
            var odd = i % 2 == 1;
            // With an odd number of backticks the last part is unmatched: it stays text, backtick included.
            var unmatched = odd && i == parts.Length - 1;
            result.Append(odd && !unmatched ? $"<code>{E(parts[i])}</code>" : (unmatched ? "`" : "") + E(parts[i]));
        }
        return result.ToString();
    }

    private static string Anchor(string name) => new([.. name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Escapes for both HTML and XML: only the five entities XML defines.</summary>
    private static string E(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            result.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&apos;",
                // Control characters other than tab and newline are not allowed in XML at all.
                _ when char.IsControl(c) && c is not '\t' and not '\n' => "\uFFFD",
                _ => c.ToString(),
            });
        }
        return result.ToString();
    }

    private const string Css = """
        :root { color-scheme: light dark; --fg: #1d1f23; --bg: #ffffff; --muted: #5b616b; --line: #d8dce2; --bad: #b3261e; --warn: #8a5a00; --llm: #2f6fb0; --asi: #c0602a; }
        @media (prefers-color-scheme: dark) { :root { --fg: #e6e8eb; --bg: #16181c; --muted: #a3a9b3; --line: #363b43; --bad: #f2b8b5; --warn: #f0c36d; } }
        body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); max-width: 72rem; margin: 2rem auto; padding: 0 1rem; }
        h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
        h2 { font-size: 1.25rem; margin-top: 2.2rem; border-bottom: 1px solid var(--line); padding-bottom: 0.2rem; }
        h3 { font-size: 1.05rem; margin-top: 1.4rem; }
        .summary, .note, .meta { color: var(--muted); }
        table { border-collapse: collapse; width: 100%; margin: 0.6rem 0; }
        th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.6rem; border-bottom: 1px solid var(--line); }
        th { font-weight: 600; }
        td ul { margin: 0; padding-left: 1rem; }
        tr.total td { font-weight: 600; }
        tr.uncovered td:last-child, .gap, .error { color: var(--bad); }
        .warning { color: var(--warn); }
        code { font: 0.9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
        .tier { padding: 0 0.4rem; border-radius: 0.3rem; border: 1px solid var(--line); }
        .tier-high { border-color: var(--warn); }
        .tier-critical { border-color: var(--bad); font-weight: 600; }
        svg.chart { max-width: 100%; height: auto; font: 12px system-ui, sans-serif; }
        svg.chart text { fill: var(--fg); }
        svg.chart text.label { text-anchor: end; }
        svg.chart text.count { fill: var(--muted); }
        svg.chart .llm { fill: var(--llm); }
        svg.chart .asi { fill: var(--asi); }
        svg.chart .grid { stroke: var(--line); stroke-width: 1; }

        """;
}
