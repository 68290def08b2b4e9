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
    // The policy's context attributes by path, bound before the guards and tests that read them.
    private readonly Dictionary<string, AttributeSpec> _attributes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Location> _attributeLocations = new(StringComparer.Ordinal);

    private ImmutableArray<AttributeSpec> BindContext(ContextSyntax context)
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
            if (_attributeLocations.TryGetValue(path, out var first))
            {
                Report(DiagnosticCatalog.DuplicateName(At(attribute.Name), path, first.ToString()));
                continue;
            }
            _attributeLocations[path] = At(attribute.Name);
            if (ArgTypeOf(attribute.Type) is { } type)
            {
                var spec = new AttributeSpec(path, type) { Rules = BindRules(attribute.Question, attribute.Rules, type) };
                _attributes[path] = spec;
                attributes.Add(spec);
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

    /// <summary>The rules after a declared type, checked against it; what does not check is reported and left out.</summary>
    private ValueRules BindRules(SyntaxToken? question, ImmutableArray<ValueRuleSyntax> rules, ArgType type)
    {
        var result = new ValueRules { Optional = question is not null };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        ValueRuleSyntax? minRule = null;
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
                    minRule = rule;
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
        if (result is { Min: { } lo, Max: { } hi } && lo > hi)
        {
            Report(DiagnosticCatalog.MinAboveMax(At(minRule!), Lowering.IrPrinter.Number(lo), Lowering.IrPrinter.Number(hi)));
            result = result with { Min = null, Max = null };
        }
        if (result.Pattern is { } pattern && !result.OneOf.IsDefaultOrEmpty)
        {
            var regex = Runtime.Functions.RegexFactory.Get(pattern, result.PatternFlags);
            foreach (var value in result.OneOf.Where(v => !regex.IsMatch(v)))
            {
                Report(DiagnosticCatalog.OneOfOutsidePattern(At(rules.First(r => r.Keyword.Text == "one")), System.Text.Json.JsonSerializer.Serialize(value), $"/{pattern}/{result.PatternFlags}"));
            }
        }
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
