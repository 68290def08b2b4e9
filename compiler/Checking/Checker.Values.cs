using System.Text.Json.Nodes;
using Airs.Compiler.Diagnostics;
using Airs.Compiler.Lowering;
using Airs.Runtime.Functions;

namespace Airs.Compiler.Checking;

// Declared values: the rules after a tool argument's or a context attribute's type must agree with each other.
internal sealed partial class Checker
{
    private void CheckDeclaredRules()
    {
        foreach (var (tree, syntax, rules) in _policy.DeclaredRules)
        {
            if (rules is { Min: { } lo, Max: { } hi } && lo > hi)
            {
                Report(DiagnosticCatalog.MinAboveMax(At(tree, syntax.First(r => r.Keyword.Text == "min")), IrPrinter.Number(lo), IrPrinter.Number(hi)));
            }
            if (rules.Pattern is { } pattern && !rules.OneOf.IsDefaultOrEmpty)
            {
                var regex = RegexFactory.GetForValues(pattern, rules.PatternFlags);
                foreach (var value in rules.OneOf.Where(v => !regex.IsMatch(v)))
                {
                    Report(DiagnosticCatalog.OneOfOutsidePattern(At(tree, syntax.First(r => r.Keyword.Text == "one")), JsonString(value), $"/{pattern}/{rules.PatternFlags}"));
                }
            }
        }
    }

    // The value as a JSON string literal, without reflection-based serialization (the native `airs check` runs this).
    private static string JsonString(string value) => JsonValue.Create(value).ToJsonString();
}
