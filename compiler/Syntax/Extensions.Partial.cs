namespace Airs.Compiler.Syntax;

// Hand-written conveniences on generated nodes.

public sealed partial class PolicyDeclarationSyntax
{
    /// <summary>True for <c>pack airs.name { … }</c>, false for <c>policy name { … }</c>.</summary>
    public bool IsPack => Keyword.Text == "pack";
}

public sealed partial class QualifiedNameSyntax
{
    /// <summary>The dotted name as written, e.g. <c>airs.injection</c>.</summary>
    public string Text => string.Join('.', Parts.Select(part => part.Text));
}

public sealed partial class StandardRefSyntax
{
    /// <summary>The dotted reference as written, e.g. <c>owasp.llm01</c>.</summary>
    public string Text => string.Join('.', Parts.Select(part => part.Text));
}

public sealed partial class PathExpressionSyntax
{
    /// <summary>The dotted path as written, e.g. <c>input.text</c>.</summary>
    public string Text => string.Join('.', Segments.Select(segment => segment.Text));
}

public sealed partial class LiteralExpressionSyntax
{
    /// <summary>The decoded value of the literal token (see <see cref="SyntaxToken.Value"/>); a bool for <c>true</c>/<c>false</c>.</summary>
    public object? Value => Token.Kind switch
    {
        SyntaxKind.TrueKeyword => true,
        SyntaxKind.FalseKeyword => false,
        _ => Token.Value,
    };
}

public sealed partial class BinaryExpressionSyntax
{
    public SyntaxOperator Operator => OperatorToken.Kind switch
    {
        SyntaxKind.OrKeyword => SyntaxOperator.Or,
        SyntaxKind.AndKeyword => SyntaxOperator.And,
        SyntaxKind.EqualsEquals => SyntaxOperator.Equal,
        SyntaxKind.BangEquals => SyntaxOperator.NotEqual,
        SyntaxKind.Less => SyntaxOperator.Less,
        SyntaxKind.LessEquals => SyntaxOperator.LessOrEqual,
        SyntaxKind.Greater => SyntaxOperator.Greater,
        SyntaxKind.GreaterEquals => SyntaxOperator.GreaterOrEqual,
        SyntaxKind.MatchesKeyword => SyntaxOperator.Matches,
        SyntaxKind.ContainsKeyword => SyntaxOperator.Contains,
        SyntaxKind.InKeyword when NotKeyword is not null => SyntaxOperator.NotIn,
        SyntaxKind.InKeyword => SyntaxOperator.In,
        _ => SyntaxOperator.Equal, // only for a missing operator in a tree with errors
    };
}

public sealed partial class MessageActionSyntax
{
    public override ActionKind Kind => Keyword.Text == "flag" ? ActionKind.Flag : ActionKind.Block;
}

public sealed partial class SimpleActionSyntax
{
    public override ActionKind Kind => Keyword.Text == "allow" ? ActionKind.Allow : ActionKind.Halt;
}

public sealed partial class EscalateActionSyntax
{
    public override ActionKind Kind => ActionKind.Escalate;
}

public sealed partial class RedactActionSyntax
{
    public override ActionKind Kind => ActionKind.Redact;
}

public sealed partial class PaceTransitionSyntax
{
    public override ActionKind Kind => ActionKind.Pace;
}

public sealed partial class JudgeFailingTriggerSyntax
{
    /// <summary>True for <c>judge.failing</c> (any judge), false for <c>judge name failing</c>.</summary>
    public bool IsAnyJudge => Name is null;
}

public sealed partial class UseItemSyntax
{
    /// <summary>The used pack's dotted name or the file path's decoded value.</summary>
    public string Target => Name?.Text ?? Path?.Value as string ?? string.Empty;
}

public static class ExpressionSyntaxExtensions
{
    /// <summary>The value of a number literal, a negated one included (<c>-5</c>); null for anything else.</summary>
    public static double? NumberValue(this ExpressionSyntax expression) => expression switch
    {
        LiteralExpressionSyntax { Token: { Kind: SyntaxKind.Number, Value: double value } } => value,
        UnaryExpressionSyntax { OperatorToken.Kind: SyntaxKind.Minus, Operand: LiteralExpressionSyntax { Token: { Kind: SyntaxKind.Number, Value: double value } } } => -value,
        _ => null,
    };
}
