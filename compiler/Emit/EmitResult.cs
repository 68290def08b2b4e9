using System.Collections.Immutable;
using Airs.Compiler.Diagnostics;

namespace Airs.Compiler.Emit;

/// <summary>
/// What <see cref="PolicyEmitter"/> produced: the generated C#, the assembly (a PE image, in memory) and the
/// full names of the evaluator types in it (one per policy, in the order given). On failure the assembly is
/// empty and <see cref="Diagnostics"/> says why; the source is kept whenever it was generated, to be read.
/// </summary>
public sealed record EmitResult(
    string AssemblyName,
    string Source,
    ImmutableArray<byte> Assembly,
    ImmutableArray<string> TypeNames,
    ImmutableArray<Diagnostic> Diagnostics)
{
    public bool Success => !Assembly.IsDefaultOrEmpty && !Diagnostics.Any(d => d.IsError);

    /// <summary>The evaluator type of the first (for <see cref="PolicyEmitter.Emit(Lowering.PolicyIR)"/>, the only) policy.</summary>
    public string TypeName => TypeNames.IsDefaultOrEmpty ? "" : TypeNames[0];
}
