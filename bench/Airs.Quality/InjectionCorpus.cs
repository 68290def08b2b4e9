using System.Text.Json;
using Airs.Runtime.Detectors;

namespace Airs.Quality;

/// <summary>
/// One text of <c>bench/quality/data/injection</c> or a confirmation set: an attack or a benign text, its mode, family and
/// kind, and where a set has them the benign text's stratum (everyday or about AI security).
/// </summary>
internal sealed record CorpusText(string Split, bool Attack, InjectionMode Mode, string Family, string Kind, string Text, (int Start, int Length)? Payload, string Source = "generate",
    string Stratum = "");

internal static class InjectionCorpus
{
    public static readonly string[] Splits = ["train", "dev", "ood"];

    public static List<CorpusText> Read(string path)
    {
        var rows = new List<CorpusText>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                continue;
            }
            var e = JsonDocument.Parse(line).RootElement;
            (int, int)? payload = e.TryGetProperty("payload", out var p) ? (p[0].GetInt32(), p[1].GetInt32()) : null;
            rows.Add(new CorpusText(
                e.GetProperty("split").GetString() ?? throw new InvalidDataException($"{path}: a row has no split"),
                e.GetProperty("label").GetString() switch
                {
                    "attack" => true,
                    "benign" => false,
                    var other => throw new InvalidDataException($"{path}: unknown label `{other}`"),
                },
                e.GetProperty("mode").GetString() == "content" ? InjectionMode.Content : InjectionMode.Prompt,
                e.GetProperty("family").GetString() ?? "",
                e.GetProperty("kind").GetString() ?? "",
                e.GetProperty("text").GetString() ?? "",
                payload,
                e.TryGetProperty("source", out var source) ? source.GetString() ?? "generate" : "generate",
                e.TryGetProperty("stratum", out var stratum) ? stratum.GetString() ?? "" : ""));
        }
        if (rows.Count == 0)
        {
            throw new InvalidDataException($"{path} is empty");
        }
        return rows;
    }
}
