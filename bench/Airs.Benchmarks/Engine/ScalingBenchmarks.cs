using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using BenchmarkDotNet.Attributes;

namespace Airs.Benchmarks.Engine;

/// <summary>The guardrail pass (4 standard packs, input + output, compiled) on a clean message of 1 KB to 1 MB: linear?</summary>
[MemoryDiagnoser]
public class MessageSizeScalingBenchmarks
{
    private EnginePolicies _engines = null!;
    private RequestContext _context = null!;

    [Params(1024, 16 * 1024, 256 * 1024, 1024 * 1024)]
    public int Bytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _engines = EnginePolicies.FromText("guardrail_pass.airs", Workloads.Workloads.GuardrailPolicy);
        var text = Workloads.Workloads.CleanMessage(Bytes);
        _context = new RequestContext { InputText = text, OutputText = text };
    }

    [GlobalCleanup]
    public void Cleanup() => _engines.Dispose();

    [Benchmark]
    public Outcome InputAndOutput() =>
        OutcomeLattice.Join(_engines.Compiled.Evaluate(Stage.Input, _context, EvaluationOptions.Default).Outcome,
            _engines.Compiled.Evaluate(Stage.Output, _context, EvaluationOptions.Default).Outcome);
}

/// <summary>10, 100 and 1,000 input guards (none fires) on a 2 KB message, compiled: 10× controls should cost ≤ 2× time.</summary>
[MemoryDiagnoser]
public class ControlCountScalingBenchmarks
{
    private EnginePolicies _engines = null!;
    private RequestContext _context = null!;

    [Params(10, 100, 1000)]
    public int Controls { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _engines = EnginePolicies.FromText("many_controls.airs", Workloads.Workloads.ManyControlsPolicy(Controls));
        _context = new RequestContext { InputText = Workloads.Workloads.CleanMessage(2048), UserRoles = ["customer"] };
    }

    [GlobalCleanup]
    public void Cleanup() => _engines.Dispose();

    [Benchmark]
    public Outcome Input() => _engines.Compiled.Evaluate(Stage.Input, _context, EvaluationOptions.Default).Outcome;
}
