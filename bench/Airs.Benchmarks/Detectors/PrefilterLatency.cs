using System.Text.Json;
using Airs.Benchmarks.Compare;
using Airs.Runtime.Detectors;

namespace Airs.Benchmarks.Detectors;

/// <summary>
/// The injection prefilter's scan and the whole rule scan (<see cref="Injection.Find(string)"/>) over a 2 KB message
/// (the pass's clean paragraph, or ordinary prose: <see cref="SampleText.Kind"/>), call by call: where the injection
/// half of the guardrail pass goes. <c>ruleChars</c> is the work the rules are given: each window's length times the
/// rules it selects, summed; <c>rulesAdmitted</c> how many of those the literal gate lets run (<see cref="LiteralGate"/>).
/// </summary>
internal static class PrefilterLatency
{
    public static int Run(int calls, SampleText.Kind kind)
    {
        var text = SampleText.OfLength(2048, kind);
        var windows = new List<InjectionWindow>();
        var payloads = new List<(int Start, int Length)>();
        void Scan()
        {
            windows.Clear();
            payloads.Clear();
            Injection.Prefilter.Scan(text, windows, payloads);
        }
        var scan = Time(calls, Scan);
        var views = windows.Select(w => NormalizedText.Create(text.AsSpan(w.Start, w.End - w.Start))).ToArray();
        var admitted = windows.Select((w, i) => Injection.Gate.Admit(views[i].Span, w.Forward)).ToArray();
        var gate = Time(calls, () =>
        {
            for (var i = 0; i < views.Length; i++)
            {
                Injection.Gate.Admit(views[i].Span, windows[i].Forward);
            }
        });
        var find = Time(calls, () => Injection.Find(text));
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            calls,
            text = kind.ToString(),
            windows = windows.Count,
            windowChars = windows.Sum(w => w.End - w.Start),
            rulesSelected = windows.Sum(w => (int)UInt128.PopCount(w.Forward)),
            ruleChars = windows.Sum(w => (long)(w.End - w.Start) * (int)UInt128.PopCount(w.Forward)),
            rulesAdmitted = admitted.Sum(a => (int)UInt128.PopCount(a)),
            admittedLabels = admitted.SelectMany(a => Enumerable.Range(0, 128).Where(i => ((a >> i) & 1) != 0).Select(i => i + ":" + InjectionRules.All[i].Label)),
            payloads = payloads.Count,
            scanMedianNs = scan.Median,
            scanMinNs = scan.Min,
            gateMedianNs = gate.Median,
            findMedianNs = find.Median,
            findMinNs = find.Min,
        }));
        return 0;
    }

    private static (double Median, double Min) Time(int calls, Action action)
    {
        for (var i = 0; i < calls / 4 + 10_000; i++)
        {
            action();
        }
        var samples = Timing.SortedSamples(calls, action);
        return (Timing.Quantile(samples, 0.5), samples[0]);
    }
}
