using System.Globalization;
using System.Text;

namespace Airs.Quality;

/// <summary>One measured figure, its goal if it has one, and the counts behind it.</summary>
internal sealed record Row(string Set, string Metric, double Value, string Counts, string Goal = "", bool? Met = null)
{
    public static string ToMarkdown(IEnumerable<Row> rows)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| set | metric | value | counts | goal | met |");
        sb.AppendLine("| --- | --- | ---: | --- | --- | --- |");
        foreach (var r in rows)
        {
            var met = r.Met switch { true => "yes", false => "no", null => "" };
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {r.Set} | {r.Metric} | {r.Value:F3} | {r.Counts} | {r.Goal} | {met} |");
        }
        return sb.ToString();
    }
}

internal static class DataRoot
{
    /// <summary>bench/quality, found from the working directory or the build output, whichever is inside the repository.</summary>
    public static string? Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "bench", "quality");
                if (Directory.Exists(Path.Combine(candidate, "data")))
                {
                    return candidate;
                }
            }
        }
        return null;
    }
}
