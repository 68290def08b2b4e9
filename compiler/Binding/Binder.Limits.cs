using Airs.Compiler.Diagnostics;
using Airs.Compiler.Schema;
using Airs.Compiler.Syntax;
using Airs.Runtime.Decisions;
using Airs.Runtime.Limits;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Binding;

internal sealed partial class Binder
{
    /// <summary>
    /// Binds <c>limit name { count …  max … within … per …  warn …  price …  mode …  on exceed … }</c>: units and types
    /// (a whole number of requests or calls, a positive window), a sum only over a declared <c>number</c> argument of a
    /// declared tool, a price exactly for cost, and only <c>block</c> or <c>escalate</c> past the limit.
    /// </summary>
    private BoundLimit? BindLimit(LimitDeclarationSyntax limit)
    {
        var name = limit.Name.Text;
        var items = ReadBlock(limit.Body, $"limit `{name}`", LanguageSchema.Limit);
        var count = Single<CountSyntax>(items, limit, "count", c => c.CountKeyword);
        var max = Single<LimitMaxSyntax>(items, limit, "max", m => m.MaxKeyword);
        var id = items.Settings.TryGetValue("id", out var idSetting) ? StringSetting(idSetting) ?? name : name;
        var mode = Mode(items);
        var onExceed = new ActionSpec(Outcome.Block);
        foreach (var on in items.Ons)
        {
            if (on.Event.Text != "exceed")
            {
                Report(DiagnosticCatalog.EventNotAllowed(At(on.Event), on.Event.Text, $"limit `{name}`"));
            }
            else if (on.Action is MessageActionSyntax { Kind: ActionKind.Block } or EscalateActionSyntax)
            {
                onExceed = BindActionSpec(on.Action, "past a limit") ?? onExceed;
            }
            else
            {
                Report(DiagnosticCatalog.ActionNotAllowed(At(on.Action), on.Action.Keyword.Text, "past a limit (`block` or `escalate`)"));
            }
        }
        var maps = BindMaps(items.Maps);
        if (count is null || max is null)
        {
            return null;
        }

        var ok = true;
        if (!LimitMeasures.Table.TryParse(count.Measure.Text, out var measure))
        {
            if (!count.Measure.IsMissing)
            {
                Report(DiagnosticCatalog.UnknownEnumMember(At(count.Measure), count.Measure.Text, "limit measure", LimitMeasures.Table.Keywords));
            }
            return null;
        }
        var (tool, argument) = BindCounted(count, measure, ref ok);

        var perCall = measure is LimitMeasure.Requests or LimitMeasure.ToolCalls;
        var amount = 0.0;
        if (max.Amount is LiteralExpressionSyntax { Token.Value: double value } && value > 0 && double.IsFinite(value) && (!perCall || value == Math.Floor(value)))
        {
            amount = value;
        }
        else
        {
            ok = Fail(DiagnosticCatalog.InvalidNumber(At(max.Amount), $"the maximum of `count {count.Measure.Text}`",
                perCall ? "a whole number of at least 1" : "a positive number"));
        }
        var window = PositiveWindow(max.Window, "a limit's window", "a positive duration such as `1m` or `1d`", ref ok);
        var scope = LimitScope.Global;
        if (max.Key is { IsMissing: false } key && !LimitScopes.Table.TryParse(key.Text, out scope))
        {
            ok = Fail(DiagnosticCatalog.UnknownEnumMember(At(key), key.Text, "limit scope", LimitScopes.Table.Keywords));
        }
        else if (scope == LimitScope.Agent && !_declarations.Symbols.Any(s => s.Kind == SymbolKind.Agent))
        {
            Report(DiagnosticCatalog.LimitPerAgentWithoutAgents(At(max.Key!), name));
        }
        if (max.Key is { IsMissing: false } scopeKey)
        {
            ok &= ScopeExists(scopeKey, ScopeStages.FieldOf(scope), LimitRules.StagesOf(measure));
        }

        double? warnAt = null;
        if (items.Settings.TryGetValue("warn", out var warn))
        {
            if (warn.Value is LiteralExpressionSyntax { Token.Kind: SyntaxKind.Percent, Token.Value: double share } && share is > 0 and < 1)
            {
                warnAt = share;
            }
            else
            {
                ok = Fail(DiagnosticCatalog.InvalidSettingValue(At(warn.Value), "warn", "a share of the limit above 0% and below 100%, such as `80%`"));
            }
        }
        var price = 1.0;
        if (items.Settings.TryGetValue("price", out var priceSetting))
        {
            if (measure != LimitMeasure.Cost)
            {
                ok = Fail(DiagnosticCatalog.PriceWithoutCost(At(priceSetting.Keyword), count.Measure.Text));
            }
            else if (priceSetting.Value is LiteralExpressionSyntax { Token.Kind: SyntaxKind.Number, Token.Value: double p } && p > 0 && double.IsFinite(p))
            {
                price = p;
            }
            else
            {
                ok = Fail(DiagnosticCatalog.InvalidSettingValue(At(priceSetting.Value), "price", "a positive number: the price of one token"));
            }
        }
        else if (measure == LimitMeasure.Cost)
        {
            ok = Fail(DiagnosticCatalog.LimitNeedsPrice(At(count.Measure), name));
        }

        if (!ok)
        {
            return null;
        }
        return new BoundLimit(_tree, limit, new LimitSpec(name, id, measure, amount, window, scope, mode, onExceed)
        {
            Tool = tool,
            Argument = argument,
            Price = price,
            WarnAt = warnAt,
            Maps = maps,
        });
    }

    /// <summary>The tool a limit counts per, and the summed argument: declared, and a <c>number</c> for a sum.</summary>
    private (string? Tool, string? Argument) BindCounted(CountSyntax count, LimitMeasure measure, ref bool ok)
    {
        if (measure is not (LimitMeasure.ToolCalls or LimitMeasure.Sum))
        {
            if (count.OfKeyword is not null)
            {
                ok = Fail(DiagnosticCatalog.LimitMeasureTakesNoTool(At(count.OfKeyword), count.Measure.Text));
            }
            return (null, null);
        }
        if (count.Tool is not { IsMissing: false, Value: string tool } toolToken)
        {
            ok &= measure == LimitMeasure.ToolCalls; // `tool_calls` alone counts every tool; the parser reported a missing one
            return (null, null);
        }
        if (Lookup(toolToken, SymbolKind.Tool) is null || !_tools.TryGetValue(tool, out var declared))
        {
            ok = Fail(DiagnosticCatalog.UndeclaredTool(At(toolToken), tool));
            return (tool, null);
        }
        if (measure == LimitMeasure.ToolCalls || count.Argument is not { IsMissing: false } argumentToken)
        {
            ok &= measure == LimitMeasure.ToolCalls;
            return (tool, null);
        }
        var argument = declared.Args.FirstOrDefault(a => a.Name == argumentToken.Text);
        if (argument is null)
        {
            ok = Fail(DiagnosticCatalog.UnknownToolArgument(At(argumentToken), tool, argumentToken.Text));
        }
        else if (argument.Type != ArgType.Number)
        {
            ok = Fail(DiagnosticCatalog.LimitSumNotNumber(At(argumentToken), tool, argument.Name, Semantics.AirsType.Of(argument.Type).ToString()));
        }
        return (tool, argumentToken.Text);
    }

    /// <summary>The scope's id field exists on every stage the count is kept on (see <see cref="ScopeStages"/>).</summary>
    private bool ScopeExists(SyntaxToken key, Runtime.Context.ContextField? field, IEnumerable<Stage> countedOn)
    {
        var missing = ScopeStages.Missing(field, countedOn, Runtime.Context.ContextSchema.Fields).ToList();
        if (missing.Count == 0)
        {
            return true;
        }
        var info = Runtime.Context.ContextSchema.Get(field!.Value);
        return Fail(DiagnosticCatalog.FieldNotOnStage(At(key), info.Path, missing[0].ToKeyword(),
            string.Join(", ", info.Stages.Order().Select(s => $"`{s.ToKeyword()}`"))));
    }

    /// <summary>The one item of kind <typeparamref name="T"/> a block needs: missing or repeated is reported.</summary>
    private T? Single<T>(BlockItems items, LimitDeclarationSyntax limit, string keyword, Func<T, SyntaxToken> keywordOf)
        where T : ItemSyntax
    {
        var all = items.Others.OfType<T>().ToList();
        if (all.Count == 0)
        {
            Report(DiagnosticCatalog.MissingItem(At(limit.Name), $"limit `{limit.Name.Text}`", keyword));
            return null;
        }
        foreach (var extra in all.Skip(1))
        {
            Report(DiagnosticCatalog.DuplicateSetting(At(keywordOf(extra)), keyword));
        }
        return all[0];
    }
}
