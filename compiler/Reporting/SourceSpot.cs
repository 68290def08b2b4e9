namespace Airs.Compiler.Reporting;

/// <summary>A place in a file as a report shows it: a display path and a one-based line.</summary>
public sealed record SourceSpot(string Path, int? Line)
{
    public override string ToString() => Line is { } line ? $"{Path}:{line}" : Path;
}
