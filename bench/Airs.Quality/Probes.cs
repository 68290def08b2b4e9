using System.Globalization;
using Airs.Runtime.Detectors;

namespace Airs.Quality;

/// <summary>
/// Commands for studying single texts and design sets (docs/detectors.md, *Measured quality*). Texts on standard input
/// come one per line, <c>\n</c> escaping a line break. Never for the fresh confirmation set: its figures come from the
/// quality table, once per model.
/// </summary>
internal static class Probes
{
    /// <returns>The exit code, or null when <paramref name="args"/> name no probe.</returns>
    public static int? Run(string[] args)
    {
        switch (args)
        {
            case ["score-injection", var mode]:
                ScoreLines(Mode(mode));
                return 0;
            case ["score-jsonl", var path]:
                ScoreRows(path);
                return 0;
            case ["windows-jsonl", var path]:
                WindowLogits(path);
                return 0;
            case ["window-tokens-jsonl", var path]:
                WindowTokens(path);
                return 0;
            case ["pii-set", var path]:
                Console.WriteLine(Row.ToMarkdown([.. PiiSetQuality.MeasureSet(path, Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path))) ?? path, false)]));
                return 0;
            case ["scan-pii"]:
                ScanPii();
                return 0;
            default:
                return null;
        }
    }

    /// <summary>The mode a command line names: "content", and prompt for anything else.</summary>
    public static InjectionMode Mode(string name) => name == "content" ? InjectionMode.Content : InjectionMode.Prompt;

    private static IEnumerable<string> Lines()
    {
        while (Console.ReadLine() is { } line)
        {
            yield return line.Replace("\\n", "\n");
        }
    }

    internal static string F3(double x) => x.ToString("F3", CultureInfo.InvariantCulture);

    /// <summary>
    /// Each text's verdict, score and evidence; <c>AIRS_PROBE_VIEW</c> adds the normalised view, <c>AIRS_PROBE_SPANS</c>
    /// each piece of evidence in its context, <c>AIRS_PROBE_EXPLAIN</c> the scorer's strongest window and its heaviest words.
    /// </summary>
    private static void ScoreLines(InjectionMode mode)
    {
        foreach (var text in Lines())
        {
            var evidence = Injection.Find(text, mode);
            if (Environment.GetEnvironmentVariable("AIRS_PROBE_VIEW") is not null)
            {
                using var view = NormalizedText.Create(text);
                Console.WriteLine($"  rewritten {view.RewrittenLetters(text)}: {view.Span}");
            }
            Console.WriteLine($"{(Injection.Found(text, mode, evidence) ? "FOUND" : "-----")} {F3(Injection.Probability(text, mode, evidence))} [{string.Join(", ", evidence.Select(m => $"{m.Label} {m.Score:F2}"))}] {text[..Math.Min(90, text.Length)]}");
            if (Environment.GetEnvironmentVariable("AIRS_PROBE_SPANS") is not null)
            {
                foreach (var m in evidence)
                {
                    var (from, to) = (Math.Max(0, m.Start - 50), Math.Min(text.Length, m.End + 30));
                    Console.WriteLine($"    {m.Label} {m.Score:F2}: …{text[from..m.Start]}[[{text[m.Start..m.End]}]]{text[m.End..to]}…".ReplaceLineEndings(" "));
                }
            }
            if (Environment.GetEnvironmentVariable("AIRS_PROBE_EXPLAIN") is not null)
            {
                InjectionExplain.Print(text, mode, Console.Out);
            }
        }
    }

    /// <summary>Every row of a corpus file in its own mode: label, mode, family, kind, verdict, score, rule evidence at or above the threshold (tab-separated).</summary>
    private static void ScoreRows(string path)
    {
        foreach (var row in InjectionCorpus.Read(path))
        {
            var evidence = Injection.Find(row.Text, row.Mode);
            Console.WriteLine(string.Join('\t', row.Attack ? "attack" : "benign", row.Mode.ToKeyword(), row.Family, row.Kind,
                Injection.Found(row.Text, row.Mode, evidence) ? "FOUND" : "-----", F3(Injection.Probability(row.Text, row.Mode, evidence)),
                string.Join(' ', evidence.Where(m => m.Score >= Injection.Threshold).Select(m => $"{m.Label}:{F3(m.Score)}"))));
        }
    }

    /// <summary>Each content row's window logits after its label and kind, to study how a document's windows combine.</summary>
    private static void WindowLogits(string path)
    {
        foreach (var row in InjectionCorpus.Read(path).Where(r => r.Mode == InjectionMode.Content))
        {
            Console.WriteLine((row.Attack ? "attack" : "benign") + "\t" + row.Kind + "\t" + string.Join(' ', InjectionExplain.WindowLogits(row.Text, row.Mode).Select(F3)));
        }
    }

    /// <summary>Each content row as one JSON line: its label, kind and stratum, and every window's logit and tokens.</summary>
    private static void WindowTokens(string path)
    {
        foreach (var row in InjectionCorpus.Read(path).Where(r => r.Mode == InjectionMode.Content))
        {
            var (logits, tokens) = InjectionExplain.WindowTokens(row.Text, row.Mode);
            Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { attack = row.Attack, kind = row.Kind, stratum = row.Stratum, found = Injection.Found(row.Text, row.Mode), logits, tokens }));
        }
    }

    /// <summary>Every PII and secrets detection of each text, with the text it covers.</summary>
    private static void ScanPii()
    {
        foreach (var text in Lines())
        {
            var found = Pii.Find(text, PiiKinds.All).AddRange(Secrets.Find(text));
            Console.WriteLine($"{(found.IsEmpty ? "-----" : "FOUND")} [{string.Join(", ", found.Select(m => $"{m.Label} '{text[m.Start..m.End]}'"))}] {text[..Math.Min(90, text.Length)]}");
        }
    }
}
