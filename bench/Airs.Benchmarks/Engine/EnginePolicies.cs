using Airs.Compiler.Binding;
using Airs.Compiler.Emit;
using Airs.Compiler.Interpretation;
using Airs.Compiler.Lowering;
using Airs.Runtime.Decisions;

namespace Airs.Benchmarks.Engine;

/// <summary>
/// Loads a policy both ways: the reference interpreter and the Roslyn-emitted evaluator, both on the optimised IR
/// (<c>Compilation.Policy</c>), and the interpreter on the IR before the optimiser (<see cref="Unoptimised"/>).
/// </summary>
internal sealed class EnginePolicies : IDisposable
{
    private readonly LoadedEvaluators _loaded;

    private EnginePolicies(PolicyIR policy, PolicyIR lowered, LoadedEvaluators loaded, ICompiledPolicy compiled)
    {
        Spec = policy.Spec;
        Interpreted = new InterpretedPolicy(policy);
        Unoptimised = new InterpretedPolicy(lowered);
        (_loaded, Compiled) = (loaded, compiled);
    }

    public Airs.Runtime.Policy.PolicySpec Spec { get; }

    public ICompiledPolicy Interpreted { get; }

    /// <summary>The interpreter on the lowered IR before the optimiser: the reference engine as it was.</summary>
    public ICompiledPolicy Unoptimised { get; }

    public ICompiledPolicy Compiled { get; }

    public static EnginePolicies FromExample(string name) => FromText(Path.Combine(RepoRoot(), "policies", "examples", name + ".airs"), null);

    public static EnginePolicies FromText(string path, string? text)
    {
        var compilation = text is null ? Compilation.FromFile(path) : Compilation.FromText(path, text);
        var policy = compilation.Policy
            ?? throw new InvalidOperationException($"`{path}` does not compile: {compilation.Diagnostics.FirstOrDefault()}");
        var emitted = PolicyEmitter.Emit(policy);
        var loaded = LoadedEvaluators.Load(emitted);
        return new EnginePolicies(policy, compilation.LoweredPolicy!, loaded, loaded.Create(emitted.TypeName));
    }

    public void Dispose() => _loaded.Dispose();

    /// <summary>The repository root, found from the binary or from the working directory.</summary>
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AirsPolicy.sln")))
            {
                return dir.FullName;
            }
        }
        // BenchmarkDotNet runs from a generated project under bin/; fall back to the working directory's repo.
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AirsPolicy.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("cannot find the repository root (AirsPolicy.sln)");
    }
}
