namespace Airs.Compiler.Syntax;

/// <summary>Anything that can stand on its own in a block. Which items a block allows is the binder's business.</summary>
public abstract class ItemSyntax : SyntaxNode
{
}
