using System.Collections.Immutable;

namespace Airs.Compiler.Syntax;

/// <summary>A whole file: its top-level items (normally one policy or pack) and the end-of-file token.</summary>
public sealed partial class CompilationUnitSyntax : SyntaxNode
{
    public CompilationUnitSyntax(ImmutableArray<ItemSyntax> members, SyntaxToken endOfFile)
    {
        Members = members;
        EndOfFile = endOfFile;
    }

    public ImmutableArray<ItemSyntax> Members { get; }

    public SyntaxToken EndOfFile { get; }

    protected override IEnumerable<SyntaxElement?> EnumerateChildren()
    {
        foreach (var item in Members)
        {
            yield return item;
        }
        yield return EndOfFile;
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitCompilationUnit(this);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitCompilationUnit(this);
}
