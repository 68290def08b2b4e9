namespace Airs.Compiler.Syntax;

/// <summary>One condition that moves PACE down a level.</summary>
public abstract class PaceTriggerSyntax : SyntaxNode
{
}
