using System.Collections.Immutable;
using Airs.Compiler.Text;

namespace Airs.Compiler.Syntax;

/// <summary>
/// An immutable node of the concrete syntax tree. Nodes have no parent pointers; use
/// <see cref="SyntaxNavigator"/> to find the chain of nodes at a position.
/// </summary>
public abstract class SyntaxNode : SyntaxElement
{
    private ImmutableArray<SyntaxElement> _children;
    private SyntaxToken? _firstToken;
    private SyntaxToken? _lastToken;

    /// <summary>The child nodes and tokens, in source order.</summary>
    public ImmutableArray<SyntaxElement> Children
    {
        get
        {
            if (_children.IsDefault)
            {
                var builder = ImmutableArray.CreateBuilder<SyntaxElement>();
                foreach (var child in EnumerateChildren())
                {
                    if (child is not null)
                    {
                        builder.Add(child);
                    }
                }
                ImmutableInterlocked.InterlockedInitialize(ref _children, builder.ToImmutable());
            }
            return _children;
        }
    }

    public SyntaxToken FirstToken => _firstToken ??= FindEdgeToken(first: true);

    public SyntaxToken LastToken => _lastToken ??= FindEdgeToken(first: false);

    public override TextSpan Span => TextSpan.FromBounds(FirstToken.Span.Start, LastToken.Span.End);

    public override TextSpan FullSpan => TextSpan.FromBounds(FirstToken.FullSpan.Start, LastToken.FullSpan.End);

    /// <summary>The children in source order; null entries (absent optional parts) are skipped.</summary>
    protected abstract IEnumerable<SyntaxElement?> EnumerateChildren();

    public abstract TResult Accept<TResult>(SyntaxVisitor<TResult> visitor);

    public abstract void Accept(SyntaxVisitor visitor);

    /// <summary>All tokens under this node, in source order.</summary>
    public IEnumerable<SyntaxToken> DescendantTokens()
    {
        var stack = new Stack<(SyntaxNode Node, int Index)>();
        stack.Push((this, 0));
        while (stack.Count > 0)
        {
            var (node, index) = stack.Pop();
            var children = node.Children;
            if (index >= children.Length)
            {
                continue;
            }
            stack.Push((node, index + 1));
            switch (children[index])
            {
                case SyntaxToken token:
                    yield return token;
                    break;
                case SyntaxNode child:
                    stack.Push((child, 0));
                    break;
            }
        }
    }

    /// <summary>All nodes under this node (itself included), in source order.</summary>
    public IEnumerable<SyntaxNode> DescendantNodesAndSelf()
    {
        var stack = new Stack<SyntaxNode>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            var children = node.Children;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is SyntaxNode child)
                {
                    stack.Push(child);
                }
            }
        }
    }

    /// <summary>
    /// The token whose full span (trivia included) contains <paramref name="position"/>; at the end of the
    /// text, the last token (end of file for a compilation unit).
    /// </summary>
    public SyntaxToken FindToken(int position)
    {
        var node = this;
        while (true)
        {
            var children = node.Children;
            var next = children[^1];
            foreach (var child in children)
            {
                if (position < child.FullSpan.End)
                {
                    next = child;
                    break;
                }
            }
            if (next is SyntaxToken token)
            {
                return token;
            }
            node = (SyntaxNode)next;
        }
    }

    public override void WriteTo(TextWriter writer)
    {
        foreach (var token in DescendantTokens())
        {
            token.WriteTo(writer);
        }
    }

    public override string ToString() => ToFullString();

    private SyntaxToken FindEdgeToken(bool first)
    {
        var node = this;
        while (true)
        {
            var children = node.Children;
            if (children.IsEmpty)
            {
                throw new InvalidOperationException("a syntax node must contain at least one token");
            }
            var edge = first ? children[0] : children[^1];
            if (edge is SyntaxToken token)
            {
                return token;
            }
            node = (SyntaxNode)edge;
        }
    }
}
