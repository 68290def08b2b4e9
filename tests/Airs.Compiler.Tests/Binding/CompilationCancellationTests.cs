using Airs.Compiler.Binding;
using Airs.Compiler.Text;

namespace Airs.Compiler.Tests.Binding;

/// <summary>A compilation stops when its token is cancelled, and standard packs are parsed once per process.</summary>
public sealed class CompilationCancellationTests
{
    private const string UsesTwoFiles = "policy p {\n  tier low\n  use \"./first.airs\"\n  use \"./second.airs\"\n}\n";

    /// <summary>Serves tiny packs and cancels the compilation when it reads <c>first.airs</c>, as a newer edit would.</summary>
    private sealed class CancellingSources(CancellationTokenSource cancellation) : ISourceProvider
    {
        public List<string> Reads { get; } = [];

        public SourceText? Read(string fullPath)
        {
            Reads.Add(Path.GetFileName(fullPath));
            if (fullPath.EndsWith("first.airs", StringComparison.Ordinal))
            {
                cancellation.Cancel();
            }
            return new SourceText(fullPath, "pack x {\n}\n");
        }
    }

    [Fact]
    public void A_cancelled_compilation_stops_before_the_next_file()
    {
        using var cancellation = new CancellationTokenSource();
        var sources = new CancellingSources(cancellation);
        Assert.Throws<OperationCanceledException>(() =>
            Compilation.Create(new SourceText(Path.GetFullPath("p.airs"), UsesTwoFiles), sources, cancellation.Token));
        Assert.Equal(["first.airs"], sources.Reads);
    }

    [Fact]
    public void An_uncancelled_compilation_reads_every_file()
    {
        using var cancellation = new CancellationTokenSource();
        var sources = new CancellingSources(new CancellationTokenSource());
        var compilation = Compilation.Create(new SourceText(Path.GetFullPath("p.airs"), UsesTwoFiles), sources, cancellation.Token);
        Assert.Equal(["first.airs", "second.airs"], sources.Reads);
        Assert.Equal(3, compilation.Trees.Length);
    }

    [Fact]
    public void A_token_cancelled_before_the_start_does_no_work()
    {
        var sources = new CancellingSources(new CancellationTokenSource());
        Assert.Throws<OperationCanceledException>(() =>
            Compilation.Create(new SourceText(Path.GetFullPath("p.airs"), UsesTwoFiles), sources, new CancellationToken(canceled: true)));
        Assert.Empty(sources.Reads);
    }

    [Fact]
    public void The_second_compilation_reuses_the_parsed_standard_packs()
    {
        const string Text = "policy p {\n  tier low\n  use airs.pii\n  use airs.injection\n}\n";
        var first = Compilation.FromText("a.airs", Text);
        var second = Compilation.FromText("b.airs", Text);
        var packs = first.Trees.Skip(1).ToList();
        Assert.Equal(2, packs.Count);
        Assert.Equal(packs, second.Trees.Skip(1), ReferenceEqualityComparer.Instance);
        Assert.Equal(first.Diagnostics.Select(d => d.ToString()), second.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_pack_with_other_text_is_parsed_afresh()
    {
        var a = StandardLibrary.Parse(new SourceText("airs-lib/airs/test_only.airs", "pack airs.test_only {\n}\n"));
        var b = StandardLibrary.Parse(new SourceText("airs-lib/airs/test_only.airs", "pack airs.test_only {\n  tier low\n}\n"));
        var c = StandardLibrary.Parse(new SourceText("airs-lib/airs/test_only.airs", "pack airs.test_only {\n}\n"));
        Assert.NotSame(a, b);
        Assert.Same(a, c);
    }
}
