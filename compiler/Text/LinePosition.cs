namespace Airs.Compiler.Text;

/// <summary>A zero-based line and UTF-16 column (as LSP counts them). Print one-based with <see cref="ToString"/>.</summary>
public readonly record struct LinePosition(int Line, int Character)
{
    public override string ToString() => $"{Line + 1}:{Character + 1}";
}
