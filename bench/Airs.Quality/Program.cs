using System.Diagnostics;
using Airs.Quality;

// Measures the detectors on labelled data and prints one Markdown table. Goals are reported, not asserted:
// the exit code is non-zero only when the data cannot be read.
var root = DataRoot.Find();
if (root is null)
{
    Console.Error.WriteLine("cannot find `bench/quality/data`; run from the repository");
    return 1;
}

// Long documents of a split's own texts at each length-discount step, read by the shipped model (in-sample on train;
// the trainer chooses the step on held-out folds, see InjectionModel.DiscountStep).
if (args is ["long-sweep", var sweepSplit, var sweepMode])
{
    LongDocumentQuality.Sweep(Path.Combine(root, "data", "injection"), sweepSplit,
        sweepMode == "content" ? Airs.Runtime.Detectors.InjectionMode.Content : Airs.Runtime.Detectors.InjectionMode.Prompt);
    return 0;
}

if (args is ["train-injection"])
{
    return InjectionTrainer.Run(root);
}

// A probe for studying single texts: one text per line on stdin (\n escapes a line break), its verdict and evidence.
if (args is ["score-injection", var modeName])
{
    var mode = modeName == "content" ? Airs.Runtime.Detectors.InjectionMode.Content : Airs.Runtime.Detectors.InjectionMode.Prompt;
    while (Console.ReadLine() is { } line)
    {
        var text = line.Replace("\\n", "\n");
        var evidence = Airs.Runtime.Detectors.Injection.Find(text, mode);
        if (Environment.GetEnvironmentVariable("AIRS_PROBE_VIEW") is not null)
        {
            using var view = Airs.Runtime.Detectors.NormalizedText.Create(text);
            Console.WriteLine($"  rewritten {view.RewrittenLetters(text)}: {view.Span}");
        }
        Console.WriteLine($"{(Airs.Runtime.Detectors.Injection.Found(text, mode) ? "FOUND" : "-----")} {Airs.Runtime.Detectors.Injection.Score(text, mode):F3} [{string.Join(", ", evidence.Select(m => $"{m.Label} {m.Score:F2}"))}] {text[..Math.Min(90, text.Length)]}");
        if (Environment.GetEnvironmentVariable("AIRS_PROBE_SPANS") is not null)
        {
            foreach (var m in evidence)
            {
                var (from, to) = (Math.Max(0, m.Start - 50), Math.Min(text.Length, m.Start + m.Length + 30));
                Console.WriteLine($"    {m.Label} {m.Score:F2}: …{text[from..m.Start]}[[{text.Substring(m.Start, m.Length)}]]{text[(m.Start + m.Length)..to]}…".ReplaceLineEndings(" "));
            }
        }
        if (Environment.GetEnvironmentVariable("AIRS_PROBE_EXPLAIN") is not null)
        {
            InjectionExplain.Print(text, mode, Console.Out);
        }
    }
    return 0;
}

// Every row of a corpus file in its own mode, one tab-separated line each: label, mode, family, kind, found, score.
// For design sets that are read (never for the fresh confirmation set: its figures come from the quality table once).
if (args is ["score-jsonl", var jsonl])
{
    foreach (var row in InjectionCorpus.Read(jsonl))
    {
        var score = Airs.Runtime.Detectors.Injection.Score(row.Text, row.Mode);
        var found = Airs.Runtime.Detectors.Injection.Found(row.Text, row.Mode);
        Console.WriteLine(string.Join('\t', row.Attack ? "attack" : "benign", row.Mode == Airs.Runtime.Detectors.InjectionMode.Content ? "content" : "prompt", row.Family, row.Kind, found ? "FOUND" : "-----",
            score.ToString("F3", System.Globalization.CultureInfo.InvariantCulture)));
    }
    return 0;
}

// Each row's window logits (tab-separated after label and kind), for studying how a document's windows combine.
if (args is ["windows-jsonl", var windowsJsonl])
{
    foreach (var row in InjectionCorpus.Read(windowsJsonl).Where(r => r.Mode == Airs.Runtime.Detectors.InjectionMode.Content))
    {
        var logits = InjectionExplain.WindowLogits(row.Text, row.Mode);
        Console.WriteLine((row.Attack ? "attack" : "benign") + "\t" + row.Kind + "\t" + string.Join(' ', logits.Select(x => x.ToString("F3", System.Globalization.CultureInfo.InvariantCulture))));
    }
    return 0;
}

// The content head's strongest window of each text (one per line, \n escapes), for scoring it again in another mode.
if (args is ["window-injection", var windowMode])
{
    var head = Airs.Runtime.Detectors.InjectionModel.Default.For(windowMode == "content" ? Airs.Runtime.Detectors.InjectionMode.Content : Airs.Runtime.Detectors.InjectionMode.Prompt);
    while (Console.ReadLine() is { } line)
    {
        var text = line.Replace("\\n", "\n");
        var (first, last) = Airs.Runtime.Detectors.InjectionModel.StrongestWindow(head, text);
        Console.WriteLine(text[first..last].ReplaceLineEndings(" "));
    }
    return 0;
}

// The same for PII and secrets: one text per line, every detection with the text it covers.
if (args is ["scan-pii"])
{
    while (Console.ReadLine() is { } line)
    {
        var text = line.Replace("\\n", "\n");
        var found = Airs.Runtime.Detectors.Pii.Find(text, Airs.Runtime.Detectors.PiiKinds.All).AddRange(Airs.Runtime.Detectors.Secrets.Find(text));
        Console.WriteLine($"{(found.IsEmpty ? "-----" : "FOUND")} [{string.Join(", ", found.Select(m => $"{m.Label} '{text.Substring(m.Start, m.Length)}'"))}] {text[..Math.Min(90, text.Length)]}");
    }
    return 0;
}

var stopwatch = Stopwatch.StartNew();
List<Row> rows;
try
{
    rows = [.. InjectionCorpusQuality.Measure(Path.Combine(root, "data", "injection")), .. InjectionCorpusQuality.MeasureConfirm(Path.Combine(root, "data")), .. LongDocumentQuality.Measure(Path.Combine(root, "data", "injection")), .. InjectionQuality.Measure(Path.Combine(root, "data", "bipia")), .. InjectionQuality.MeasureOrdinary(Path.Combine(root, "data", "ordinary")),
        .. PiiQuality.Measure(Path.Combine(root, "data", "presidio-research")), .. PiiSetQuality.Measure(Path.Combine(root, "data", "pii"))];
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or InvalidDataException)
{
    Console.Error.WriteLine($"cannot read the labelled data: {e.Message}");
    return 1;
}

var table = Row.ToMarkdown(rows);
var notes = $"""
    # Detector quality

    Generated by `dotnet run --project bench/Airs.Quality -c Release` in {stopwatch.Elapsed.TotalSeconds:F1} s.
    Injection corpus (`data/injection`, written for the project, see its README): recall on attacks and false-positive
    rate on benign texts per split and mode. `rules` is rule evidence ≥ {Airs.Runtime.Detectors.Injection.Threshold}, `scorer` the learned scorer
    alone at its own threshold (on the text and the decoded variants it flags), `found` the shipped `Injection.Found`. **train is in-sample** (rules are developed and the
    scorer is trained on it); **dev** (other phrasings and sentences of the same families and kinds) and
    **out-of-family** (whole attack families and document/prompt kinds never trained on) are only measured; both are
    built by the same generators as train and have been measured dozens of times. **confirm-2** (`data/injection-confirm2`)
    was written blind on 2026-11-26 by a helper session that never saw the rules, the data or the first set, with benign
    texts as hard as the attacks: the figure to expect on new text (measured once per model under a rule written first;
    see data/injection-confirm/README.md). **confirm-1** (`data/injection-confirm`) was written the same way, measured for
    five decisions and then read to design changes: in-sample for design.
    Long documents (4 KB and 32 KB): each content attack of dev and out-of-family in the middle of that split's benign
    documents, about half the size on each side, and as many documents of those benign texts alone (built
    deterministically, only measured); the same for prompt-mode texts, many prompts joined (a stress case: a real long
    prompt is one pasted document).
    BIPIA (in-sample: the rules were written after reading it, and its train attacks are in the corpus's train split):
    `Injection.Found(text, InjectionMode.Content)` on BIPIA e-mail contexts, clean and with each attack inserted at the
    start, at the sentence boundary nearest the middle, and at the end; and on hand-written ordinary documents
    (`data/ordinary`, FAQ entries, tickets, notes), where every detection is a false positive.
    PII: `Pii.Find(text, PiiKinds.All)`; a detection is a true positive when it overlaps a labelled span of the same
    type, and a labelled span is found when a detection of its type overlaps it.
    PII train / held-out: the project's own set (`data/pii`), `Pii.Find(text, PiiKinds.All)` and `Secrets.Find(text)` (any
    secrets label counts as `secret`), matched the same way; every unlabelled detection is a false positive. The train
    part is in-sample (the look-alike and evasion rules were written against it); the held-out part was committed before
    those rules and is only measured.

    """;
Console.WriteLine(table);
File.WriteAllText(Path.Combine(root, "results.md"), notes + "\n" + table);
return 0;
