using Airs.Runtime.Detectors;
using BenchmarkDotNet.Attributes;

namespace Airs.Benchmarks.Detectors;

/// <summary>
/// The injection rules' literal gate (<see cref="LiteralGate"/>) on 2 KB views: which rules may match, decided by one
/// pass over the view's letters. Its cost is paid before any rule runs, so it must stay small beside them.
/// </summary>
[MemoryDiagnoser]
public class LiteralGateBenchmarks
{
    private static readonly UInt128 EveryRule = Enumerable.Range(0, InjectionRules.All.Length).Aggregate(UInt128.Zero, (mask, i) => mask | UInt128.One << i);

    private string _prose = "";
    private string _french = "";

    [GlobalSetup]
    public void Setup()
    {
        // The views the gate reads: normalised, as Injection hands them over.
        using var prose = NormalizedText.Create(SampleText.OfLength(2048, SampleText.Kind.Prose));
        using var french = NormalizedText.Create(SampleText.OfLength(2048, SampleText.Kind.French));
        _prose = prose.Span.ToString();
        _french = french.Span.ToString();
    }

    [Benchmark] public UInt128 Prose() => Injection.Gate.Admit(_prose, EveryRule);

    [Benchmark] public UInt128 French() => Injection.Gate.Admit(_french, EveryRule);
}
