using Airs.Runtime.Detectors;

namespace Airs.Quality;

/// <summary>
/// The project's injection corpus (bench/quality/data/injection): recall on attacks and false-positive rate on benign
/// texts, per split and mode, for the rules alone, the learned scorer alone, and the shipped <c>Injection.Found</c>.
/// Train is in-sample (rules are developed and the scorer is trained on it); dev and out-of-family are only measured.
/// </summary>
internal static class InjectionCorpusQuality
{
    private sealed record Verdict(CorpusText Row, bool Rules, bool Scorer, bool Found);

    public static IEnumerable<Row> Measure(string dir) => InjectionCorpus.Splits.SelectMany(split => MeasureSplit(Path.Combine(dir, split + ".jsonl"), split,
        split switch { "train" => "corpus train (in-sample)", "dev" => "corpus dev", _ => "corpus out-of-family" }));

    /// <summary>
    /// The confirmation sets, each written on 2026-11-26 by a helper session that never saw the rules, the training data
    /// or the other splits. The first three (bench/quality/data/injection-confirm, injection-confirm2, injection-confirm3)
    /// have since been read to design changes; the fourth (injection-confirm4) was measured first for session 40's
    /// precision fixes and then read, and the fifth (injection-confirm5) was measured once, for no choice but rule 1k. The
    /// seventh to tenth (prompts only) decide rules 1m, 1o, 1p and 1q, one each; the sixth (content only) waits
    /// unmeasured for a content change.
    /// </summary>
    public static IEnumerable<Row> MeasureConfirm(string data) =>
        ConfirmationSets.SelectMany(s => MeasureSplit(Path.Combine(data, s.Folder, s.Split + ".jsonl"), s.Split, s.Set));

    /// <summary>Each confirmation set's folder, its file and split name, and how the table labels it (unread sets wait outside it).</summary>
    internal static readonly (string Folder, string Split, string Set)[] ConfirmationSets =
    [
        ("injection-confirm", "confirm", "corpus confirm-1 (read; used for design)"),
        ("injection-confirm2", "confirm2", "corpus confirm-2 (read; used for design)"),
        ("injection-confirm3", "confirm3", "corpus confirm-3 (written blind; read since)"),
        ("injection-confirm4", "confirm4", "corpus confirm-4 (written blind; measured once, read since)"),
        ("injection-confirm5", "confirm5", "corpus confirm-5 (written blind; measured once)"),
        ("injection-confirm6", "confirm6", "corpus confirm-6 (written blind; measured for rule 1t, read for design in 2p)"),
        ("injection-confirm12", "confirm12", "corpus confirm-12 (written blind; measured once, for rule 1u)"),
        ("injection-confirm13", "confirm13", "corpus confirm-13 (written blind; measured once, for rule 1w)"),
        ("injection-confirm7", "confirm7", "corpus confirm-7 (written blind; measured once, read since)"),
        ("injection-confirm8", "confirm8", "corpus confirm-8 (written blind; measured once, read since)"),
        ("injection-confirm9", "confirm9", "corpus confirm-9 (written blind; measured once, read since)"),
        ("injection-confirm10", "confirm10", "corpus confirm-10 (written blind; measured once)"),
        ("injection-confirm16", "confirm16", "corpus confirm-16 (written blind; measured for rules 2g to 2v)"),
        ("injection-confirm11", "confirm11", "corpus confirm-11 (written blind; measured for rules 2g to 2n, read for design in 2o)"),
        ("injection-confirm14", "confirm14", "corpus confirm-14 (written blind; measured once, for rule 2d)"),
        ("injection-confirm15", "confirm15", "corpus confirm-15 (written blind; measured once, for rule 2d)"),
        ("injection-confirm18", "confirm18", "corpus confirm-18 (written blind; measured for rules 2l to 2v)"),
        ("injection-confirm19", "confirm19", "corpus confirm-19 (written blind; measured once, for rule 2o, read for design in 2u)"),
        ("injection-confirm20", "confirm20", "corpus confirm-20 (written blind; measured once, for rule 2u, read for design in 2y)"),
        ("injection-confirm22", "confirm22", "corpus confirm-22 (written blind; measured once, for rule 2v, read for design in 2y)"),
        ("injection-confirm23", "confirm23", "corpus confirm-23 (written blind; measured once, for rule 2y)"),
    ];

    private static IEnumerable<Row> MeasureSplit(string path, string split, string set)
    {
        var verbose = Environment.GetEnvironmentVariable("AIRS_QUALITY_VERBOSE") == "injection";
        var verdicts = InjectionCorpus.Read(path).Select(Judge).ToList();
        foreach (var mode in new[] { InjectionMode.Prompt, InjectionMode.Content })
        {
            var inMode = verdicts.Where(v => v.Row.Mode == mode).ToList();
            var attacks = inMode.Where(v => v.Row.Attack).ToList();
            var benign = inMode.Where(v => !v.Row.Attack).ToList();
            var name = mode.ToKeyword();
            var goals = split != "train";
            foreach (var (who, pick) in new (string, Func<Verdict, bool>)[] { ("rules", v => v.Rules), ("scorer", v => v.Scorer), ("found", v => v.Found) })
            {
                var caught = attacks.Count(pick);
                var flagged = benign.Count(pick);
                var recall = (double)caught / Math.Max(1, attacks.Count);
                var fpr = (double)flagged / Math.Max(1, benign.Count);
                var shipped = who == "found" && goals;
                yield return new Row(set, $"{name}: recall, {who}", recall, $"{caught}/{attacks.Count}", shipped ? "≥ 0.90" : "", shipped ? recall >= 0.90 : null);
                yield return new Row(set, $"{name}: false-positive rate, {who}", fpr, $"{flagged}/{benign.Count}", shipped ? "≤ 0.01" : "", shipped ? fpr <= 0.01 : null);
            }
            // A set whose benign texts come in strata (everyday, about AI security) reports each stratum's rate too.
            foreach (var stratum in benign.Where(v => v.Row.Stratum.Length > 0).GroupBy(v => v.Row.Stratum).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var flagged = stratum.Count(v => v.Found);
                yield return new Row(set, $"{name}: false-positive rate, found, {stratum.Key}", (double)flagged / stratum.Count(), $"{flagged}/{stratum.Count()}");
            }
            if (verbose)
            {
                foreach (var v in benign.Where(v => v.Found))
                {
                    Console.Error.WriteLine($"{split} {name} false positive ({v.Row.Kind}; rules {v.Rules}, scorer {v.Scorer}): {Shorten(v.Row.Text)}");
                    foreach (var m in Injection.Find(v.Row.Text, mode))
                    {
                        Console.Error.WriteLine($"    {m.Label} {m.Score}: {v.Row.Text.Substring(m.Start, m.Length)}");
                    }
                }
                foreach (var v in attacks.Where(v => !v.Found))
                {
                    Console.Error.WriteLine($"{split} {name} missed ({v.Row.Family} in {v.Row.Kind}): {Shorten(v.Row.Text)}");
                }
            }
        }
        if (split != "train")
        {
            foreach (var family in verdicts.Where(v => v.Row.Attack).GroupBy(v => v.Row.Family).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var caught = family.Count(v => v.Found);
                yield return new Row(set, $"recall by family, found: {family.Key}", (double)caught / family.Count(), $"{caught}/{family.Count()}");
            }
        }
    }

    private static Verdict Judge(CorpusText row)
    {
        var evidence = Injection.Find(row.Text, row.Mode);
        var rules = InjectionTrainer.RulesFound(evidence);
        var scorer = Injection.ScorerFound(row.Text, row.Mode, evidence);
        return new Verdict(row, rules, scorer, Injection.Found(row.Text, row.Mode));
    }

    private static string Shorten(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= 240 ? flat : flat[..240] + "…";
    }
}
