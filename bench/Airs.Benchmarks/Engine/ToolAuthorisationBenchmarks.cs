using Airs.Runtime.Decisions;
using BenchmarkDotNet.Attributes;

namespace Airs.Benchmarks.Engine;

/// <summary>
/// The Cedar comparison's workload (bench/compare/cedar/workload.airs: 3 grants, a delegation, 6 guards on agent
/// and tool attributes), compiled, one decision per call over its 4 rotating requests.
/// </summary>
[MemoryDiagnoser]
public class ToolAuthorisationBenchmarks
{
    private EnginePolicies _engines = null!;
    private Workloads.ToolRequest[] _requests = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _engines = EnginePolicies.FromText(Workloads.Workloads.ToolAuthPolicyPath, null);
        _requests = [.. Workloads.Workloads.ToolRequests()];
    }

    [GlobalCleanup]
    public void Cleanup() => _engines.Dispose();

    [Benchmark]
    public Outcome Decide()
    {
        var request = _requests[_next++ & 3];
        return _engines.Compiled.Evaluate(Stage.ToolCall, request.Context, EvaluationOptions.Default).Outcome;
    }
}
