using System.Collections.Immutable;
using Airs.Compiler.Diagnostics;
using Airs.Compiler.Lowering;
using Airs.Compiler.Syntax;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Binding;

// Declared values: the rules after a tool argument's or a context attribute's type, and the `context` block.
internal sealed partial class Binder
{
    /// <summary>Binds a `context` block; <paramref name="declared"/> holds where each attribute was first declared, in any block.</summary>
    private ImmutableArray<AttributeSpec> BindContext(ContextSyntax context, Dictionary<string, Location> declared)
    {
        var attributes = ImmutableArray.CreateBuilder<AttributeSpec>();
        foreach (var attribute in context.Attributes)
        {
            if (attribute.Name.Parts.Any(p => p.IsMissing))
            {
                continue;
            }
            var path = string.Join(".", attribute.Name.Parts.Select(p => p.Text));
            if (AttributePathProblem(path) is { } problem)
            {
                Report(DiagnosticCatalog.NotAnAttributePath(At(attribute.Name), path, problem));
                continue;
            }
            if (declared.TryGetValue(path, out var first))
            {
                Report(DiagnosticCatalog.DuplicateName(At(attribute.Name), path, first.ToString()));
                continue;
            }
            declared[path] = At(attribute.Name);
            if (ArgTypeOf(attribute.Type) is { } type)
            {
                attributes.Add(new AttributeSpec(path, type) { Rules = BindRules(attribute.Question, attribute.Rules, type) });
            }
        }
        return attributes.ToImmutable();
    }

    private static string? AttributePathProblem(string path)
    {
        if (ContextSchema.ByPath.ContainsKey(path))
        {
            return "it is a built-in context field";
        }
        var segments = path.Split('.');
        if (!ContextSchema.AttributeRoots.Contains(segments[0]))
        {
            return $"attributes live under `user` or `session`, not `{segments[0]}`";
        }
        return segments.Length == 2 ? null : "an attribute has exactly two names";
    }

    /// <summary>
    /// The rules after a declared type, bound against it; what does not bind is reported and left out. How the
    /// rules agree with each other (min ≤ max, one of within the pattern) is the checker's.
    /// </summary>
    private ValueRules BindRules(SyntaxToken? question, ImmutableArray<ValueRuleSyntax> rules, ArgType type)
    {
        var result = new ValueRules { Optional = question is not null };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            var keyword = rule.Keyword.Text;
            var name = keyword == "one" ? "one of" : keyword;
            if (!SyntaxFacts.ValueRuleKeywords.Contains(keyword))
            {
                Report(DiagnosticCatalog.UnknownValueRule(At(rule.Keyword), keyword));
                continue;
            }
            if (!seen.Add(name))
            {
                Report(DiagnosticCatalog.RuleRepeated(At(rule.Keyword), name));
                continue;
            }
            var numeric = type is ArgType.Number or ArgType.NumberList;
            var textual = type is ArgType.String or ArgType.StringList;
            if ((name is "min" or "max" && !numeric) || (name is "pattern" or "one of" && !textual))
            {
                Report(DiagnosticCatalog.RuleNotForType(At(rule.Keyword), name, TypeText(type)));
                continue;
            }
            switch (name)
            {
                case "sensitive":
                    result = result with { Sensitive = true };
                    break;
                case "min" when RuleNumber(rule) is { } min:
                    result = result with { Min = min };
                    break;
                case "max" when RuleNumber(rule) is { } max:
                    result = result with { Max = max };
                    break;
                case "pattern":
                    if (rule.Values is [LiteralExpressionSyntax { Token: { Kind: SyntaxKind.Regex, Value: RegexValue regex } } literal])
                    {
                        if (BindRegex(literal, regex) is not null)
                        {
                            result = result with { Pattern = regex.Pattern, PatternFlags = regex.Flags };
                        }
                    }
                    else if (rule.Values.Count > 0)
                    {
                        Report(DiagnosticCatalog.RuleValue(At(rule.Values[0]), name, "a regex literal such as `/^[A-Z]{3}$/`"));
                    }
                    break;
                case "one of":
                    var values = new List<string>();
                    foreach (var value in rule.Values)
                    {
                        if (value is LiteralExpressionSyntax { Token: { Kind: SyntaxKind.String, Value: string s } })
                        {
                            values.Add(s);
                        }
                        else
                        {
                            Report(DiagnosticCatalog.RuleValue(At(value), name, "string literals, as in `one of \"card\", \"bank\"`"));
                        }
                    }
                    result = result with { OneOf = [.. values.Distinct(StringComparer.Ordinal)] };
                    break;
            }
        }
        _log.DeclaredRules.Add(new BoundRules(_tree, rules, result));
        return result;
    }

    /// <summary>A rule's one number: a literal, or a constant expression the binder folds to one (such as a negative literal).</summary>
    private double? RuleNumber(ValueRuleSyntax rule)
    {
        if (rule.Values.Count == 0)
        {
            return null; // the parser reported the missing value
        }
        var value = rule.Values[0];
        if (value is LiteralExpressionSyntax { Token: { Kind: SyntaxKind.Number, Value: double d } })
        {
            return d;
        }
        if (value is not (PathExpressionSyntax or CallExpressionSyntax) && BindExpression(value, new Scope(Stage.Input, null)) is ExprIR.NumberLiteral n)
        {
            return n.Value;
        }
        Report(DiagnosticCatalog.RuleValue(At(value), rule.Keyword.Text, "a number, such as `500`"));
        return null;
    }

    private static string TypeText(ArgType type) => type switch
    {
        ArgType.String => "string",
        ArgType.Number => "number",
        ArgType.Bool => "bool",
        ArgType.StringList => "[string]",
        _ => "[number]",
    };
}
