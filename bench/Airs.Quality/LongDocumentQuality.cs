using System.Globalization;
using System.Text;
using Airs.Runtime.Detectors;

namespace Airs.Quality;

/// <summary>
/// Long documents, as a retrieved web page or a tool result can be: each content-mode attack of a split put in the
/// middle of the split's benign documents, and as many documents made only of its benign texts, 4 KB and 32 KB long;
/// the same for prompt-mode texts (many prompts joined: a stress case, not a real pasted document).
/// Built deterministically from the split itself. For dev and out-of-family this is only measured: an injection buried
/// in a long page must be found as it is in a short one, and a long benign page must not be flagged more often than its
/// parts are. The scorer's length discount is chosen by the trainer on documents built the same way from held-out
/// folds of train; <see cref="Sweep"/> reads a split's own documents with the shipped model.
/// </summary>
internal static class LongDocumentQuality
{
    private static readonly int[] MeasuredSizes = [4 * 1024, 32 * 1024];

    public static IEnumerable<Row> Measure(string dir)
    {
        foreach (var split in new[] { "dev", "ood" })
        {
            var set = split == "dev" ? "long documents, dev" : "long documents, out-of-family";
            // Prompts too: a long prompt here is many of the split's prompts joined, not a real pasted document.
            foreach (var mode in new[] { InjectionMode.Content, InjectionMode.Prompt })
            {
                var (benign, attacks) = Texts(dir, split, mode);
                foreach (var size in MeasuredSizes)
                {
                    var (padded, clean) = Build(benign, attacks, size, new Random(20261125));
                    var name = $"{mode.ToKeyword()} {size / 1024} KB";
                    var attacked = padded.Select(t => Judge(t, mode)).ToList();
                    var plain = clean.Select(t => Judge(t, mode)).ToList();
                    foreach (var (who, found) in new (string, Func<(bool Rules, bool Found), bool>)[] { ("rules", v => v.Rules), ("found", v => v.Found) })
                    {
                        var caught = attacked.Count(found);
                        var flagged = plain.Count(found);
                        yield return new Row(set, $"{name}: recall, {who}", (double)caught / padded.Count, $"{caught}/{padded.Count}");
                        yield return new Row(set, $"{name}: false-positive rate, {who}", (double)flagged / clean.Count, $"{flagged}/{clean.Count}");
                    }
                }
            }
        }
    }

    private static (bool Rules, bool Found) Judge(string text, InjectionMode mode)
    {
        var evidence = Injection.Find(text, mode);
        return (InjectionTrainer.RulesFound(evidence), Injection.Found(text, mode, evidence));
    }

    /// <summary>
    /// 200 long documents of each size built from the split's benign texts of one mode and 200 with one of its attacks in
    /// the middle, read by the shipped decision at each discount step; prints found attacks / flagged benign documents.
    /// On train this is in-sample (the shipped model learnt those texts): the step of 0.25 it once chose flagged 5 % of
    /// held-out-fold documents of 16–64 KB (<see cref="InjectionModel.DiscountStep"/>).
    /// </summary>
    public static void Sweep(string dir, string split, InjectionMode mode)
    {
        var (benign, attacks) = Texts(dir, split, mode);
        var head = InjectionModel.Default.For(mode);
        foreach (var size in new[] { 1024, 4096, 16 * 1024, 64 * 1024 })
        {
            var random = new Random(7);
            var (padded, clean) = Build(benign, [.. attacks.OrderBy(_ => random.Next()).Take(200)], size, random);
            (double Evidence, double Logit, double Decoded, int Length) Read(string t)
            {
                var evidence = Injection.Find(t, mode);
                return (Injection.MaxScore(evidence), InjectionModel.MaxWindowLogit(head, t, evidence), Injection.DecodedProbability(evidence), t.Length);
            }
            var a = padded.Select(Read).ToList();
            var b = clean.Select(Read).ToList();
            var line = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{split} {mode} {size / 1024} KB:");
            foreach (var step in new[] { 0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0 })
            {
                bool Found((double Evidence, double Logit, double Decoded, int Length) r)
                {
                    var p = Math.Max(InjectionModel.Calibrate(head, r.Logit - InjectionModel.LengthDiscount(r.Length, step)), r.Decoded);
                    return Injection.Decide(r.Evidence, p, head.Threshold, head.WeakEvidenceLevel);
                }
                line.Append(CultureInfo.InvariantCulture, $"  {step}: {a.Count(Found)}/{b.Count(Found)}");
            }
            Console.WriteLine(line + "   (found attacks / flagged benign, of 200 each)");
        }
    }

    private static (List<string> Benign, List<string> Attacks) Texts(string dir, string split, InjectionMode mode)
    {
        var rows = InjectionCorpus.Read(Path.Combine(dir, split + ".jsonl")).Where(r => r.Mode == mode).ToList();
        return ([.. rows.Where(r => !r.Attack).Select(r => r.Text)], [.. rows.Where(r => r.Attack).Select(r => r.Text)]);
    }

    /// <summary>Each attack in the middle of about <paramref name="size"/> characters of benign texts, and as many of benign texts alone.</summary>
    internal static (List<string> Padded, List<string> Clean) Build(List<string> benign, List<string> attacks, int size, Random random) =>
        ([.. attacks.Select(a => Padding(benign, random, size / 2) + "\n\n" + a + "\n\n" + Padding(benign, random, size / 2))],
         [.. attacks.Select(_ => Padding(benign, random, size))]);

    /// <summary>Benign texts drawn at random, joined by blank lines, until there are at least <paramref name="chars"/> characters.</summary>
    private static string Padding(List<string> benign, Random random, int chars)
    {
        var parts = new List<string>();
        for (var length = 0; length < chars; length += parts[^1].Length + 2)
        {
            parts.Add(benign[random.Next(benign.Count)]);
        }
        return string.Join("\n\n", parts);
    }
}
