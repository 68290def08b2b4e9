using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Airs.Runtime.Detectors;

namespace Airs.Quality;

/// <summary>
/// <c>train-injection</c>: fits the learned injection scorer on the TRAIN split only and writes the runtime's
/// embedded weights. Logistic regression with L2 by AdaGrad SGD (fixed seed, one thread, so the same data gives the
/// same bytes); Platt scaling and the decision threshold come from 5-fold cross-validation within train — dev and
/// out-of-family are never read here. About two hundred lines instead of an ML package: the mirror has neither
/// ML.NET nor ONNX Runtime, and the runtime must not take a native dependency.
/// </summary>
internal static class InjectionTrainer
{
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("AIRS_TRAIN_SEED"), out var seed) ? seed : 20;
    private const int Folds = 5;
    // Chosen by grouped cross-validation on train: with word classes as features, L2 1e-3 generalised best across
    // held-out families (prompt scorer recall 0.60 at 1e-3 against 0.18 at 1e-5; 20 epochs did no better than 10).
    // AIRS_TRAIN_EPOCHS / AIRS_TRAIN_L2 override them for cross-validation sweeps on train (the shipped model uses the defaults).
    private static readonly int Epochs = int.TryParse(Environment.GetEnvironmentVariable("AIRS_TRAIN_EPOCHS"), out var e) ? e : 10;
    private const double LearningRate = 0.1;
    private static readonly double L2 = double.TryParse(Environment.GetEnvironmentVariable("AIRS_TRAIN_L2"), CultureInfo.InvariantCulture, out var l) ? l : 1e-3;

    /// <summary>The share of each window with rule evidence trained without it (<c>AIRS_TRAIN_RULE_DROPOUT</c>).</summary>
    private static readonly double RuleDropout = double.TryParse(Environment.GetEnvironmentVariable("AIRS_TRAIN_RULE_DROPOUT"), CultureInfo.InvariantCulture, out var d) ? d : 0;

    /// <summary>
    /// The false-positive budget on held-out folds of train that the rules and the scorer share: half the 0.01 goal,
    /// since dev and unseen texts run higher. Chosen on train folds only.
    /// </summary>
    public const double TargetFpr = 0.005;

    /// <summary>Counter-example sources added after the folds were first dealt: their groups do not move the others'.</summary>
    private static readonly HashSet<string> AppendedSources = new(StringComparer.Ordinal) { "gen_train_notes", "gen_train_transcripts", "gen_train_encoded", "gen_train_blind", "gen_train_blind2", "gen_train_blind_docs", "gen_train_toolcalls", "gen_train_short15", "read_confirm_everyday", "read_confirm_ai_security", "gen_train_everyday_a", "gen_train_everyday_b", "read_confirm_exfil", "read_prompts", "train_prompts", "train_prompts_ai_security", "train_docs", "train_docs_ordinary", "gen_train_notices", "gen_train_prompt2u", "gen_train_pairs2x", "gen_train_pairs2x_ai", "gen_train_prompt2y" };

    /// <summary>Sources whose benign texts every fold trains on and none scores (see <see cref="TrainHead"/>): gen_train_more's and the appended ones.</summary>
    /// <summary>
    /// How the shipped model's later sources enter the folds when <c>AIRS_TRAIN_EXTRA</c> is not set (rule 2o): the
    /// writers' benign prompts and the service notices are scored as kinds of their own, by writer and kind, so the
    /// threshold is read on benign prompts of the lengths users type (rules 2c and 2j), not trained away as counter-examples.
    /// </summary>
    private const string DefaultExtra = "train_prompts:kinds,gen_train_notices:kinds,gen_train_prompt2u:kinds";

    private static readonly HashSet<string> CounterExampleSources = new([.. AppendedSources, "gen_train_more"], StringComparer.Ordinal);

    /// <summary>The issue's false-positive goal on benign documents.</summary>
    private const double GoalFpr = 0.01;

    private sealed record Window(int[] Buckets, float[] Values, float Label, float Weight);

    private sealed record Prepared(CorpusText Row, ImmutableArray<DetectorMatch> Evidence, List<Window> Windows);

    public static int Run(string root)
    {
        var path = Path.Combine(root, "data", "injection", "train.jsonl");
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
        var rows = InjectionCorpus.Read(path);
        if (rows.Any(r => r.Split != "train"))
        {
            throw new InvalidDataException("train.jsonl holds a row of another split");
        }
        var card = new Dictionary<string, object> { ["data"] = "bench/quality/data/injection/train.jsonl", ["dataSha256"] = hash };
        // AIRS_TRAIN_HEADS=content: a cross-validation sweep of the content head only; nothing is written.
        if (Environment.GetEnvironmentVariable("AIRS_TRAIN_HEADS") == "content")
        {
            TrainHead(rows.Where(r => r.Mode == InjectionMode.Content).ToList(), InjectionMode.Content, card);
            return 0;
        }
        var prompt = TrainHead(rows.Where(r => r.Mode == InjectionMode.Prompt).ToList(), InjectionMode.Prompt, card);
        // AIRS_TRAIN_HEADS=prompt: a cross-validation sweep of the prompt head only (seconds, not minutes); nothing is written.
        if (PromptSweep)
        {
            return 0;
        }
        var content = TrainHead(rows.Where(r => r.Mode == InjectionMode.Content).ToList(), InjectionMode.Content, card);
        // The version (InjectionModel.VersionFor) names the data, the rules, the features and the trainer options that change the model.
        var options = ModelOptions();
        var rules = InjectionRules.Fingerprint();
        card["rulesSha256"] = rules;
        var features = FeatureFingerprint.Of(rows.Select(r => r.Text));
        card["featuresSha256"] = features;
        if (options.Length > 0)
        {
            card["trainerOptions"] = options.TrimEnd('\n').Split('\n');
        }
        var model = new InjectionModel(InjectionModel.VersionFor(hash, rules, features, options), hash, prompt, content);
        card["version"] = model.Version;

        var repo = Path.GetFullPath(Path.Combine(root, "..", ".."));
        var target = Path.Combine(repo, "runtime", "Airs.Runtime", "Detectors", "Learned", "injection-model.bin");
        using (var file = File.Create(target))
        {
            model.Write(file);
        }
        File.WriteAllText(Path.ChangeExtension(target, ".json"), JsonSerializer.Serialize(card, new JsonSerializerOptions { WriteIndented = true }) + "\n");
        Console.WriteLine($"wrote {Path.GetRelativePath(repo, target)} ({new FileInfo(target).Length / 1024} KB), version {model.Version}");
        return 0;
    }

    private static InjectionModel.Head TrainHead(List<CorpusText> rows, InjectionMode mode, Dictionary<string, object> card)
    {
        var prepared = rows.Select(r => Prepare(r, mode)).ToList();
        var (window, stride) = TrainWindows(mode);
        // Folds hold out whole groups (an attack family, a benign kind): texts of one template land in one fold, so
        // the cross-validated scores, and the threshold chosen on them, are those of texts unlike anything trained on.
        // Groups made only of a later counter-example source's texts are dealt out after the shuffle, so adding them
        // leaves every other group in its fold: a figure before and after is then read on the same folds.
        var appended = prepared.GroupBy(p => Group(p.Row)).Where(g => g.All(p => AppendedSources.Contains(p.Row.Source))).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var groups = prepared.Select(p => Group(p.Row)).Distinct().Where(g => !appended.Contains(g)).Order(StringComparer.Ordinal).ToArray();
        new Random(Seed).Shuffle(groups);
        var foldOf = groups.Concat(appended.Order(StringComparer.Ordinal)).Select((g, i) => (g, i % Folds)).ToDictionary(x => x.g, x => x.Item2, StringComparer.Ordinal);
        var fold = prepared.Select(p => foldOf[Group(p.Row)]).ToArray();
        if (Environment.GetEnvironmentVariable("AIRS_TRAIN_CV") == "template")
        {
            // Dev-like folds: an attack family's texts from one generator held out together (other templates of a family
            // that is trained on), benign texts held out one by one (kinds that are trained on).
            var templates = prepared.Select(p => p.Row.Family + "/" + p.Row.Source).Distinct().Order(StringComparer.Ordinal).ToArray();
            new Random(Seed).Shuffle(templates);
            var foldOfTemplate = templates.Select((g, i) => (g, i % Folds)).ToDictionary(x => x.g, x => x.Item2, StringComparer.Ordinal);
            var rowRandom = new Random(Seed + 1);
            fold = prepared.Select(p => p.Row.Attack ? foldOfTemplate[p.Row.Family + "/" + p.Row.Source] : rowRandom.Next(Folds)).ToArray();
        }
        else if (Environment.GetEnvironmentVariable("AIRS_TRAIN_CV") == "payload")
        {
            // Diagnostic (issue 20 part 9): an attack with a payload span is held out with every text carrying the same
            // payload (its family's other payloads are trained on), so a figure is that of unseen payload phrasings;
            // attacks without a span by family and generator as in "template"; benign texts one by one.
            string Key(CorpusText r) => r.Attack ? r.Payload is { } s ? r.Family + "|" + r.Text.Substring(s.Start, s.Length).Trim().ToLowerInvariant() : r.Family + "/" + r.Source : "";
            var keys = prepared.Where(p => p.Row.Attack).Select(p => Key(p.Row)).Distinct().Order(StringComparer.Ordinal).ToArray();
            new Random(Seed).Shuffle(keys);
            var foldOfKey = keys.Select((g, i) => (g, i % Folds)).ToDictionary(x => x.g, x => x.Item2, StringComparer.Ordinal);
            var rowRandom = new Random(Seed + 1);
            fold = prepared.Select(p => p.Row.Attack ? foldOfKey[Key(p.Row)] : rowRandom.Next(Folds)).ToArray();
        }

        // gen_train_more.py's benign texts are counter-examples (prompts carrying encoded data, prompts in other
        // languages, questions about instructions and passwords): every fold trains on them and none scores them. Held
        // out as kinds of their own, the encoded-data prompts (built to look like the encoding family) spent the whole
        // false-positive budget: on grouped cross-validation of train the prompt threshold rose from logit 2.2 to 3.5
        // and the prompt recall fell from 0.61 to 0.43 (AIRS_TRAIN_AUGMENT=0). Their own rate is in-sample only.
        // gen_train_notes.py's benign documents that speak to people ("note for reviewers: …", e-mail footers, a company's
        // chatbot described to customers; written only with NOTES_ROWS=1) are counter-examples like gen_train_more's when
        // written: held out as kinds of their own they spent part of the content budget. Their own rate as held-out kinds
        // is read with AIRS_TRAIN_EXTRA=gen_train_notes:kinds (docs/detectors-log.md, *Notes to people*: not shipped).
        // gen_train_transcripts.py's pasted conversations are counter-examples too: held out as kinds of their own, the
        // fake turns in the same label styles make an unseen kind of chat log read as attacks and spend both budgets
        // (prompt recall 0.723 → 0.489, content 0.928 → 0.394, with rows of both modes); their own check is a held-out test list.
        // gen_train_encoded.py's forwarded encoded sentences are counter-examples for the same reason as gen_train_more's,
        // and so are gen_train_blind.py's hard benign prompts and gen_train_blind_docs.py's hard benign documents (their
        // attacks join their families' groups); gen_train_toolcalls.py's agent histories too.
        var grouped = (int[])fold.Clone();
        if (Environment.GetEnvironmentVariable("AIRS_TRAIN_AUGMENT") != "0")
        {
            for (var i = 0; i < prepared.Count; i++)
            {
                if (!prepared[i].Row.Attack && CounterExampleSources.Contains(prepared[i].Row.Source))
                {
                    fold[i] = -1;
                }
            }
        }

        // gen_train_prompt8.py's and gen_train_prompt9.py's texts (issue 20 parts 8 and 9, NewSources): AIRS_TRAIN_P8 chooses how they enter the folds for
        // cross-validation sweeps — "off": left out altogether (train as before); "eval": scored on the folds, trained
        // on in none; "attacks": its attacks only (in their families' groups), its benign texts left out; "benign-kinds" / "benign-counter": its benign texts only, as kinds or as counter-examples; "kinds": its
        // benign texts held out as kinds of their own; "counter" (the default): its benign texts are counter-examples
        // like gen_train_more's (every fold trains on them, none scores them). The final model trains on every row.
        // Part 9's rows are benign only, so "benign-counter" and "counter" are the same for them (docs/detectors-log.md, *Part 9*).
        var p8 = Environment.GetEnvironmentVariable("AIRS_TRAIN_P8") ?? "counter";
        var untrained = new bool[prepared.Count];
        void Place(int i, string how) => (fold[i], untrained[i]) = Placed(Placement(how, prepared[i].Row.Attack), grouped[i], untrained[i]);
        for (var i = 0; i < prepared.Count; i++)
        {
            if (!IsNew(prepared[i].Row))
            {
                continue;
            }
            // AIRS_TRAIN_P8_ONLY=<family,family…>: of its attacks, only those families' (the others left out), for sweeps.
            if (prepared[i].Row.Attack && Environment.GetEnvironmentVariable("AIRS_TRAIN_P8_ONLY") is { } only && !only.Split(',').Contains(prepared[i].Row.Family))
            {
                fold[i] = -2;
                continue;
            }
            // AIRS_TRAIN_P8_KINDS=<kind,kind…>: of its benign texts, only those kinds' (the others left out), for sweeps.
            if (!prepared[i].Row.Attack && Environment.GetEnvironmentVariable("AIRS_TRAIN_P8_KINDS") is { } kinds && !kinds.Split(',').Contains(prepared[i].Row.Kind))
            {
                fold[i] = -2;
                continue;
            }
            Place(i, p8);
        }

        // Extra generators' rows, keyed by `source` (issue 20 part 9; a generalised AIRS_TRAIN_P8 for any generator):
        // AIRS_TRAIN_EXTRA=<source>:<how>[,<source>:<how>…] says how a source's rows enter the folds for sweeps — "off":
        // left out; "eval": scored on the folds, trained on in none; "kinds": in their groups like any row (a source not
        // listed); "counter": attacks in their groups, benign texts counter-examples (every fold trains on them, none
        // scores them); "attacks" / "benign-kinds" / "benign-counter": only its attacks / only its benign texts, as kinds
        // or as counter-examples; "train": every row trained in every fold and scored in none; "train-attacks": only its
        // attacks, so. The final model trains on every row whatever is set.
        var extra = (Environment.GetEnvironmentVariable("AIRS_TRAIN_EXTRA") ?? DefaultExtra).Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(x => x.Split(':')).ToDictionary(x => x[0], x => x.Length > 1 ? x[1] : "kinds", StringComparer.Ordinal);
        for (var i = 0; i < prepared.Count; i++)
        {
            if (extra.TryGetValue(prepared[i].Row.Source, out var how))
            {
                Place(i, how);
            }
        }

        // AIRS_TRAIN_VIEWS (issue 20 part 11; off unless set to a mode list such as "prompt"): the views of each text
        // that the runtime's scan scores besides the text itself (see Views) are extra training texts of that head,
        // labelled as their source and placed with it — trained in exactly the folds that train on the source, never
        // scored — so a fold's held-out texts lend it nothing. The final model trains on them too.
        var views = TrainsViews(mode)
            ? Enumerable.Range(0, prepared.Count).Where(i => fold[i] != -2).SelectMany(i => Views(prepared[i].Row, mode).Select(v => (Source: i, View: v))).ToList()
            : [];
        if (views.Count > 0)
        {
            Console.WriteLine($"  {mode.ToKeyword()} views: {views.Count} from {views.Select(v => v.Source).Distinct().Count()} texts "
                + $"({views.Count(v => v.View.Row.Attack)} of attacks; " + string.Join(", ", views.GroupBy(v => v.View.Row.Kind[(v.View.Row.Kind.LastIndexOf("/view+", StringComparison.Ordinal) + 6)..]).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}")) + ")");
        }
        bool ViewTrained(int source, int f) => fold[source] != f && fold[source] != -2 && !untrained[source];

        // Cross-validated logits: each text scored by a model that never saw it.
        var logits = new double[prepared.Count];
        var foldHeads = new InjectionModel.Head[Folds];
        for (var f = 0; f < Folds; f++)
        {
            var (weights, bias) = Fit(prepared.Where((_, i) => fold[i] != f && fold[i] != -2 && !untrained[i]).Concat(views.Where(v => ViewTrained(v.Source, f)).Select(v => v.View)));
            var head = foldHeads[f] = new InjectionModel.Head(weights, bias, 1, 0, 1, 0, window, stride);
            for (var i = 0; i < prepared.Count; i++)
            {
                if (fold[i] == f)
                {
                    logits[i] = Math.Max(InjectionModel.MaxWindowLogit(head, prepared[i].Row.Text, prepared[i].Evidence), VariantLogit(head, prepared[i].Row, mode));
                }
            }
        }
        // Texts in no fold (counter-examples every fold trains on) are not scored: the figures below leave them out.
        var scored = Enumerable.Range(0, prepared.Count).Where(i => fold[i] >= 0).ToArray();
        var labels = prepared.Select(p => p.Row.Attack).ToArray();
        foreach (var attack in new[] { false, true })
        {
            var q = scored.Where(i => labels[i] == attack).Select(i => logits[i]).Order().ToArray();
            Console.WriteLine($"  cv logits {(attack ? "attack" : "benign")}: " + string.Join(" ", new[] { 0.01, 0.1, 0.5, 0.9, 0.99, 0.998 }.Select(x => Format(q[(int)(x * (q.Length - 1))]))));
        }
        if (Environment.GetEnvironmentVariable("AIRS_TRAIN_VERBOSE") is not null)
        {
            foreach (var g in Enumerable.Range(0, prepared.Count).GroupBy(i => Group(prepared[i].Row)).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var q = g.Select(i => logits[i]).Order().ToArray();
                Console.WriteLine($"    {g.Key} (fold {foldOf[g.Key]}, {q.Length}): median {Format(q[q.Length / 2])}, max {Format(q[^1])}");
            }
        }
        // Diagnostics: each text's held-out-fold logit and strongest evidence, to study the trade-offs without retraining.
        if (Environment.GetEnvironmentVariable("AIRS_TRAIN_DUMP") is { } dump)
        {
            File.WriteAllLines($"{dump}-{mode.ToKeyword()}.tsv", scored.Select(i => (p: prepared[i], i)).Select(x => $"{(labels[x.i] ? 1 : 0)}\t{Group(x.p.Row)}\t{logits[x.i].ToString(CultureInfo.InvariantCulture)}\t{x.p.Evidence.Select(m => m.Score).DefaultIfEmpty(0).Max().ToString(CultureInfo.InvariantCulture)}\t{x.p.Row.Text.Replace('\t', ' ').Replace('\n', ' ')}"));
        }
        var (a, b) = Platt([.. scored.Select(i => logits[i])], [.. scored.Select(i => labels[i])]);
        var probabilities = logits.Select(z => 1.0 / (1.0 + Math.Exp(-(a * z + b)))).ToArray();

        var benign = scored.Where(i => !labels[i]).ToList();
        var attacks = scored.Where(i => labels[i]).ToList();
        var evidence = prepared.Select(p => p.Evidence.Select(m => m.Score).DefaultIfEmpty(0).Max()).ToArray();
        // Rules and scorer share one false-positive budget on held-out folds. For each level the weak rule evidence
        // needs from the scorer (0: the rules decide it alone; 1: it counts only through the scorer's own threshold),
        // the scorer's threshold spends what the rules leave of the budget; the level with the best recall within the
        // goal ships (the lowest false-positive rate when none is within it).
        // AIRS_TRAIN_POOL_BUDGETS=<source> (rule 2n, variant ii): that source's scored benign texts and the others each
        // keep to a budget of their own size, so one pool's many easy texts do not lower the rate the other is read at.
        var pooled = Environment.GetEnvironmentVariable("AIRS_TRAIN_POOL_BUDGETS");
        var pools = pooled is null ? [benign] : benign.GroupBy(i => prepared[i].Row.Source == pooled).Select(g => g.ToList()).ToList();
        var choices = new List<(double Level, double Threshold, double Recall, double Fpr)>();
        foreach (var level in new[] { 0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0 })
        {
            bool Alone(int i) => Injection.Decide(evidence[i], probabilities[i], threshold: 2, level);
            double PoolThreshold(List<int> pool)
            {
                var allowed = (int)Math.Floor(TargetFpr * pool.Count) - pool.Count(Alone);
                var scores = pool.Where(i => !Alone(i)).Select(i => probabilities[i]).OrderDescending().ToList();
                return allowed < 0 ? 1.0 : Math.Max(LogitFloor(b), allowed < scores.Count ? scores[allowed] + 1e-6 : 0.5);
            }
            var t = pools.Max(PoolThreshold);
            bool Found(int i) => Alone(i) || probabilities[i] >= t;
            choices.Add((level, t, (double)attacks.Count(Found) / attacks.Count, (double)benign.Count(Found) / benign.Count));
        }
        var withinGoal = choices.Where(c => c.Fpr <= GoalFpr).ToList();
        var shipped = withinGoal.Count > 0 ? withinGoal.MaxBy(c => c.Recall) : choices.MinBy(c => c.Fpr);
        var threshold = shipped.Threshold;
        var name = mode.ToKeyword();
        card[name] = new Dictionary<string, object>
        {
            ["texts"] = prepared.Count,
            ["attacks"] = attacks.Count,
            ["counterExamples"] = prepared.Count - scored.Length,
            ["windows"] = prepared.Sum(p => p.Windows.Count) + views.Sum(v => v.View.Windows.Count),
            ["windowTokens"] = window,
            ["windowStride"] = stride,
            ["plattA"] = Math.Round(a, 4),
            ["plattB"] = Math.Round(b, 4),
            ["threshold"] = Math.Round(threshold, 4),
            ["weakEvidenceLevel"] = shipped.Level,
            ["cvRecallScorer"] = Math.Round((double)attacks.Count(i => probabilities[i] >= threshold) / attacks.Count, 3),
            ["cvRecallFound"] = Math.Round(shipped.Recall, 3),
            ["cvFprFound"] = Math.Round(shipped.Fpr, 4),
            ["cvRecallRules"] = Math.Round((double)attacks.Count(i => evidence[i] >= Injection.Threshold) / attacks.Count, 3),
            ["cvFprRules"] = Math.Round((double)benign.Count(i => evidence[i] >= Injection.Threshold) / benign.Count, 4),
            ["cvByWeakEvidenceLevel"] = choices.ToDictionary(c => c.Level.ToString("F1", CultureInfo.InvariantCulture),
                c => $"recall {Format(c.Recall)}, fpr {c.Fpr.ToString("F4", CultureInfo.InvariantCulture)}, threshold {Format(c.Threshold)}"),
        };
        if (views.Count > 0)
        {
            ((Dictionary<string, object>)card[name])["trainedViews"] = views.Count;
        }
        if (CvVariants(mode))
        {
            ((Dictionary<string, object>)card[name])["cvVariants"] = true;
        }
        Console.WriteLine($"{name}: {JsonSerializer.Serialize(card[name])}");

        // The shipped decision on held-out folds, split by where a text comes from: the texts written before
        // gen_train_prompt8.py ("base") and the later parts' own, so that options adding texts are compared on the same texts.
        bool FoundAt(int i) => Injection.Decide(evidence[i], probabilities[i], threshold, shipped.Level);
        string Rate(IEnumerable<int> xs) { var l = xs.ToList(); return l.Count == 0 ? "-" : $"{l.Count(FoundAt)}/{l.Count} {((double)l.Count(FoundAt) / l.Count).ToString("F3", CultureInfo.InvariantCulture)}"; }
        {
            Console.WriteLine($"{name} split: base attacks {Rate(attacks.Where(i => !IsNew(prepared[i].Row)))}, base benign {Rate(benign.Where(i => !IsNew(prepared[i].Row)))}, "
                + $"new attacks {Rate(attacks.Where(i => IsNew(prepared[i].Row)))}, new benign {Rate(benign.Where(i => IsNew(prepared[i].Row)))}");
            if (Environment.GetEnvironmentVariable("AIRS_TRAIN_P8_FAMILIES") is not null)
            {
                Console.WriteLine($"{name} base by family: " + string.Join(", ", attacks.Where(i => !IsNew(prepared[i].Row)).GroupBy(i => prepared[i].Row.Family).OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => $"{g.Key} {g.Count(FoundAt)}/{g.Count()}")));
            }
        }

        if (extra.Count > 0)
        {
            // The same decision split by source: the texts of no listed extra generator ("base", the P8 sources left
            // out) by family, and each listed generator's own.
            bool IsBase(int i) => !extra.ContainsKey(prepared[i].Row.Source) && !IsNew(prepared[i].Row);
            Console.WriteLine($"{name} extra: base attacks {Rate(attacks.Where(IsBase))}, base benign {Rate(benign.Where(IsBase))}, "
                + string.Join(", ", extra.Keys.Select(k => $"{k} attacks {Rate(attacks.Where(i => prepared[i].Row.Source == k))}, {k} benign {Rate(benign.Where(i => prepared[i].Row.Source == k))}")));
            Console.WriteLine($"{name} extra base by family: " + string.Join(", ", attacks.Where(IsBase).GroupBy(i => prepared[i].Row.Family).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key} {g.Count(FoundAt)}/{g.Count()}")));
        }

        ChooseLengthDiscount(mode, prepared, fold, foldHeads, a, b, threshold, shipped.Level, card);

        // AIRS_TRAIN_READ_EVAL: a sweep fits the final head too, to score it on the read sets.
        var readSets = Environment.GetEnvironmentVariable("AIRS_TRAIN_READ_EVAL");
        if (PromptSweep && readSets is null)
        {
            return new InjectionModel.Head(new float[InjectionFeatures.Buckets], 0, (float)a, (float)b, (float)threshold, (float)shipped.Level, window, stride);
        }
        var (finalWeights, finalBias) = Fit(prepared.Concat(views.Select(v => v.View)));
        Console.WriteLine($"{name}: bias {finalBias}");
        var trained = new InjectionModel.Head(finalWeights, finalBias, (float)a, (float)b, (float)threshold, (float)shipped.Level, window, stride);
        if (readSets is not null)
        {
            ReadSetFigures(readSets, mode, trained);
        }
        if (Environment.GetEnvironmentVariable("AIRS_TRAIN_DUMP") is { } dumpFinal)
        {
            var final = new InjectionModel.Head(finalWeights, finalBias, 1, 0, 1, 0, window, stride);
            File.WriteAllLines($"{dumpFinal}-{mode.ToKeyword()}-insample.tsv", prepared.Select((p, i) => $"{(labels[i] ? 1 : 0)}\t{Group(p.Row)}\t{InjectionModel.MaxWindowLogit(final, p.Row.Text, p.Evidence).ToString(CultureInfo.InvariantCulture)}\t0\t{p.Row.Text.Replace('\t', ' ').Replace('\n', ' ')}"));
        }
        return trained;
    }

    /// <summary>
    /// <c>AIRS_TRAIN_READ_EVAL=path,path…</c> (diagnostic, rule 1w): the final head's figures on the READ confirmation
    /// sets' rows of this mode (design sets, never the unread ones) — found at the cross-validated threshold, and the
    /// false positives at the recall levels other thresholds reach, to compare trainer options on foreign text.
    /// </summary>
    private static void ReadSetFigures(string sets, InjectionMode mode, InjectionModel.Head head)
    {
        var model = new InjectionModel("read-eval", "", head, head);
        var rows = sets.Split(',').SelectMany(path => InjectionCorpus.Read(path).Select((r, line) => (Path: path, Line: line, Row: r))).Where(x => x.Row.Mode == mode).ToList();
        var scored = rows.Select(x =>
        {
            var evidence = Injection.Find(x.Row.Text, mode).RemoveAll(m => Injection.IsDecoded(m));
            var (strongest, p) = (Injection.MaxScore(evidence), model.Probability(x.Row.Text, mode, evidence));
            return (x.Row.Attack, Found: Injection.Decide(strongest, p, head.Threshold, head.WeakEvidenceLevel), Strong: strongest >= Injection.StrongEvidence, P: p, x.Row.Stratum);
        }).ToList();
        // AIRS_TRAIN_READ_EVAL_OUT=<file>: each row's verdict (set, line, label, found, probability), for figures by stratum.
        if (Environment.GetEnvironmentVariable("AIRS_TRAIN_READ_EVAL_OUT") is { } outPath)
        {
            File.WriteAllLines(outPath, rows.Zip(scored, (x, s) => $"{x.Path}\t{x.Line}\t{(s.Attack ? "attack" : "benign")}\t{(s.Found ? 1 : 0)}\t{s.P.ToString("F4", CultureInfo.InvariantCulture)}"));
        }
        int Count(bool attack, Func<(bool Attack, bool Found, bool Strong, double P, string Stratum), bool> f) => scored.Count(x => x.Attack == attack && f(x));
        var attacks = scored.Count(x => x.Attack);
        var benign = scored.Count - attacks;
        Console.WriteLine($"  read sets ({mode.ToKeyword()}): found recall {Count(true, x => x.Found)}/{attacks}, fp {Count(false, x => x.Found)}/{benign} (everyday {Count(false, x => x.Found && x.Stratum == "everyday")}, ai-security {Count(false, x => x.Found && x.Stratum == "ai-security")}) at threshold {Format(head.Threshold)}");
        foreach (var t in new[] { 0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995 })
        {
            Console.WriteLine($"    p >= {t}: recall {Count(true, x => x.Strong || x.P >= t)}/{attacks}, fp {Count(false, x => x.Strong || x.P >= t)}/{benign}");
        }
    }

    /// <summary>
    /// With <c>AIRS_TRAIN_CV_VARIANTS=1</c> (every head) or <c>=prompt</c> (a mode list; a diagnostic, and part 11's calibration): the strongest logit the fold's head gives a decoded variant
    /// of the text (the base64, hex, URL, reversed, normalised and ROT13 views the scan builds, scored by the fold's
    /// model instead of the shipped one), so that the held-out figures count what the runtime counts — its probability
    /// is the higher of the text's and its variants'. Otherwise, and when there is no variant, −∞. Not the default: Platt scaling fitted
    /// on these logits moved the weak-evidence level (logit 1.94 → 1.70) and a hand-written extraction test in
    /// tests/Airs.Runtime.AspNetCore.Tests was refused by the injection guard before the extraction guard.
    /// </summary>
    private static double VariantLogit(InjectionModel.Head head, CorpusText row, InjectionMode mode)
    {
        if (!CvVariants(mode))
        {
            return double.NegativeInfinity;
        }
        // Threshold 0: every variant the scan scores comes back as a verdict, with σ(logit) as its score.
        var open = head with { PlattA = 1, PlattB = 0, Threshold = 0 };
        var best = double.NegativeInfinity;
        foreach (var m in FindWithVariantsOf(new InjectionModel("cv", "", open, open), row.Text, mode))
        {
            if (Injection.IsDecoded(m))
            {
                var p = Math.Clamp(m.Score, 1e-15, 1 - 1e-15);
                best = Math.Max(best, Math.Log(p / (1 - p)));
            }
        }
        return best;
    }

    /// <summary>The scan's evidence, with the decoded and rewritten views scored by <paramref name="model"/> instead of the shipped one.</summary>
    private static ImmutableArray<DetectorMatch> FindWithVariantsOf(InjectionModel model, string text, InjectionMode mode)
    {
        Injection.VariantModel = model;
        try
        {
            return Injection.Find(text, mode);
        }
        finally
        {
            Injection.VariantModel = null;
        }
    }

    /// <summary>Whether <c>AIRS_TRAIN_CV_VARIANTS</c> is <c>1</c> (every head) or a comma-separated list of modes naming this head (e.g. <c>prompt</c>).</summary>
    private static bool CvVariants(InjectionMode mode) => Environment.GetEnvironmentVariable("AIRS_TRAIN_CV_VARIANTS") is { } v
        && (v == "1" || v.Split(',', StringSplitOptions.RemoveEmptyEntries).Contains(mode.ToKeyword()));

    /// <summary>
    /// The trainer options that change the model beyond the data (issue 20 part 11), as "name=value" lines, empty when none
    /// is set: they enter the version id with the data's hash, so that one train.jsonl trained two ways gives two versions.
    /// </summary>
    private static string ModelOptions() => string.Concat(new[] { "AIRS_TRAIN_VIEWS", "AIRS_TRAIN_VIEW_KINDS", "AIRS_TRAIN_CV_VARIANTS", "AIRS_TRAIN_WINDOW_CONTENT", "AIRS_TRAIN_RULE_DROPOUT", "AIRS_TRAIN_LOGIT_FLOOR", "AIRS_TRAIN_READ_WEIGHT", "AIRS_TRAIN_EVERYDAY_WEIGHT", "AIRS_TRAIN_READ_PROMPT_WEIGHT", "AIRS_TRAIN_EVERYDAY_LINKS", "AIRS_TRAIN_EXTRA", "AIRS_TRAIN_POOL_BUDGETS" }
        .Where(n => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(n))).Select(n => $"{n}={Environment.GetEnvironmentVariable(n)}\n"));

    /// <summary>Whether <c>AIRS_TRAIN_VIEWS</c> (a comma-separated list of modes, e.g. <c>prompt</c>) names this head.</summary>
    private static bool TrainsViews(InjectionMode mode) =>
        (Environment.GetEnvironmentVariable("AIRS_TRAIN_VIEWS") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Contains(mode.ToKeyword());

    /// <summary>
    /// The views of a text that the runtime's scan scores besides the text (issue 20 part 11): decoded base64, hex and
    /// URL payloads, and the normalised (leetspeak, spaced letters), reversed and ROT13 views of its windows — collected
    /// from <see cref="Injection.Find(string, InjectionMode)"/> itself through <c>Injection.ViewSink</c>, so they are the
    /// runtime normaliser's and decoders' own, not a copy. Each is prepared as the scorer reads it there: a payload with
    /// the rules' evidence on it, any other view alone. Labelled as the text (an attack's views are attacks, a benign
    /// text's benign), kind "view" + the label's suffix; views the scorer would not read (too short) are skipped.
    /// </summary>
    private static List<Prepared> Views(CorpusText row, InjectionMode mode)
    {
        var seen = new List<(string Text, string Label, ImmutableArray<DetectorMatch> Evidence)>();
        Injection.ViewSink = (text, label, evidence) => seen.Add((text, label, evidence));
        try
        {
            Injection.Find(row.Text, mode);
        }
        finally
        {
            Injection.ViewSink = null;
        }
        var views = new List<Prepared>();
        foreach (var (text, label, evidence) in seen.DistinctBy(v => (v.Text, v.Label)))
        {
            var suffix = label[(label.IndexOf('+') + 1)..];
            // AIRS_TRAIN_VIEW_KINDS=<normalized,reversed,rot13,base64,hex,url…>: only those views, for sweeps (every kind unless set).
            if (!InjectionModel.Readable(text) || text == row.Text
                || Environment.GetEnvironmentVariable("AIRS_TRAIN_VIEW_KINDS") is { } kinds && !kinds.Split(',').Contains(suffix))
            {
                continue;
            }
            var viewRow = row with { Text = text, Payload = null, Kind = row.Kind + "/view+" + suffix };
            views.Add(Prepare(viewRow, mode, evidence.RemoveAll(m => Injection.IsDecoded(m))));
        }
        return views;
    }

    /// <summary>
    /// How <see cref="InjectionModel.DiscountStep"/> is chosen: long documents read by models that never saw their texts.
    /// For each fold, 60 documents of 4, 16, 32 and 64 KB built from that fold's held-out benign texts alone, and as
    /// many with one of its held-out attacks in the middle, scored by the fold's head with the shipped decision at each
    /// discount step. Content: the smallest step at which no size flags more than the false-positive goal is chosen.
    /// Prompt (rule 2n): the smallest at which what the scorer adds to the rule evidence stays within it. The card
    /// records it and the figures, and a step other than the runtime's is reported. The scorer's views (decoded and
    /// rewritten variants) are scored at the runtime's step, so a step is only what it says when the runtime has it.
    /// </summary>
    private static void ChooseLengthDiscount(InjectionMode mode, List<Prepared> prepared, int[] fold, InjectionModel.Head[] heads, double plattA, double plattB,
        double threshold, double level, Dictionary<string, object> card)
    {
        var steps = Enumerable.Range(0, 21).Select(k => k * 0.05).ToArray();
        var sizes = new[] { 4 * 1024, 16 * 1024, 32 * 1024, 64 * 1024 };
        var (found, flagged) = (new int[sizes.Length, steps.Length], new int[sizes.Length, steps.Length]);
        // Benign long texts flagged at a step that their rule evidence would not flag alone: what the scorer adds.
        var added = new int[sizes.Length, steps.Length];
        var viewsAdded = new int[sizes.Length, steps.Length];
        var documents = 0;
        // Each fold's head calibrated as the shipped one will be; the scan scores decoded and rewritten views with it.
        var calibrated = heads.Select(h => h with { PlattA = (float)plattA, PlattB = (float)plattB, Threshold = (float)threshold, WeakEvidenceLevel = (float)level }).ToArray();
        var variants = calibrated.Select(h => new InjectionModel("fold", "", h, h)).ToArray();
        for (var f = 0; f < Folds; f++)
        {
            var benign = prepared.Where((p, i) => fold[i] == f && !p.Row.Attack).Select(p => p.Row.Text).ToList();
            var attacks = prepared.Where((p, i) => fold[i] == f && p.Row.Attack).Select(p => p.Row.Text).ToList();
            if (benign.Count == 0 || attacks.Count == 0)
            {
                continue;
            }
            var random = new Random(Seed + f);
            var chosen = attacks.OrderBy(_ => random.Next()).Take(60).ToList();
            documents += chosen.Count;
            for (var s = 0; s < sizes.Length; s++)
            {
                var (padded, clean) = LongDocumentQuality.Build(benign, chosen, sizes[s], random);
                foreach (var (text, attack) in padded.Select(t => (t, true)).Concat(clean.Select(t => (t, false))))
                {
                    // The decoded and rewritten views the scan scores, read by the fold's model (at the runtime's step).
                    var all = FindWithVariantsOf(variants[f], text, mode);
                    var evidence = all.RemoveAll(m => Injection.IsDecoded(m));
                    var logit = InjectionModel.MaxWindowLogit(calibrated[f], text, evidence);
                    var rulesAlone = Injection.Decide(Injection.MaxScore(evidence), probability: 0, threshold: 2, level);
                    var byViews = Injection.Decide(Injection.MaxScore(evidence), Injection.DecodedProbability(all), threshold, level);
                    for (var k = 0; k < steps.Length; k++)
                    {
                        var probability = Math.Max(Injection.DecodedProbability(all),
                            InjectionModel.Calibrate(calibrated[f], logit - InjectionModel.LengthDiscount(text.Length, steps[k])));
                        if (Injection.Decide(Injection.MaxScore(evidence), probability, threshold, level))
                        {
                            (attack ? found : flagged)[s, k]++;
                            if (!attack && !rulesAlone)
                            {
                                added[s, k]++;
                                viewsAdded[s, k] += byViews ? 1 : 0;
                            }
                        }
                    }
                }
            }
        }
        // Content: no size flags more than the goal. Prompt (rule 2n): a long prompt is many prompts whose rule evidence
        // recurs through it, which no step removes, so the step holds what the scorer adds to that to the goal.
        var counted = mode == InjectionMode.Prompt ? added : flagged;
        var within = Enumerable.Range(0, steps.Length).Where(k => Enumerable.Range(0, sizes.Length).All(s => counted[s, k] <= GoalFpr * documents)).ToList();
        string Figures(int k) => string.Join(", ", sizes.Select((size, s) => $"{size / 1024} KB {found[s, k]}/{flagged[s, k]} ({added[s, k]} by the scorer, {viewsAdded[s, k]} of them by its views)"));
        var runtime = Array.IndexOf(steps, InjectionModel.DiscountStep(mode));
        foreach (var k in new[] { 0, runtime, within.Count > 0 ? within[0] : steps.Length - 1 }.Where(k => k >= 0).Distinct())
        {
            Console.WriteLine($"  held-out long {mode.ToKeyword()} texts ({documents} of each size), step {steps[k]:F2}: found attacks / flagged benign {Figures(k)}");
        }
        var head = (Dictionary<string, object>)card[mode.ToKeyword()];
        if (within.Count == 0)
        {
            // No step up to 1 holds the goal: what flags these texts is not the scorer's many windows (rule evidence that
            // recurs through a long text, views), so no step is chosen and the runtime's is reported as it stands.
            head["lengthDiscount"] = $"no step of 0-{steps[^1]:F2} holds the goal; at the runtime step {steps[runtime]:F2}: {Figures(runtime)} of {documents} each";
            Console.WriteLine($"  note: no length-discount step holds long {mode.ToKeyword()} texts to the false-positive goal");
            return;
        }
        head["lengthDiscount"] = $"step {steps[within[0]]:F2}: {Figures(within[0])} of {documents} each";
        if (within[0] != runtime)
        {
            Console.WriteLine($"  note: the held-out folds choose a length-discount step of {steps[within[0]]:F2}; the runtime's InjectionModel.DiscountStep is {InjectionModel.DiscountStep(mode):F2}");
        }
    }

    internal static bool RulesFound(ImmutableArray<DetectorMatch> evidence) => Injection.MaxScore(evidence) >= Injection.Threshold;

    // The later parts' rows that AIRS_TRAIN_P8 places in the folds: gen_train_prompt8.py's (part 8) and
    // gen_train_prompt9.py's (part 9, benign prompts only) and gen_train_prompt10.py's (part 10, short benign prompts); AIRS_TRAIN_NEW_SOURCES=<source,…> narrows it for sweeps.
    private static readonly string[] NewSources = (Environment.GetEnvironmentVariable("AIRS_TRAIN_NEW_SOURCES") ?? "gen_train_prompt8,gen_train_prompt9,gen_train_prompt10").Split(',');

    private static bool IsNew(CorpusText row) => NewSources.Contains(row.Source);

    // AIRS_TRAIN_P8_WEIGHT: the weight of gen_train_prompt8.py's attack windows (1 unless set), for sweeps.
    /// <summary>The weight of each window of the read confirmation sets' documents (<c>AIRS_TRAIN_READ_WEIGHT</c>, rule 1u).</summary>
    private static readonly float ReadWeight = float.TryParse(Environment.GetEnvironmentVariable("AIRS_TRAIN_READ_WEIGHT"), CultureInfo.InvariantCulture, out var rw) ? rw : 1f;

    /// <summary>The weight of each window of the everyday documents (<c>AIRS_TRAIN_EVERYDAY_WEIGHT</c>, rule 1x).</summary>
    private static readonly float EverydayWeight = float.TryParse(Environment.GetEnvironmentVariable("AIRS_TRAIN_EVERYDAY_WEIGHT"), CultureInfo.InvariantCulture, out var ew) ? ew : 1f;

    /// <summary>The weight of each window of the read confirmation sets' prompt attacks (<c>AIRS_TRAIN_READ_PROMPT_WEIGHT</c>, rule 2c).</summary>
    private static readonly float ReadPromptWeight = float.TryParse(Environment.GetEnvironmentVariable("AIRS_TRAIN_READ_PROMPT_WEIGHT"), CultureInfo.InvariantCulture, out var rp) ? rp : 1f;

    /// <summary>
    /// <c>AIRS_TRAIN_EVERYDAY_LINKS=drop</c> (rule 2e): an everyday document's windows that hold a word of the link class
    /// are left out, so those documents teach nothing about links.
    /// </summary>
    private static readonly bool DropEverydayLinks = Environment.GetEnvironmentVariable("AIRS_TRAIN_EVERYDAY_LINKS") == "drop";

    private const byte LinkConcept = 19;

    private static bool HoldsLinkWord(string text, CollectSink sink, int first, int last)
    {
        for (var t = first; t < last; t++)
        {
            var word = text.AsSpan(sink.Starts[t], sink.Ends[t] - sink.Starts[t]);
            var stem = word[..Math.Min(word.Length, InjectionConcepts.StemChars)];
            if (InjectionConcepts.Of(InjectionConcepts.Hash(word), InjectionConcepts.Hash(stem), word.Length) == LinkConcept)
            {
                return true;
            }
        }
        return false;
    }

    private static readonly float NewAttackWeight = float.TryParse(Environment.GetEnvironmentVariable("AIRS_TRAIN_P8_WEIGHT"), CultureInfo.InvariantCulture, out var nw) ? nw : 1f;

    /// <summary>Where a cross-validation sweep puts a row of an added generator (<c>AIRS_TRAIN_P8</c>, <c>AIRS_TRAIN_EXTRA</c>).</summary>
    internal enum SweepPlacement { InItsGroup, LeftOut, EveryFold, ScoredOnly }

    /// <summary>
    /// A row's fold (−2: left out; −1: every fold trains on it and none scores it) and whether no fold trains on it, once a
    /// sweep placement moves it; <paramref name="grouped"/> is its group's fold. A scored-only row goes to its group's fold
    /// whatever it was before: a counter-example source's benign rows start at −1, and "eval" once left them there,
    /// trained in no fold and scored in none.
    /// </summary>
    internal static (int Fold, bool Untrained) Placed(SweepPlacement placement, int grouped, bool untrained) => placement switch
    {
        SweepPlacement.LeftOut => (-2, untrained),
        SweepPlacement.EveryFold => (-1, untrained),
        SweepPlacement.ScoredOnly => (grouped, true),
        _ => (grouped, untrained),
    };

    /// <summary>
    /// "off": left out; "eval": scored on the folds, trained on in none; "attacks" / "train-attacks": its benign texts left
    /// out; "benign-…": its attacks left out; "train" / "train-attacks": trained in every fold, scored in none;
    /// "counter" / "benign-counter": its benign texts so; anything else ("kinds"): in its group like any row.
    /// </summary>
    internal static SweepPlacement Placement(string how, bool attack) => how switch
    {
        "off" => SweepPlacement.LeftOut,
        "attacks" or "train-attacks" when !attack => SweepPlacement.LeftOut,
        _ when how.StartsWith("benign", StringComparison.Ordinal) && attack => SweepPlacement.LeftOut,
        "train" or "train-attacks" => SweepPlacement.EveryFold,
        "counter" or "benign-counter" when !attack => SweepPlacement.EveryFold,
        "eval" => SweepPlacement.ScoredOnly,
        _ => SweepPlacement.InItsGroup,
    };

    /// <summary>The head's window and stride; <c>AIRS_TRAIN_WINDOW_CONTENT=12,4</c> overrides the content head's for sweeps.</summary>
    private static (int Window, int Stride) TrainWindows(InjectionMode mode) =>
        mode == InjectionMode.Content && Environment.GetEnvironmentVariable("AIRS_TRAIN_WINDOW_CONTENT") is { } w
            ? (int.Parse(w.Split(',')[0], CultureInfo.InvariantCulture), int.Parse(w.Split(',')[1], CultureInfo.InvariantCulture))
            : InjectionModel.WindowsFor(mode);

    /// <summary>
    /// The lowest threshold the scorer may ship with: the calibrated probability of a raw logit of 0 (the model's own
    /// even odds), or 0.5. Counter-examples (trained in every fold, scored in none) lower the held-out benign scores,
    /// so a threshold read off them alone fell with each batch added (content: logit 0.67 → −0.78 with 748 hard
    /// documents) and unseen kinds crossed it; the floor keeps the calibration from flagging a window the model itself
    /// scores as more likely benign. Off unless <c>AIRS_TRAIN_LOGIT_FLOOR=on</c>: with the hard documents it held their
    /// threshold up but took as much recall as it saved false positives (docs/detectors-log.md, *Hard documents*).
    /// </summary>
    private static double LogitFloor(double b) =>
        Environment.GetEnvironmentVariable("AIRS_TRAIN_LOGIT_FLOOR") != "on" ? 0.5 : Math.Max(0.5, 1.0 / (1.0 + Math.Exp(-b)));

    private static bool PromptSweep => Environment.GetEnvironmentVariable("AIRS_TRAIN_HEADS") is "prompt" or "content";

    private static string Group(CorpusText row) => row.Attack ? "attack/" + row.Family : "benign/" + row.Kind;

    /// <summary>
    /// The windows the scorer reads, labelled: every window of a benign text is benign; of an attack with a known
    /// payload span, windows holding most of the payload are attacks, windows holding none of it are benign (the
    /// carrier document), and the rest are left out; an attack without a span (a prompt) is an attack in every window.
    /// </summary>
    private static Prepared Prepare(CorpusText row, InjectionMode mode, ImmutableArray<DetectorMatch>? viewEvidence = null)
    {
        // Rule evidence only: the scorer's verdicts on decoded variants come from the shipped model, not from training.
        // A view (AIRS_TRAIN_VIEWS) comes with the evidence the scan scores it with.
        var evidence = viewEvidence ?? Injection.Find(row.Text, mode).RemoveAll(m => Injection.IsDecoded(m));
        var sink = new CollectSink();
        InjectionFeatures.Extract(row.Text, ref sink);
        var n = sink.Starts.Count;
        var (window, stride) = TrainWindows(mode);
        var spans = InjectionModel.Windows(n, window, stride).ToList();
        var payloadTokens = row.Payload is { } p ? Enumerable.Range(0, n).Where(t => sink.Starts[t] < p.Start + p.Length && sink.Ends[t] > p.Start).ToHashSet() : null;
        var windows = new List<Window>();
        var inside = spans.Select(s => payloadTokens is null ? 0 : Enumerable.Range(s.First, s.Last - s.First).Count(payloadTokens.Contains)).ToList();
        var best = inside.Count == 0 ? 0 : inside.Max();
        for (var w = 0; w < spans.Count; w++)
        {
            var (first, last) = spans[w];
            float label;
            float weight = 1;
            if (!row.Attack)
            {
                var everyday = row.Source.StartsWith("gen_train_everyday_", StringComparison.Ordinal);
                if (everyday && DropEverydayLinks && HoldsLinkWord(row.Text, sink, first, last))
                {
                    continue;
                }
                (label, weight) = (0, row.Source.StartsWith("read_confirm_", StringComparison.Ordinal) ? ReadWeight
                    : everyday ? EverydayWeight : 1);
            }
            else if (payloadTokens is null || payloadTokens.Count == 0)
            {
                (label, weight) = (1, (float)(1 / Math.Sqrt(spans.Count)));
                if (IsNew(row))
                {
                    weight *= NewAttackWeight;
                }
                if (row.Source == "read_prompts")
                {
                    weight *= ReadPromptWeight;
                }
            }
            else if (inside[w] == best || inside[w] >= Math.Min(0.6 * payloadTokens.Count, 0.5 * window))
            {
                label = 1;
            }
            else if (inside[w] == 0)
            {
                label = 0;
            }
            else
            {
                continue;
            }
            var buckets = new List<int>();
            var values = new List<float>();
            var from = n == 0 ? 0 : sink.TokenOffsets[first];
            var to = last == n ? sink.Buckets.Count : sink.TokenOffsets[last];
            var scale = InjectionModel.Scale(last - first);
            for (var k = from; k < to; k++)
            {
                buckets.Add(sink.Buckets[k]);
                values.Add(scale);
            }
            var (start, end) = n <= window ? (0, int.MaxValue) : (sink.Starts[first], sink.Ends[last - 1]);
            var words = buckets.Count;
            foreach (var m in evidence.Where(m => m.Start < end && m.End > start))
            {
                buckets.Add(InjectionFeatures.RuleBucket(m.Label));
                values.Add((float)m.Score);
                buckets.Add(InjectionFeatures.AnyRuleBucket);
                values.Add((float)m.Score);
            }
            if (buckets.Count > words && RuleDropout > 0)
            {
                // Rule dropout: part of the window's weight goes to a copy without the rules' evidence, so that the
                // words keep carrying the label and an attack no rule names is not left to weights the rules took.
                windows.Add(new Window([.. buckets.Take(words)], [.. values.Take(words)], label, (float)(weight * RuleDropout)));
                weight *= (float)(1 - RuleDropout);
            }
            windows.Add(new Window([.. buckets], [.. values], label, weight));
        }
        return new Prepared(row, evidence, windows);
    }

    /// <summary>Logistic regression, L2, AdaGrad; the windows in a seeded order each epoch.</summary>
    private static (float[] Weights, float Bias) Fit(IEnumerable<Prepared> texts)
    {
        var windows = texts.SelectMany(t => t.Windows).ToArray();
        var weights = new double[InjectionFeatures.Buckets];
        var squares = new double[InjectionFeatures.Buckets];
        double bias = 0, biasSquares = 0;
        var random = new Random(Seed);
        var order = Enumerable.Range(0, windows.Length).ToArray();
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var w = windows[index];
                var z = bias;
                for (var k = 0; k < w.Buckets.Length; k++)
                {
                    z += weights[w.Buckets[k]] * w.Values[k];
                }
                var g = (1.0 / (1.0 + Math.Exp(-z)) - w.Label) * w.Weight;
                biasSquares += g * g;
                bias -= LearningRate * g / (Math.Sqrt(biasSquares) + 1e-8);
                for (var k = 0; k < w.Buckets.Length; k++)
                {
                    var j = w.Buckets[k];
                    var grad = g * w.Values[k] + L2 * weights[j];
                    squares[j] += grad * grad;
                    weights[j] -= LearningRate * grad / (Math.Sqrt(squares[j]) + 1e-8);
                }
            }
        }
        return ([.. weights.Select(x => (float)x)], (float)bias);
    }

    /// <summary>
    /// Platt scaling: the slope and intercept that make σ(a·z + b) a calibrated probability — Newton's method with
    /// backtracking on Platt's smoothed targets, as in Lin, Lin and Weng's note on Platt's algorithm.
    /// </summary>
    private static (double A, double B) Platt(double[] z, bool[] label)
    {
        var positives = label.Count(l => l);
        var negatives = label.Length - positives;
        var hi = (positives + 1.0) / (positives + 2.0);
        var lo = 1.0 / (negatives + 2.0);
        double Loss(double a, double b)
        {
            var loss = 0.0;
            for (var i = 0; i < z.Length; i++)
            {
                var f = a * z[i] + b;
                var t = label[i] ? hi : lo;
                // −[t log σ(f) + (1 − t) log(1 − σ(f))], written so that no exp overflows.
                loss += f >= 0 ? t * Math.Log(1 + Math.Exp(-f)) + (1 - t) * (f + Math.Log(1 + Math.Exp(-f)))
                    : t * (-f + Math.Log(1 + Math.Exp(f))) + (1 - t) * Math.Log(1 + Math.Exp(f));
            }
            return loss;
        }
        double a0 = 1, b0 = 0;
        var current = Loss(a0, b0);
        for (var iteration = 0; iteration < 100; iteration++)
        {
            double ga = 0, gb = 0, haa = 1e-12, hab = 0, hbb = 1e-12;
            for (var i = 0; i < z.Length; i++)
            {
                var p = 1.0 / (1.0 + Math.Exp(-(a0 * z[i] + b0)));
                var t = label[i] ? hi : lo;
                var d = p * (1 - p);
                ga += (p - t) * z[i];
                gb += p - t;
                haa += d * z[i] * z[i];
                hab += d * z[i];
                hbb += d;
            }
            var det = haa * hbb - hab * hab;
            var da = -(hbb * ga - hab * gb) / det;
            var db = -(haa * gb - hab * ga) / det;
            var step = 1.0;
            while (step > 1e-10 && Loss(a0 + step * da, b0 + step * db) > current + 1e-4 * step * (ga * da + gb * db))
            {
                step /= 2;
            }
            if (step <= 1e-10)
            {
                break;
            }
            (a0, b0) = (a0 + step * da, b0 + step * db);
            var next = Loss(a0, b0);
            if (Math.Abs(current - next) < 1e-9 * Math.Max(1, current))
            {
                break;
            }
            current = next;
        }
        return (a0, b0);
    }

    /// <summary>Every feature bucket in order, with where each token's features start and the token's span.</summary>
    private struct CollectSink() : IFeatureSink
    {
        public readonly List<int> Buckets = [];
        public readonly List<int> TokenOffsets = [];
        public readonly List<int> Starts = [];
        public readonly List<int> Ends = [];

        public readonly void Token(int start, int end)
        {
            TokenOffsets.Add(Buckets.Count);
            Starts.Add(start);
            Ends.Add(end);
        }

        public readonly float Feature(int bucket)
        {
            Buckets.Add(bucket);
            return 0;
        }

        public readonly void Close(float weight)
        {
        }
    }

    public static string Format(double x) => x.ToString("F3", CultureInfo.InvariantCulture);
}
