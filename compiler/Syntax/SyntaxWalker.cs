namespace Airs.Compiler.Syntax;

/// <summary>
/// Visits every node depth-first in source order; override a Visit method and call the base to keep
/// walking. Tree depth is bounded by the parser's nesting limit, so recursion here is safe.
/// </summary>
public abstract class SyntaxWalker : SyntaxVisitor
{
    protected override void DefaultVisit(SyntaxNode node)
    {
        foreach (var child in node.Children)
        {
            switch (child)
            {
                case SyntaxNode childNode:
                    childNode.Accept(this);
                    break;
                case SyntaxToken token:
                    VisitToken(token);
                    break;
            }
        }
    }

    public virtual void VisitToken(SyntaxToken token)
    {
    }
}
