namespace Airs.Compiler.Syntax;

/// <summary>The type of a tool argument: a name or a list of a type.</summary>
public abstract class TypeSyntax : SyntaxNode
{
}
