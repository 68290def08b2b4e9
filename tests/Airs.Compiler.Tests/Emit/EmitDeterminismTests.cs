using Airs.Compiler.Binding;
using Airs.Compiler.Emit;

namespace Airs.Compiler.Tests.Emit;

public sealed class EmitDeterminismTests
{
    [Fact]
    public void Emitting_the_same_policy_twice_gives_identical_bytes()
    {
        var path = Path.Combine(EmitTestSupport.RepoRoot, "policies", "examples", "support_bot.airs");
        // Two separate compilations of the same file, so nothing is shared but the text.
        var first = PolicyEmitter.Emit(Compilation.FromFile(path).Policy!);
        var second = PolicyEmitter.Emit(Compilation.FromFile(path).Policy!);

        Assert.True(first.Success);
        Assert.Equal(first.Source, second.Source);
        Assert.True(first.Assembly.AsSpan().SequenceEqual(second.Assembly.AsSpan()), "the assemblies differ");
        Assert.Equal("Airs.Policy.support_bot", first.AssemblyName);
        Assert.Equal("Airs.Generated.Policy_support_bot", first.TypeName);
    }

    [Fact]
    public void A_different_policy_gives_different_bytes()
    {
        var path = Path.Combine(EmitTestSupport.RepoRoot, "policies", "examples", "support_bot.airs");
        var text = File.ReadAllText(path);
        var changed = text.Replace("I can't help with that.", "I cannot help with that.", StringComparison.Ordinal);
        Assert.NotEqual(text, changed);

        var a = PolicyEmitter.Emit(EmitTestSupport.Compile(path, text));
        var b = PolicyEmitter.Emit(EmitTestSupport.Compile(path, changed));

        Assert.False(a.Assembly.AsSpan().SequenceEqual(b.Assembly.AsSpan()));
    }
}
