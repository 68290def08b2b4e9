using System.Text.Json;
using Airs.Runtime.Detectors;

namespace Airs.Quality;

/// <summary>presidio-research synthetic sentences: precision and recall per structured entity type, by span overlap.</summary>
internal static class PiiQuality
{
    private static readonly (string Entity, string Label)[] Types =
    [
        ("EMAIL_ADDRESS", "email"), ("PHONE_NUMBER", "phone"), ("CREDIT_CARD", "card"), ("IBAN_CODE", "iban"), ("US_SSN", "ssn"), ("IP_ADDRESS", "ip"),
    ];

    public static IEnumerable<Row> Measure(string dir)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "synth_dataset_v2.json")));
        var samples = doc.RootElement.EnumerateArray().Select(e => (
            Text: e.GetProperty("full_text").GetString() ?? "",
            Spans: e.GetProperty("spans").EnumerateArray().Select(s => (
                Type: s.GetProperty("entity_type").GetString() ?? "",
                Start: s.GetProperty("start_position").GetInt32(),
                End: s.GetProperty("end_position").GetInt32())).ToList())).ToList();
        if (samples.Count == 0)
        {
            throw new InvalidDataException("the presidio file is empty");
        }
        var detections = samples.Select(s => Pii.Find(s.Text, PiiKinds.All)).ToList();
        var falseInjection = samples.Count(s => Injection.Found(s.Text, InjectionMode.Content));
        foreach (var (entity, label) in Types)
        {
            int detected = 0, truePositive = 0, labelled = 0, found = 0;
            for (var i = 0; i < samples.Count; i++)
            {
                var gold = samples[i].Spans.Where(s => s.Type == entity).ToList();
                var mine = detections[i].Where(m => m.Label == label).ToList();
                detected += mine.Count;
                if (Environment.GetEnvironmentVariable("AIRS_QUALITY_VERBOSE") == label)
                {
                    foreach (var m in mine.Where(m => !gold.Any(g => m.Start < g.End && g.Start < m.End)))
                    {
                        Console.Error.WriteLine($"false positive {label}: `{samples[i].Text.Substring(m.Start, m.Length)}` in `{samples[i].Text.ReplaceLineEndings(" ")}`");
                    }
                    foreach (var g in gold.Where(g => !mine.Any(m => m.Start < g.End && g.Start < m.End)))
                    {
                        Console.Error.WriteLine($"missed {label}: `{samples[i].Text[g.Start..g.End]}`");
                    }
                }
                truePositive += mine.Count(m => gold.Any(g => m.Start < g.End && g.Start < m.End));
                labelled += gold.Count;
                found += gold.Count(g => mine.Any(m => m.Start < g.End && g.Start < m.End));
            }
            var precision = detected == 0 ? 0 : (double)truePositive / detected;
            var recall = labelled == 0 ? 0 : (double)found / labelled;
            yield return new Row("presidio", $"{label} precision", precision, $"{truePositive}/{detected}", "≥ 0.95", precision >= 0.95);
            yield return new Row("presidio", $"{label} recall", recall, $"{found}/{labelled}", "≥ 0.95", recall >= 0.95);
        }
        yield return new Row("presidio", "injection false-positive rate (content mode, all sentences)", (double)falseInjection / samples.Count, $"{falseInjection}/{samples.Count}");
    }
}
