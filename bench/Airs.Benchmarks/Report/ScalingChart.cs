using System.Globalization;
using System.Text;

namespace Airs.Benchmarks.Report;

/// <summary>Two log-log panels drawn by hand: time against message size, and time against number of controls, each with a linear reference line.</summary>
internal static class ScalingChart
{
    private const int PanelWidth = 420, PanelHeight = 300, Margin = 60;

    public static string Render(IReadOnlyList<(double X, double Ns)> sizes, IReadOnlyList<(double X, double Ns)> controls)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{2 * (PanelWidth + Margin) + Margin}\" height=\"{PanelHeight + 2 * Margin}\" font-family=\"sans-serif\" font-size=\"11\">\n");
        svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        Panel(svg, Margin, "guardrail pass vs message size (log-log)", sizes, x => ResultsReport.Size(x));
        Panel(svg, 2 * Margin + PanelWidth, "input stage vs number of controls (log-log)", controls, x => x.ToString("0", CultureInfo.InvariantCulture));
        return svg.Append("</svg>\n").ToString();
    }

    private static void Panel(StringBuilder svg, int left, string title, IReadOnlyList<(double X, double Ns)> points, Func<double, string> label)
    {
        var top = Margin;
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left}\" y=\"{top - 20}\" font-size=\"13\">{title}</text>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left}\" y=\"{top}\" width=\"{PanelWidth}\" height=\"{PanelHeight}\" fill=\"none\" stroke=\"#888\"/>\n");
        if (points.Count < 2)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left + 10}\" y=\"{top + 20}\">not measured</text>\n");
            return;
        }
        var (x0, x1) = (Math.Log10(points.Min(p => p.X)), Math.Log10(points.Max(p => p.X)));
        // the linear reference from the first point spans as many decades in y as in x
        var linearEnd = points[0].Ns * points[^1].X / points[0].X;
        var (y0, y1) = (Math.Log10(points.Min(p => p.Ns)), Math.Log10(Math.Max(points.Max(p => p.Ns), linearEnd)));
        y1 = Math.Max(y1, y0 + 1);
        double Px(double x) => left + (Math.Log10(x) - x0) / (x1 - x0) * PanelWidth;
        double Py(double ns) => top + PanelHeight - (Math.Log10(ns) - y0) / (y1 - y0) * PanelHeight;

        svg.Append(CultureInfo.InvariantCulture,
            $"<line x1=\"{Px(points[0].X):0.0}\" y1=\"{Py(points[0].Ns):0.0}\" x2=\"{Px(points[^1].X):0.0}\" y2=\"{Py(linearEnd):0.0}\" stroke=\"#bbb\" stroke-dasharray=\"4 3\"/>\n");
        svg.Append("<polyline fill=\"none\" stroke=\"#1f6feb\" stroke-width=\"2\" points=\"");
        svg.AppendJoin(' ', points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{Px(p.X):0.0},{Py(p.Ns):0.0}")));
        svg.Append("\"/>\n");
        foreach (var (x, ns) in points)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{Px(x):0.0}\" cy=\"{Py(ns):0.0}\" r=\"3\" fill=\"#1f6feb\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Px(x):0.0}\" y=\"{top + PanelHeight + 15}\" text-anchor=\"middle\">{label(x)}</text>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Px(x) + 5:0.0}\" y=\"{Py(ns) - 6:0.0}\">{ResultsReport.Time(ns)}</text>\n");
        }
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left + PanelWidth - 5}\" y=\"{top + 15}\" text-anchor=\"end\" fill=\"#888\">dashed: linear from the first point</text>\n");
    }
}
