using System.Text;
using Airs.Compiler.Text;

namespace Airs.Compiler.Syntax;

/// <summary>A node or a token: anything that can be a child of a node.</summary>
public abstract class SyntaxElement
{
    private protected SyntaxElement()
    {
    }

    /// <summary>The span without leading and trailing trivia.</summary>
    public abstract TextSpan Span { get; }

    /// <summary>The span including all trivia.</summary>
    public abstract TextSpan FullSpan { get; }

    /// <summary>Writes the exact source text of this element, trivia included.</summary>
    public abstract void WriteTo(TextWriter writer);

    public string ToFullString()
    {
        var builder = new StringBuilder(FullSpan.Length);
        using var writer = new StringWriter(builder);
        WriteTo(writer);
        return builder.ToString();
    }
}
