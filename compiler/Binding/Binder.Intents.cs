using System.Collections.Immutable;
using Airs.Compiler.Diagnostics;
using Airs.Compiler.Schema;
using Airs.Compiler.Syntax;
using Airs.Runtime.Judges;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Binding;

// `intent` blocks of agents, judges and workflows, and `workflow` blocks.
internal sealed partial class Binder
{
    /// <summary>The one <c>intent</c> block among a block's items (a second one is reported), bound; null when there is none.</summary>
    private BoundIntent? BindIntentOf(IEnumerable<ItemSyntax> items, string owner, bool scopesTools, bool evaluated = true)
    {
        var intents = items.OfType<IntentDeclarationSyntax>().ToList();
        foreach (var extra in intents.Skip(1))
        {
            Report(DiagnosticCatalog.DuplicateSetting(At(extra.Keyword), "intent"));
        }
        return intents.Count == 0 ? null : BindIntent(intents[0], owner, scopesTools, evaluated);
    }

    /// <param name="scopesTools">Whether the intent may say <c>tools</c> and <c>data</c> (an agent's).</param>
    /// <param name="evaluated">Whether the intent may say <c>evaluate</c> (not a workflow's: its judges say when they run).</param>
    private BoundIntent? BindIntent(IntentDeclarationSyntax intent, string owner, bool scopesTools, bool evaluated = true)
    {
        var items = ReadBlock(intent.Body, $"the intent of {owner}", LanguageSchema.Intent);
        var goal = items.Settings.TryGetValue("goal", out var g) ? StringSetting(g) : null;
        if (g is null)
        {
            Report(DiagnosticCatalog.MissingItem(At(intent.Keyword), $"the intent of {owner}", "goal"));
        }
        var success = items.Settings.TryGetValue("success", out var s) ? Criteria(s) : [];
        var failure = items.Settings.TryGetValue("failure", out var f) ? Criteria(f) : [];
        foreach (var duplicate in success.Concat(failure).GroupBy(c => c.Name).SelectMany(group => group.Skip(1)))
        {
            Report(DiagnosticCatalog.DuplicateCriterion(At(duplicate.NameToken), duplicate.Name));
        }
        ImmutableArray<string> tools = [], data = [];
        foreach (var setting in new[] { "tools", "data" }.Select(word => items.Settings.GetValueOrDefault(word)).OfType<SettingSyntax>())
        {
            if (!scopesTools)
            {
                Report(DiagnosticCatalog.IntentSettingNotForOwner(At(setting.Keyword), setting.Keyword.Text, owner));
            }
            else if (setting.Keyword.Text == "tools")
            {
                tools = ToolList(setting.Value);
            }
            else
            {
                data = StringList(setting);
            }
        }
        (EvaluationFrequency, SettingSyntax)? evaluate = null;
        if (!evaluated && items.Settings.TryGetValue("evaluate", out var notHere))
        {
            Report(DiagnosticCatalog.IntentSettingNotForOwner(At(notHere.Keyword), "evaluate", owner));
        }
        else if (items.Settings.TryGetValue("evaluate", out var e)
            && EnumSetting(e, EvaluationFrequencies.Table.ByKeyword, "one of `every_action`, `per_phase`, `after_execution`") is { } frequency)
        {
            evaluate = (frequency, e);
        }
        return goal is null ? null
            : new BoundIntent(_tree, intent, goal, success, failure, tools, items.Settings.GetValueOrDefault("tools"), data, evaluate);
    }

    /// <summary><c>{ name: "text", … }</c>: named criteria, each a string.</summary>
    private ImmutableArray<BoundCriterion> Criteria(SettingSyntax setting)
    {
        if (setting.Value is not ObjectLiteralExpressionSyntax table)
        {
            Report(DiagnosticCatalog.InvalidSettingValue(At(setting.Value), setting.Keyword.Text, "named criteria such as `{ refund_issued: \"the approved amount was refunded\" }`"));
            return [];
        }
        var criteria = ImmutableArray.CreateBuilder<BoundCriterion>();
        foreach (var property in table.Properties.Where(p => !p.Name.IsMissing))
        {
            if (property.Value is LiteralExpressionSyntax { Token.Value: string text })
            {
                criteria.Add(new BoundCriterion(property.Name.Text, text, property.Name));
            }
            else
            {
                Report(DiagnosticCatalog.InvalidSettingValue(At(property.Value), $"{setting.Keyword.Text}.{property.Name.Text}", "a string describing the criterion"));
            }
        }
        return criteria.ToImmutable();
    }

    private ImmutableArray<string> StringList(SettingSyntax setting)
    {
        if (setting.Value is not ListExpressionSyntax list)
        {
            Report(DiagnosticCatalog.InvalidSettingValue(At(setting.Value), setting.Keyword.Text, "a list of strings such as `[\"orders\"]`"));
            return [];
        }
        var values = ImmutableArray.CreateBuilder<string>();
        foreach (var element in list.Elements)
        {
            if (element is LiteralExpressionSyntax { Token.Value: string value })
            {
                values.Add(value);
            }
            else
            {
                Report(DiagnosticCatalog.InvalidSettingValue(At(element), setting.Keyword.Text, "a list of strings such as `[\"orders\"]`"));
            }
        }
        return values.ToImmutable();
    }

    /// <summary>A judge's own intent, and the intent placeholders its prompt reads.</summary>
    private BoundJudge WithIntent(BoundJudge judge) => judge with
    {
        Intent = BindIntentOf(judge.Syntax.Body.Items, $"judge `{judge.Name}`", scopesTools: false),
        IntentPaths = [.. JudgePromptBuilder.Placeholders(judge.Prompt).Where(IntentPlaceholders.IsIntentPath).Distinct()],
    };

    private void CheckIntentPlaceholder(ExpressionSyntax at, string path)
    {
        if (!IntentPlaceholders.Paths.ContainsKey(path))
        {
            var prefix = path.StartsWith(IntentPlaceholders.AgentPrefix, StringComparison.Ordinal) ? IntentPlaceholders.AgentPrefix : IntentPlaceholders.WorkflowPrefix;
            var fields = IntentPlaceholders.Paths.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal);
            Report(DiagnosticCatalog.UnknownPlaceholder(At(at), path, $"is not an intent field: `{prefix}` is followed by {string.Join(", ", fields.Select(f => $"`{f[prefix.Length..]}`"))}"));
        }
    }

    private BoundWorkflow BindWorkflow(WorkflowDeclarationSyntax workflow)
    {
        var name = workflow.Name.Text;
        var items = ReadBlock(workflow.Body, $"workflow `{name}`", LanguageSchema.Workflow);
        var agents = ImmutableArray.CreateBuilder<string>();
        if (items.Settings.TryGetValue("agents", out var setting))
        {
            if (setting.Value is ListExpressionSyntax list)
            {
                foreach (var element in list.Elements)
                {
                    if (element is not PathExpressionSyntax { Segments.Count: 1 } path)
                    {
                        Report(DiagnosticCatalog.InvalidSettingValue(At(element), "agents", "a list of agent names such as `[intake, planner]`"));
                    }
                    else if (Lookup(path.Segments[0], SymbolKind.Agent) is null)
                    {
                        Report(DiagnosticCatalog.UndeclaredAgent(At(element), path.Segments[0].Text));
                    }
                    else if (agents.Contains(path.Segments[0].Text))
                    {
                        Report(DiagnosticCatalog.ListedTwice(At(element), $"agent `{path.Segments[0].Text}`"));
                    }
                    else
                    {
                        agents.Add(path.Segments[0].Text);
                    }
                }
            }
            else
            {
                Report(DiagnosticCatalog.InvalidSettingValue(At(setting.Value), "agents", "a list of agent names such as `[intake, planner]`"));
            }
        }
        if (setting is null || (setting.Value is ListExpressionSyntax { Elements.Count: 0 }))
        {
            Report(DiagnosticCatalog.WorkflowWithoutAgents(At(workflow.Name), name));
        }
        var intent = BindIntentOf(items.Others, $"workflow `{name}`", scopesTools: false, evaluated: false);
        if (!items.Others.OfType<IntentDeclarationSyntax>().Any())
        {
            Report(DiagnosticCatalog.MissingItem(At(workflow.Name), $"workflow `{name}`", "intent"));
        }
        return new BoundWorkflow(_tree, workflow, name, agents.ToImmutable(), intent);
    }
}
