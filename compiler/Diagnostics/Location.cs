using Airs.Compiler.Text;

namespace Airs.Compiler.Diagnostics;

/// <summary>A span in a particular source file.</summary>
public sealed record Location(SourceText Source, TextSpan Span)
{
    public LinePosition Start => Source.GetLinePosition(Span.Start);

    public LinePosition End => Source.GetLinePosition(Span.End);

    /// <summary><c>path:line:col</c>, one-based.</summary>
    public override string ToString() => $"{Source.Path}:{Start}";
}
