using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using BenchmarkDotNet.Attributes;

namespace Airs.Benchmarks.Engine;

/// <summary>
/// What the emitted code itself costs when nothing fires: guards built only from regexes, string sets,
/// comparisons and tool arguments (no seed detector, whose own allocations would hide the evaluator's).
/// The compiled evaluator should show 0 B allocated.
/// </summary>
[MemoryDiagnoser]
public class NothingFiresBenchmarks
{
    public const string Policy = """
        policy quiet {
          version "1.0.0"
          tier medium
          guard injection_phrase on input {
            when input.text matches /ignore (all|any|previous) instructions/i or input.text contains "SB-CANARY"
            block "No."
          }
          guard admin_only on input {
            when "admin" in user.roles and not (user.id in ["alice", "bob", "carol"])
            flag "unexpected admin"
          }
          guard long_input on input {
            mode detect
            when len(input.text) > 4000 or session.id == ""
            flag
          }
        }
        """;

    private EnginePolicies _engines = null!;
    public static readonly RequestContext Context = new()
    {
        InputText = "What is the limit on contactless payments, and can I raise it for a trip abroad next month?",
        UserId = "dave",
        UserRoles = ["customer"],
        SessionId = "s-1",
    };

    [GlobalSetup]
    public void Setup() => _engines = EnginePolicies.FromText("quiet.airs", Policy);

    [GlobalCleanup]
    public void Cleanup() => _engines.Dispose();

    [Benchmark(Baseline = true)]
    public Evaluation InterpretedUnoptimised() => _engines.Unoptimised.Evaluate(Stage.Input, Context, EvaluationOptions.Default);

    [Benchmark]
    public Evaluation Interpreted() => _engines.Interpreted.Evaluate(Stage.Input, Context, EvaluationOptions.Default);

    [Benchmark]
    public Evaluation Compiled() => _engines.Compiled.Evaluate(Stage.Input, Context, EvaluationOptions.Default);
}
