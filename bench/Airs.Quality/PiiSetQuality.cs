using System.Globalization;
using System.Text;
using Airs.Runtime.Detectors;

namespace Airs.Quality;

/// <summary>
/// The PII and secrets sets (format: <c>data/pii/README.md</c>): per kind precision and recall, and how many samples
/// carry a false detection. The project's own set (<c>data/pii</c>: train in-sample, held-out) also sums its look-alike
/// and evasion families, which it names by prefix; the blind sets (<c>data/pii-confirm*</c>) name families their own way.
/// </summary>
internal static class PiiSetQuality
{
    private static readonly string[] Kinds = ["email", "phone", "card", "iban", "ssn", "ip", "nino", "dob", "secret"];

    internal sealed record Span(string Kind, int Start, int End);

    internal sealed record Sample(string Family, string Text, List<Span> Spans);

    /// <summary>The sets under <c>data</c>, each with its name in the table and whether its family names follow <c>data/pii</c>'s.</summary>
    private static readonly (string File, string Set, bool OwnFamilies)[] Sets =
    [
        ("pii/train.txt", "pii train (in-sample)", true),
        ("pii/heldout.txt", "pii held-out", true),
        ("pii-confirm1/set.txt", "pii confirm-1 (written blind; read for design)", false),
        ("pii-confirm3/set.txt", "pii confirm-3 (written blind; read for design)", false),
        ("pii-confirm2/set.txt", "pii confirm-2 (written blind; measured for rule P1, then read for design)", false),
        ("pii-confirm4/set.txt", "pii confirm-4 (written blind; measured for rule P2, then read for design)", false),
        ("pii-confirm5/set.txt", "pii confirm-5 (written blind; measured for rule P3, then read for design)", false),
        ("pii-confirm6/set.txt", "pii confirm-6 (written blind; measured for rule P4, then read for design)", false),
        ("pii-confirm7/set.txt", "pii confirm-7 (written blind; measured for rule P5, then read for design)", false),
        ("pii-confirm8/set.txt", "pii confirm-8 (written blind; measured for rule P6, then read for design)", false),
        ("pii-confirm9/set.txt", "pii confirm-9 (written blind; measured for rule P7, then read for design)", false),
        ("pii-confirm10/set.txt", "pii confirm-10 (written blind; measured for rule P8, then read for design)", false),
        ("pii-confirm11/set.txt", "pii confirm-11 (written blind; measured for rule P9, then read for design)", false),
        ("pii-confirm12/set.txt", "pii confirm-12 (written blind; measured for rule P10, then read for design)", false),
        ("pii-confirm13/set.txt", "pii confirm-13 (written blind; measured for rule P11, then read for design)", false),
        ("pii-confirm14/set.txt", "pii confirm-14 (written blind; measured for rule P12, then read for design)", false),
        ("pii-confirm15/set.txt", "pii confirm-15 (written blind; measured for rule P13, then read for design)", false),
        ("pii-confirm16/set.txt", "pii confirm-16 (written blind; measured for rule P14, then read for design)", false),
        ("pii-confirm17/set.txt", "pii confirm-17 (written blind; measured for rule P15, then read for design)", false),
        ("pii-confirm18/set.txt", "pii confirm-18 (written blind; measured for rule P16, then read for design)", false),
        ("pii-confirm19/set.txt", "pii confirm-19 (written blind; measured for rule P17, then read for design)", false),
        ("pii-confirm20/set.txt", "pii confirm-20 (written blind; measured for rule P18, then read for design)", false),
        ("pii-confirm21/set.txt", "pii confirm-21 (written blind; measured once, for rule P19, then read for design)", false),
        ("pii-confirm22/set.txt", "pii confirm-22 (written blind; measured once, for rule P20)", false),
    ];

    public static IEnumerable<Row> Measure(string dataDir) =>
        Sets.SelectMany(s => MeasureSet(Path.Combine(dataDir, s.File), s.Set, s.OwnFamilies));

    /// <summary>One set's rows (the <c>pii-set</c> probe measures a file alone).</summary>
    public static IEnumerable<Row> MeasureSet(string path, string set, bool ownFamilies)
    {
        var samples = Parse(File.ReadAllLines(path));
        if (samples.Count == 0)
        {
            throw new InvalidDataException($"{path} has no samples");
        }
        var found = samples.Select(s => Detect(s.Text)).ToList();
        Explain(set, samples, found);
        foreach (var kind in Kinds)
        {
            int detected = 0, truePositive = 0, labelled = 0, hit = 0;
            for (var i = 0; i < samples.Count; i++)
            {
                var gold = samples[i].Spans.Where(g => g.Kind == kind).ToList();
                var mine = found[i].Where(m => m.Kind == kind).ToList();
                detected += mine.Count;
                truePositive += mine.Count(m => gold.Any(g => Overlap(m, g)));
                labelled += gold.Count;
                hit += gold.Count(g => mine.Any(m => Overlap(m, g)));
            }
            if (labelled == 0 && detected == 0)
            {
                continue;
            }
            var precision = detected == 0 ? 1 : (double)truePositive / detected;
            var recall = labelled == 0 ? 1 : (double)hit / labelled;
            yield return new Row(set, $"{kind} precision / recall", precision, $"{truePositive}/{detected}; recall {recall.ToString("F3", CultureInfo.InvariantCulture)} ({hit}/{labelled})");
        }
        if (!ownFamilies)
        {
            var spans = samples.Sum(s => s.Spans.Count);
            var caught = Enumerable.Range(0, samples.Count).Sum(i => samples[i].Spans.Count(g => found[i].Any(m => m.Kind == g.Kind && Overlap(m, g))));
            yield return new Row(set, "labelled spans found", (double)caught / spans, $"{caught}/{spans}");
            var wrong = Enumerable.Range(0, samples.Count).Count(i => HasFalseDetection(samples[i], found[i]));
            yield return new Row(set, "samples with a false detection", (double)wrong / samples.Count, $"{wrong}/{samples.Count}", "0", wrong == 0);
            yield break;
        }
        var lookalikes = Enumerable.Range(0, samples.Count).Where(i => samples[i].Family.StartsWith("lookalike", StringComparison.Ordinal) || samples[i].Family.EndsWith("negatives", StringComparison.Ordinal)).ToList();
        var flagged = lookalikes.Count(i => HasFalseDetection(samples[i], found[i]));
        yield return new Row(set, "look-alike samples with a false detection", (double)flagged / lookalikes.Count, $"{flagged}/{lookalikes.Count}", "0", flagged == 0);
        var evasions = Enumerable.Range(0, samples.Count).Where(i => !samples[i].Family.StartsWith("plain", StringComparison.Ordinal) && samples[i].Spans.Count > 0
            && !samples[i].Family.StartsWith("lookalike", StringComparison.Ordinal)).SelectMany(i => samples[i].Spans.Select(g => (i, g))).ToList();
        var evaded = evasions.Count(e => found[e.i].Any(m => m.Kind == e.g.Kind && Overlap(m, e.g)));
        yield return new Row(set, "evasion and label spans found", (double)evaded / evasions.Count, $"{evaded}/{evasions.Count}");
    }

    private static bool HasFalseDetection(Sample sample, List<Span> found) => found.Any(m => !sample.Spans.Any(g => g.Kind == m.Kind && Overlap(m, g)));

    private static bool Overlap(Span a, Span b) => a.Start < b.End && b.Start < a.End;

    private static List<Span> Detect(string text) =>
    [
        .. Pii.Find(text, PiiKinds.All).Select(m => new Span(m.Label, m.Start, m.End)),
        .. Secrets.Find(text).Select(m => new Span("secret", m.Start, m.End)),
    ];

    /// <summary>With <c>AIRS_QUALITY_VERBOSE=pii</c>, every miss and false detection goes to standard error.</summary>
    private static void Explain(string set, List<Sample> samples, List<List<Span>> found)
    {
        if (Environment.GetEnvironmentVariable("AIRS_QUALITY_VERBOSE") != "pii")
        {
            return;
        }
        for (var i = 0; i < samples.Count; i++)
        {
            var s = samples[i];
            foreach (var m in found[i].Where(m => !s.Spans.Any(g => g.Kind == m.Kind && Overlap(m, g))))
            {
                Console.Error.WriteLine($"{set} [{s.Family}] false {m.Kind}: `{s.Text[m.Start..m.End]}`");
            }
            foreach (var g in s.Spans.Where(g => !found[i].Any(m => m.Kind == g.Kind && Overlap(m, g))))
            {
                Console.Error.WriteLine($"{set} [{s.Family}] missed {g.Kind}: `{s.Text[g.Start..g.End]}`");
            }
        }
    }

    /// <summary>
    /// The <c>{{kind:text}}</c> marks of the written line, then the escapes of each piece, so that spans index the decoded
    /// text and an escaped brace (<c>\u007B</c>, as the sets write <c>${{ … }}</c>) never opens a mark.
    /// </summary>
    internal static List<Sample> Parse(IEnumerable<string> lines)
    {
        var samples = new List<Sample>();
        var family = "";
        foreach (var raw in lines)
        {
            if (raw.StartsWith("# family:", StringComparison.Ordinal))
            {
                family = raw["# family:".Length..].Trim();
                continue;
            }
            if (raw.Length == 0 || raw.StartsWith('#'))
            {
                continue;
            }
            var line = raw;
            var text = new StringBuilder();
            var spans = new List<Span>();
            var at = 0;
            while (at < line.Length)
            {
                var open = line.IndexOf("{{", at, StringComparison.Ordinal);
                if (open < 0)
                {
                    text.Append(Unescape(line[at..]));
                    break;
                }
                var colon = line.IndexOf(':', open);
                var close = line.IndexOf("}}", open, StringComparison.Ordinal);
                if (colon < 0 || close < 0 || colon > close)
                {
                    throw new InvalidDataException($"unclosed or kind-less mark in `{raw}`");
                }
                text.Append(Unescape(line[at..open]));
                var kind = line[(open + 2)..colon];
                if (!Kinds.Contains(kind))
                {
                    throw new InvalidDataException($"unknown kind `{kind}` in `{raw}`");
                }
                var start = text.Length;
                text.Append(Unescape(line[(colon + 1)..close]));
                spans.Add(new Span(kind, start, text.Length));
                at = close + 2;
            }
            samples.Add(new Sample(family, text.ToString(), spans));
        }
        return samples;
    }

    private static string Unescape(string s)
    {
        if (!s.Contains('\\'))
        {
            return s;
        }
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '\\' && i + 1 < s.Length && s[i + 1] is 'n' or 't')
            {
                sb.Append(s[++i] == 'n' ? '\n' : '\t');
            }
            else if (s[i] == '\\' && i + 5 < s.Length && s[i + 1] == 'u' && int.TryParse(s.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
            {
                sb.Append((char)code);
                i += 5;
            }
            else
            {
                sb.Append(s[i]);
            }
        }
        return sb.ToString();
    }
}
