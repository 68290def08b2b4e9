namespace Airs.Compiler.Syntax;

/// <summary>An action: <c>block</c>, <c>flag</c>, <c>allow</c>, <c>halt</c>, <c>escalate</c>, <c>redact</c> or <c>pace</c>.</summary>
public abstract class ActionSyntax : ItemSyntax
{
    public abstract SyntaxToken Keyword { get; }

    public abstract ActionKind Kind { get; }
}
