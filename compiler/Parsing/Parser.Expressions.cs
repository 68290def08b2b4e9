using System.Collections.Immutable;
using Airs.Compiler.Diagnostics;
using Airs.Compiler.Syntax;

namespace Airs.Compiler.Parsing;

// Expressions: Or := And ('or' And)* ; And := Not ('and' Not)* ;
// Not := 'not' Not | ('any' | 'all') name 'in' Primary ':' Or | Compare ; Compare := Primary (op Primary)? ;
// Primary := '-' Primary | literal | path | call | list | '(' Or ')' .
// A quantifier's body reaches as far as an `or` would. `any` and `all` are words only where a name and `in`
// follow them. Each chained `and`/`or`, each `not`, `-` and quantifier counts toward the nesting limit,
// which bounds the depth of the tree as well as the parser's recursion.
internal sealed partial class Parser
{
    private ExpressionSyntax ParseExpression() => ParseOr();

    private ExpressionSyntax ParseOr() => ParseChain(SyntaxKind.OrKeyword, ParseAnd);

    private ExpressionSyntax ParseAnd() => ParseChain(SyntaxKind.AndKeyword, ParseNot);

    private ExpressionSyntax ParseChain(SyntaxKind operatorKind, Func<ExpressionSyntax> parseOperand)
    {
        var saved = _depth;
        var left = parseOperand();
        while (Current.Kind == operatorKind)
        {
            var op = Next();
            if (_depth >= MaxDepth)
            {
                left = new BinaryExpressionSyntax(left, null, op, TooDeepExpression());
                break;
            }
            _depth++;
            left = new BinaryExpressionSyntax(left, null, op, parseOperand());
        }
        _depth = saved;
        return left;
    }

    private ExpressionSyntax ParseNot()
    {
        if (AtQuantifier())
        {
            return ParseQuantifier();
        }
        if (Current.Kind != SyntaxKind.NotKeyword)
        {
            return ParseCompare();
        }
        if (_depth >= MaxDepth)
        {
            return TooDeepExpression();
        }
        var not = Next();
        _depth++;
        var operand = ParseNot();
        _depth--;
        return new UnaryExpressionSyntax(not, operand);
    }

    private bool AtQuantifier() =>
        Current is { Kind: SyntaxKind.Identifier, Text: "any" or "all" }
        && PeekToken(1).Kind == SyntaxKind.Identifier && PeekToken(2).Kind == SyntaxKind.InKeyword;

    private ExpressionSyntax ParseQuantifier()
    {
        if (_depth >= MaxDepth)
        {
            return TooDeepExpression();
        }
        var quantifier = Next();
        var variable = Next();
        var @in = Next();
        _depth++;
        var list = ParsePrimary();
        var colon = Expect(SyntaxKind.Colon);
        var body = ParseExpression();
        _depth--;
        return new QuantifierExpressionSyntax(quantifier, variable, @in, list, colon, body);
    }

    private ExpressionSyntax ParseCompare()
    {
        var left = ParsePrimary();
        var kind = Current.Kind;
        if (SyntaxFacts.IsComparisonOperator(kind) || kind is SyntaxKind.MatchesKeyword or SyntaxKind.ContainsKeyword or SyntaxKind.InKeyword)
        {
            var op = Next();
            return new BinaryExpressionSyntax(left, null, op, ParsePrimary());
        }
        if (kind == SyntaxKind.NotKeyword && PeekToken(1).Kind == SyntaxKind.InKeyword)
        {
            var not = Next();
            var @in = Next();
            return new BinaryExpressionSyntax(left, not, @in, ParsePrimary());
        }
        return left;
    }

    private static bool CanStartExpression(SyntaxKind kind) => kind is SyntaxKind.String or SyntaxKind.TextBlock
        or SyntaxKind.Number or SyntaxKind.Percent or SyntaxKind.Duration or SyntaxKind.Regex or SyntaxKind.TrueKeyword
        or SyntaxKind.FalseKeyword or SyntaxKind.Identifier or SyntaxKind.OpenParen or SyntaxKind.OpenBracket
        or SyntaxKind.NotKeyword or SyntaxKind.Minus;

    private ExpressionSyntax ParsePrimary()
    {
        switch (Current.Kind)
        {
            case SyntaxKind.String or SyntaxKind.TextBlock or SyntaxKind.Number or SyntaxKind.Percent
                or SyntaxKind.Duration or SyntaxKind.Regex or SyntaxKind.TrueKeyword or SyntaxKind.FalseKeyword:
                return new LiteralExpressionSyntax(Next());
            case SyntaxKind.Identifier:
                return ParsePathOrCall();
            case SyntaxKind.OpenParen:
                return ParseParenthesized();
            case SyntaxKind.OpenBracket:
                return ParseList();
            case SyntaxKind.Minus:
                return ParseNegation();
        }
        Report(DiagnosticCatalog.ExpectedExpression(MissingLocation(), DescribeCurrent()));
        return MissingPath();
    }

    private ExpressionSyntax ParseNegation()
    {
        if (_depth >= MaxDepth)
        {
            return TooDeepExpression();
        }
        var minus = Next();
        _depth++;
        var operand = ParsePrimary();
        _depth--;
        return new UnaryExpressionSyntax(minus, operand);
    }

    private PathExpressionSyntax MissingPath() =>
        new(new SeparatedSyntaxList<SyntaxToken>([Missing(SyntaxKind.Identifier)], []));

    private PathExpressionSyntax ParsePath()
    {
        var segments = ImmutableArray.CreateBuilder<SyntaxToken>();
        var dots = ImmutableArray.CreateBuilder<SyntaxToken>();
        segments.Add(ExpectIdentifier("a name"));
        while (Current.Kind == SyntaxKind.Dot)
        {
            dots.Add(Next());
            segments.Add(ExpectIdentifier("a name after `.`"));
        }
        return new PathExpressionSyntax(new SeparatedSyntaxList<SyntaxToken>(segments.ToImmutable(), dots.ToImmutable()));
    }

    private ExpressionSyntax ParsePathOrCall()
    {
        var path = ParsePath();
        if (Current.Kind != SyntaxKind.OpenParen)
        {
            return path;
        }
        if (_depth >= MaxDepth)
        {
            return new CallExpressionSyntax(path, Missing(SyntaxKind.OpenParen),
                new SeparatedSyntaxList<ExpressionSyntax>([TooDeepExpression()], []), Missing(SyntaxKind.CloseParen));
        }
        var open = Next();
        _depth++;
        var arguments = ParseSeparated(SyntaxKind.CloseParen, () => CanStartExpression(Current.Kind), ParseExpression);
        _depth--;
        return new CallExpressionSyntax(path, open, arguments, Expect(SyntaxKind.CloseParen));
    }

    private ExpressionSyntax ParseParenthesized()
    {
        if (_depth >= MaxDepth)
        {
            return TooDeepExpression();
        }
        var open = Next();
        _depth++;
        var expression = ParseExpression();
        _depth--;
        return new ParenthesizedExpressionSyntax(open, expression, Expect(SyntaxKind.CloseParen));
    }

    private ExpressionSyntax ParseList()
    {
        if (_depth >= MaxDepth)
        {
            return TooDeepExpression();
        }
        var open = Next();
        _depth++;
        var elements = ParseSeparated(SyntaxKind.CloseBracket, () => CanStartExpression(Current.Kind), ParseExpression);
        _depth--;
        return new ListExpressionSyntax(open, elements, Expect(SyntaxKind.CloseBracket));
    }

    private ExpressionSyntax ParseObjectLiteral()
    {
        if (_depth >= MaxDepth)
        {
            return TooDeepExpression();
        }
        var open = Next();
        _depth++;
        var properties = ParseSeparated(SyntaxKind.CloseBrace, () => Current.Kind == SyntaxKind.Identifier, ParseObjectProperty);
        _depth--;
        return new ObjectLiteralExpressionSyntax(open, properties, Expect(SyntaxKind.CloseBrace));
    }

    private ObjectPropertySyntax ParseObjectProperty()
    {
        var name = Next();
        var colon = Expect(SyntaxKind.Colon);
        return new ObjectPropertySyntax(name, colon, ParseExpression());
    }
}
