using Airs.Runtime.Detectors;

namespace Airs.Quality;

/// <summary>
/// `operating-points`: what a policy gets from `injection.found` and from `injection.score(x) >= t` at a few thresholds,
/// per mode, on every blind confirmation set the quality table measures (never an unread one): recall on their attacks
/// and the share flagged of their benign texts by stratum (everyday texts that use the trigger words; texts about AI
/// security; the first sets' unstratified benign texts). The sets have been measured, and most read, before: the figures
/// are in-sample for any choice made from them, and the order of the rows is what carries over to new text.
/// </summary>
internal static class OperatingPoints
{
    private static readonly double[] Thresholds = [0.8, 0.9, 0.95, 0.98, 0.99, 0.999];

    private static readonly string[] Strata = ["everyday", "ai-security", ""];

    public static void Print(string data)
    {
        var scored = InjectionCorpusQuality.ConfirmationSets
            .SelectMany(s => InjectionCorpus.Read(Path.Combine(data, s.Folder, s.Split + ".jsonl")))
            .Select(row =>
            {
                var evidence = Injection.Find(row.Text, row.Mode);
                return (Row: row, Found: Injection.Found(row.Text, row.Mode, evidence), Score: Injection.Probability(row.Text, row.Mode, evidence));
            })
            .ToList();
        foreach (var mode in new[] { InjectionMode.Prompt, InjectionMode.Content })
        {
            var inMode = scored.Where(s => s.Row.Mode == mode).ToList();
            var attacks = inMode.Where(s => s.Row.Attack).ToList();
            var benign = Strata.Select(stratum => inMode.Where(s => !s.Row.Attack && s.Row.Stratum == stratum).ToList()).ToList();
            Console.WriteLine($"{mode.ToKeyword()} mode: {attacks.Count} attacks; benign: everyday {benign[0].Count}, about AI security {benign[1].Count}, unstratified {benign[2].Count}");
            Console.WriteLine("| flagged when | attacks found | everyday flagged | about AI security flagged | unstratified flagged |");
            Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
            var rules = new List<(string Name, Func<(CorpusText Row, bool Found, double Score), bool> Flags)> { ("`injection.found` (the packs' default)", s => s.Found) };
            rules.AddRange(Thresholds.Select(t => ($"`injection.score >= {t}`", (Func<(CorpusText Row, bool Found, double Score), bool>)(s => s.Score >= t))));
            foreach (var (name, flags) in rules)
            {
                Console.WriteLine($"| {name} | {Share(attacks, flags)} | {string.Join(" | ", benign.Select(b => Share(b, flags)))} |");
            }
            Console.WriteLine();
        }
    }

    private static string Share<T>(List<T> items, Func<T, bool> pick)
    {
        var count = items.Count(pick);
        return $"{Probes.F3((double)count / Math.Max(1, items.Count))} ({count}/{items.Count})";
    }
}
