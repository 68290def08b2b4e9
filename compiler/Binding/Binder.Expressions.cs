using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Airs.Compiler.Diagnostics;
using Airs.Compiler.Lowering;
using Airs.Compiler.Semantics;
using Airs.Compiler.Syntax;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Functions;
using Airs.Runtime.Policy;
using SemanticOperator = Airs.Compiler.Semantics.BinaryOperator;

namespace Airs.Compiler.Binding;

internal sealed partial class Binder
{
    private ExprIR? BindCondition(ExpressionSyntax syntax, Scope scope)
    {
        var bound = BindExpression(syntax, scope);
        if (bound is not null && bound.Type != AirsType.Bool)
        {
            Report(DiagnosticCatalog.ConditionNotBool(At(syntax), bound.Type.ToString()));
            return null;
        }
        return bound;
    }

    /// <summary>Binds an expression; null means an error was reported (so nothing cascades from it).</summary>
    private ExprIR? BindExpression(ExpressionSyntax syntax, Scope scope, AirsType? expected = null)
    {
        var bound = syntax switch
        {
            LiteralExpressionSyntax literal => BindLiteral(literal),
            PathExpressionSyntax path => BindPath(path, scope, expected),
            CallExpressionSyntax call => BindCall(call, scope),
            ListExpressionSyntax list => BindList(list, scope, expected),
            ParenthesizedExpressionSyntax parenthesized => BindExpression(parenthesized.Expression, scope, expected),
            UnaryExpressionSyntax { OperatorToken.Kind: SyntaxKind.Minus } negation => BindNegation(negation, scope),
            UnaryExpressionSyntax unary => BindNot(unary, scope),
            QuantifierExpressionSyntax quantifier => BindQuantifier(quantifier, scope),
            BinaryExpressionSyntax binary => BindBinary(binary, scope),
            ObjectLiteralExpressionSyntax obj => Fail<ExprIR>(DiagnosticCatalog.TypeMismatch(At(obj), expected?.ToString() ?? "a value", "an object")),
            _ => null, // error nodes were reported by the parser
        };
        if (bound is not null)
        {
            _log.Types[syntax] = bound.Type;
        }
        return bound;
    }

    private ExprIR? BindLiteral(LiteralExpressionSyntax literal)
    {
        var token = literal.Token;
        if (token.IsMissing)
        {
            return null;
        }
        return token.Kind switch
        {
            SyntaxKind.String or SyntaxKind.TextBlock when token.Value is string s => new ExprIR.StringLiteral(s),
            SyntaxKind.Number when token.Value is double d => new ExprIR.NumberLiteral(d),
            SyntaxKind.Percent when token.Value is double f => new ExprIR.PercentLiteral(f),
            SyntaxKind.Duration when token.Value is TimeSpan t => new ExprIR.DurationLiteral(t),
            SyntaxKind.Regex when token.Value is RegexValue r => BindRegex(literal, r),
            SyntaxKind.TrueKeyword => Ir.True,
            SyntaxKind.FalseKeyword => Ir.False,
            _ => null, // malformed literals were reported by the lexer
        };
    }

    private ExprIR.RegexLiteral? BindRegex(SyntaxNode at, RegexValue value)
    {
        var error = RegexFactory.Validate(value.Pattern, value.Flags);
        if (error is null)
        {
            return new ExprIR.RegexLiteral(value.Pattern, value.Flags);
        }
        if (error.StartsWith(RegexFactory.TooLarge, StringComparison.Ordinal))
        {
            Report(DiagnosticCatalog.RegexTooLarge(At(at), error));
            return null; // no backtracking probe: it would cost as much as the refusal saved
        }
        // The pattern is valid for the backtracking engine but not the linear one: say why precisely.
        var backtrackingOnly = false;
        try
        {
            _ = new Regex(value.Pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            backtrackingOnly = true;
        }
        catch (ArgumentException)
        {
        }
        Report(backtrackingOnly
            ? DiagnosticCatalog.BacktrackingRegex(At(at), error ?? "unsupported construct")
            : DiagnosticCatalog.InvalidRegex(At(at), (error ?? "the pattern does not parse").Replace("invalid regex: ", "", StringComparison.Ordinal)));
        return null;
    }

    private ExprIR? BindPath(PathExpressionSyntax path, Scope scope, AirsType? expected)
    {
        if (path.Segments.Items.Any(s => s.IsMissing))
        {
            return null;
        }
        var segments = path.Segments.Items.Select(s => s.Text).ToArray();
        var text = string.Join(".", segments);
        if (scope.Variable(segments[0]) is { } variable)
        {
            variable.Used = true;
            return segments.Length == 1
                ? new ExprIR.Variable(variable.Name, variable.Level, variable.Type)
                : Fail<ExprIR>(DiagnosticCatalog.VariableHasNoFields(At(path), text, variable.Name, variable.Type.ToString()));
        }
        if (segments.Length == 1 && expected is { } enumType && EnumMembers.Names(enumType).Count > 0)
        {
            return Fail<ExprIR>(DiagnosticCatalog.UnknownEnumMember(At(path), text, enumType.ToString(), EnumMembers.Names(enumType)));
        }
        if (!ContextSchema.Roots.Contains(segments[0]))
        {
            return Builtins.IsKnown(text)
                ? Fail<ExprIR>(DiagnosticCatalog.BadArguments(At(path), $"`{text}` is a function; call it with arguments"))
                : Fail<ExprIR>(DiagnosticCatalog.UndefinedName(At(path), text));
        }
        if (segments.Length >= 2 && segments[0] == "tool" && segments[1] == "args")
        {
            return BindToolArg(path, segments, scope);
        }
        if (!ContextSchema.ByPath.TryGetValue(text, out var field))
        {
            if (_attributes.TryGetValue(text, out var attribute))
            {
                return new ExprIR.Attribute(text, attribute.Type); // declared in the policy's `context` block; every stage
            }
            return Fail<ExprIR>(DiagnosticCatalog.UnknownContextField(At(path), text));
        }
        if (!field.Stages.Contains(scope.Stage))
        {
            return Fail<ExprIR>(DiagnosticCatalog.FieldNotOnStage(At(path), text, scope.Stage.ToKeyword(),
                string.Join(", ", field.Stages.OrderBy(s => s).Select(s => $"`{s.ToKeyword()}`"))));
        }
        return new ExprIR.Field(field.Field);
    }

    private ExprIR? BindToolArg(PathExpressionSyntax path, string[] segments, Scope scope)
    {
        var info = ContextSchema.ByPath["tool.args"];
        if (!info.Stages.Contains(scope.Stage))
        {
            return Fail<ExprIR>(DiagnosticCatalog.FieldNotOnStage(At(path), "tool.args", scope.Stage.ToKeyword(), "`tool_call`"));
        }
        if (segments.Length != 3)
        {
            return segments.Length == 2
                ? Fail<ExprIR>(DiagnosticCatalog.ToolArgsWithoutName(At(path)))
                : Fail<ExprIR>(DiagnosticCatalog.UnknownContextField(At(path), string.Join(".", segments)));
        }
        var argument = segments[2];
        if (scope.NarrowedTools is not { Count: > 0 } tools)
        {
            return Fail<ExprIR>(DiagnosticCatalog.ToolArgsNotNarrowed(At(path), string.Join(".", segments)));
        }
        ArgType? type = null;
        foreach (var tool in tools.Order(StringComparer.Ordinal))
        {
            var spec = _tools.GetValueOrDefault(tool);
            var arg = spec?.Args.FirstOrDefault(a => a.Name == argument);
            if (arg is null)
            {
                return spec is null ? null : Fail<ExprIR>(DiagnosticCatalog.UnknownToolArgument(At(path), tool, argument));
            }
            if (type is { } seen && seen != arg.Type)
            {
                return Fail<ExprIR>(DiagnosticCatalog.TypeMismatch(At(path), AirsType.Of(seen).ToString(), AirsType.Of(arg.Type).ToString()));
            }
            type = arg.Type;
        }
        return new ExprIR.ToolArg(argument, type!.Value);
    }

    private ExprIR? BindCall(CallExpressionSyntax call, Scope scope)
    {
        var name = string.Join(".", call.Callee.Segments.Items.Select(s => s.Text));
        var overloads = Builtins.Overloads(name);
        if (overloads.IsEmpty)
        {
            return Fail<ExprIR>(DiagnosticCatalog.UnknownFunction(At(call.Callee), name));
        }
        var arguments = new List<ExprIR>();
        var ok = true;
        for (var i = 0; i < call.Arguments.Count; i++)
        {
            // Enum members such as `email` bind against the parameter's type (all overloads agree on it).
            var candidates = overloads.Select(o => i < o.Parameters.Length ? o.Parameters[i].Type : null).Distinct().ToList();
            var parameterType = candidates.Count == 1 ? candidates[0] : null;
            var argument = BindExpression(call.Arguments[i], scope, parameterType);
            ok &= argument is not null;
            if (argument is not null)
            {
                arguments.Add(argument);
            }
        }
        if (!ok)
        {
            return null;
        }
        var resolution = Builtins.Resolve(name, [.. arguments.Select(a => a.Type)]);
        if (resolution.Function is not { } function)
        {
            return Fail<ExprIR>(DiagnosticCatalog.BadArguments(At(call), resolution.Error ?? $"`{name}` does not apply to these arguments"));
        }
        _log.Types[call.Callee] = function.ReturnType;
        return new ExprIR.Call(function, [.. arguments]);
    }

    private ExprIR? BindList(ListExpressionSyntax list, Scope scope, AirsType? expected)
    {
        if (expected is { Kind: TypeKind.List, Element.Kind: TypeKind.PiiKind })
        {
            return BindPiiKinds(list);
        }
        var elements = new List<ExprIR>();
        foreach (var element in list.Elements)
        {
            if (BindExpression(element, scope, expected?.Element) is not { } bound)
            {
                return null;
            }
            elements.Add(bound);
        }
        if (elements.Count == 0)
        {
            return expected is { Kind: TypeKind.List, Element.Kind: TypeKind.Number }
                ? new ExprIR.NumberListLiteral([])
                : new ExprIR.StringListLiteral([]);
        }
        var elementType = elements[0].Type;
        for (var i = 1; i < elements.Count; i++)
        {
            if (elements[i].Type != elementType)
            {
                return Fail<ExprIR>(DiagnosticCatalog.TypeMismatch(At(list.Elements[i]), elementType.ToString(), elements[i].Type.ToString()));
            }
        }
        if (elementType.Kind is not (TypeKind.String or TypeKind.Number))
        {
            return Fail<ExprIR>(DiagnosticCatalog.TypeMismatch(At(list), "a list of strings or numbers", $"list<{elementType}>"));
        }
        if (elements.All(e => e is ExprIR.StringLiteral))
        {
            return new ExprIR.StringListLiteral([.. elements.Cast<ExprIR.StringLiteral>().Select(e => e.Value)]);
        }
        if (elements.All(e => e is ExprIR.NumberLiteral))
        {
            return new ExprIR.NumberListLiteral([.. elements.Cast<ExprIR.NumberLiteral>().Select(e => e.Value)]);
        }
        return new ExprIR.ListOf(elementType, [.. elements]);
    }

    private ExprIR? BindPiiKinds(ListExpressionSyntax list)
    {
        var kinds = Runtime.Detectors.PiiKinds.None;
        var ok = true;
        foreach (var element in list.Elements)
        {
            if (element is PathExpressionSyntax { Segments.Count: 1 } path && EnumMembers.PiiKindNames.TryGetValue(path.Segments[0].Text, out var kind))
            {
                kinds |= kind;
                continue;
            }
            ok = Fail(DiagnosticCatalog.UnknownEnumMember(At(element), element.ToFullString().Trim(), "pii kind", EnumMembers.Names(AirsType.PiiKind)));
        }
        return ok ? new ExprIR.PiiKindsLiteral(kinds) : null;
    }

    private ExprIR? BindNot(UnaryExpressionSyntax unary, Scope scope)
    {
        var operand = BindExpression(unary.Operand, scope);
        if (operand is null)
        {
            return null;
        }
        if (operand.Type != AirsType.Bool)
        {
            return Fail<ExprIR>(DiagnosticCatalog.TypeMismatch(At(unary.Operand), "bool", operand.Type.ToString()));
        }
        return new ExprIR.Not(operand);
    }

    /// <summary><c>-5</c>: a negated number literal folds to a constant, so settings and tests read it as one.</summary>
    private ExprIR? BindNegation(UnaryExpressionSyntax negation, Scope scope)
    {
        var operand = BindExpression(negation.Operand, scope);
        if (operand is null)
        {
            return null;
        }
        return operand switch
        {
            ExprIR.NumberLiteral n => new ExprIR.NumberLiteral(-n.Value),
            _ => Fail<ExprIR>(DiagnosticCatalog.NegationNeedsNumber(At(negation), operand.Type.ToString())),
        };
    }

    /// <summary>
    /// How many quantifiers a condition may hold inside one another: each multiplies the work by its list's length, so a
    /// request with long lists under deep nesting would cost (length)^depth. No policy needs more than two.
    /// </summary>
    public const int MaxQuantifierDepth = 3;

    /// <summary><c>any x in list: body</c> and <c>all x in list: body</c>.</summary>
    private ExprIR? BindQuantifier(QuantifierExpressionSyntax quantifier, Scope scope)
    {
        var keyword = quantifier.Quantifier.Text;
        var name = quantifier.Variable.Text;
        // Reported once, at the first quantifier too deep; its body is still bound for its other errors.
        var tooDeep = scope.Variables.Count >= MaxQuantifierDepth;
        if (scope.Variables.Count == MaxQuantifierDepth)
        {
            Report(DiagnosticCatalog.QuantifiersNestTooDeep(At(quantifier.Quantifier), keyword, MaxQuantifierDepth));
        }
        var list = BindExpression(quantifier.List, scope);
        var nameError = VariableNameError(name, scope);
        if (nameError is not null)
        {
            Report(DiagnosticCatalog.InvalidQuantifierVariable(At(quantifier.Variable), name, nameError));
        }
        if (list is null)
        {
            return null;
        }
        if (list.Type is not { Kind: TypeKind.List, Element.Kind: TypeKind.String or TypeKind.Number })
        {
            return Fail<ExprIR>(DiagnosticCatalog.QuantifierNeedsList(At(quantifier.List), keyword, list.Type.ToString()));
        }
        if (nameError is not null)
        {
            return null;
        }
        var variable = new QuantifierVariable(name, scope.Variables.Count, list.Type.Element);
        var body = BindExpression(quantifier.Body, scope.With(variable));
        if (body is null)
        {
            return null;
        }
        if (body.Type != AirsType.Bool)
        {
            return Fail<ExprIR>(DiagnosticCatalog.TypeMismatch(At(quantifier.Body), "bool", body.Type.ToString()));
        }
        if (!variable.Used)
        {
            Report(DiagnosticCatalog.UnusedQuantifierVariable(At(quantifier.Variable), name, keyword));
        }
        if (tooDeep)
        {
            return null;
        }
        return new ExprIR.Quantifier(keyword == "all", name, variable.Level, list, body);
    }

    /// <summary>Why a quantifier variable may not have this name (it would hide something a condition reads), or null.</summary>
    private static string? VariableNameError(string name, Scope scope) =>
        scope.Variable(name) is not null ? "an enclosing quantifier already uses it"
        : ContextSchema.Roots.Contains(name) ? "it starts context fields such as `" + ContextSchema.Fields.First(f => f.Path.StartsWith(name + ".", StringComparison.Ordinal)).Path + "`"
        : Builtins.Namespaces.Contains(name) || Builtins.IsKnown(name) ? "it is the name of a built-in function"
        : null;

    private ExprIR? BindBinary(BinaryExpressionSyntax binary, Scope scope)
    {
        var op = OperatorOf(binary);
        if (op is SyntaxOperator.And or SyntaxOperator.Or)
        {
            var left = BindExpression(binary.Left, scope);
            // `tool.name == "x" and …` narrows the right-hand side to tool x's typed arguments.
            var rightScope = op == SyntaxOperator.And && ToolNarrowing.Of(binary.Left) is { } tools ? scope.Narrow(tools) : scope;
            var right = BindExpression(binary.Right, rightScope);
            if (left is null || right is null)
            {
                return null;
            }
            foreach (var (side, bound) in new[] { (binary.Left, left), (binary.Right, right) })
            {
                if (bound.Type != AirsType.Bool)
                {
                    return Fail<ExprIR>(DiagnosticCatalog.TypeMismatch(At(side), "bool", bound.Type.ToString()));
                }
            }
            return op == SyntaxOperator.And ? new ExprIR.And(left, right) : new ExprIR.Or(left, right);
        }
        var l = BindExpression(binary.Left, scope);
        var r = BindExpression(binary.Right, scope, op is SyntaxOperator.In or SyntaxOperator.NotIn && l is not null ? AirsType.List(l.Type) : null);
        if (l is null || r is null)
        {
            return null;
        }
        var semantic = op switch
        {
            SyntaxOperator.Equal => SemanticOperator.Equal,
            SyntaxOperator.NotEqual => SemanticOperator.NotEqual,
            SyntaxOperator.Less => SemanticOperator.Less,
            SyntaxOperator.LessOrEqual => SemanticOperator.LessOrEqual,
            SyntaxOperator.Greater => SemanticOperator.Greater,
            SyntaxOperator.GreaterOrEqual => SemanticOperator.GreaterOrEqual,
            SyntaxOperator.Matches => SemanticOperator.Matches,
            SyntaxOperator.Contains => SemanticOperator.Contains,
            _ => SemanticOperator.In,
        };
        var check = TypeRules.Check(semantic, l.Type, r.Type);
        if (!check.IsValid)
        {
            return Fail<ExprIR>(DiagnosticCatalog.OperatorMismatch(At(binary.OperatorToken), OperatorText(binary), l.Type.ToString(), r.Type.ToString()));
        }
        return semantic switch
        {
            SemanticOperator.Matches when r is ExprIR.RegexLiteral regex => new ExprIR.Matches(l, regex),
            SemanticOperator.Matches => Fail<ExprIR>(DiagnosticCatalog.TypeMismatch(At(binary.Right), "a regex literal such as `/abc/i`", r.Type.ToString())),
            SemanticOperator.Contains => new ExprIR.Contains(l, r),
            SemanticOperator.In when op == SyntaxOperator.NotIn => new ExprIR.Not(new ExprIR.In(l, r)),
            SemanticOperator.In => new ExprIR.In(l, r),
            _ => new ExprIR.Compare(semantic, l, r),
        };
    }

    private static SyntaxOperator OperatorOf(BinaryExpressionSyntax binary) => binary.Operator;

    private static string OperatorText(BinaryExpressionSyntax binary) =>
        binary.NotKeyword is null ? binary.OperatorToken.Text : $"not {binary.OperatorToken.Text}";
}
