using System.Globalization;
using System.Net;
using System.Text;

namespace Airs.Compiler.Reporting.Calibration;

/// <summary>
/// The calibration report's plot: one group of three bars per judge (agreement, false-block rate, false-pass rate, 0–100%),
/// each labelled with its value, and the judge's reviewed count under its name. Plain SVG, no script, text escaped.
/// </summary>
public static class CalibrationPlot
{
    private const int Left = 50, Top = 40, PlotHeight = 220, Bar = 18, Gap = 4, GroupGap = 36, Bottom = 60;

    private static readonly (string Name, string Colour)[] Series =
        [("agreement", "#2da44e"), ("false-block rate", "#cf222e"), ("false-pass rate", "#bf8700")];

    public static string Render(IReadOnlyList<JudgeCalibration> judges)
    {
        var groupWidth = Series.Length * (Bar + Gap) + GroupGap;
        var width = Left + Math.Max(1, judges.Count) * groupWidth + 20;
        var height = Top + PlotHeight + Bottom;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"sans-serif\" font-size=\"11\">\n");
        svg.Append("<title>judge calibration: agreement with reviewers, false-block and false-pass rate per judge</title>\n");
        svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        for (var i = 0; i < Series.Length; i++)
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{Left + i * 130}\" y=\"8\" width=\"10\" height=\"10\" fill=\"{Series[i].Colour}\"/><text x=\"{Left + i * 130 + 14}\" y=\"17\">{Series[i].Name}</text>\n");
        }
        foreach (var percent in new[] { 0, 25, 50, 75, 100 })
        {
            var y = Y(percent / 100.0);
            svg.Append(CultureInfo.InvariantCulture,
                $"<line x1=\"{Left}\" y1=\"{y:0.0}\" x2=\"{width - 10}\" y2=\"{y:0.0}\" stroke=\"#ddd\"/><text x=\"{Left - 6}\" y=\"{y + 4:0.0}\" text-anchor=\"end\">{percent}%</text>\n");
        }
        if (judges.Count == 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + 10}\" y=\"{Top + 20}\">no judge verdicts in the audit log</text>\n");
        }
        for (var j = 0; j < judges.Count; j++)
        {
            var judge = judges[j];
            var x0 = Left + 10 + j * groupWidth;
            double?[] rates = [judge.Agreement, judge.FalseBlockRate, judge.FalsePassRate];
            for (var i = 0; i < rates.Length; i++)
            {
                var x = x0 + i * (Bar + Gap);
                if (rates[i] is not { } rate)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + Bar / 2}\" y=\"{Y(0) - 4:0.0}\" text-anchor=\"middle\" fill=\"#888\">–</text>\n");
                    continue;
                }
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect x=\"{x}\" y=\"{Y(rate):0.0}\" width=\"{Bar}\" height=\"{Y(0) - Y(rate):0.0}\" fill=\"{Series[i].Colour}\"><title>{Escape(judge.Judge)}: {Series[i].Name} {rate * 100:0.0}%</title></rect>\n");
                svg.Append(CultureInfo.InvariantCulture,
                    $"<text x=\"{x + Bar / 2}\" y=\"{Y(rate) - 3:0.0}\" text-anchor=\"middle\" font-size=\"9\">{rate * 100:0}</text>\n");
            }
            var centre = x0 + Series.Length * (Bar + Gap) / 2;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{centre}\" y=\"{Y(0) + 16:0.0}\" text-anchor=\"middle\">{Escape(judge.Judge)}</text>\n");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{centre}\" y=\"{Y(0) + 30:0.0}\" text-anchor=\"middle\" fill=\"#666\">n = {judge.Reviewed} reviewed</text>\n");
        }
        return svg.Append("</svg>\n").ToString();
    }

    private static double Y(double rate) => Top + PlotHeight - rate * PlotHeight;

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
