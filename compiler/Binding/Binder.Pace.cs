using System.Collections.Immutable;
using Airs.Compiler.Diagnostics;
using Airs.Compiler.Schema;
using Airs.Compiler.Syntax;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Binding;

internal sealed partial class Binder
{
    private PaceLevel? PaceLevelOf(SyntaxToken token)
    {
        if (PaceLevels.TryParse(token.Text, out var level))
        {
            _log.PaceReferences.Add(new PaceReference(At(token), token.Text, level));
            return level;
        }
        Report(DiagnosticCatalog.UnknownEnumMember(At(token), token.Text, "PACE level", LanguageSchema.PaceLevels));
        return null;
    }

    private ImmutableArray<PaceStateSpec> BindPace(PaceDeclarationSyntax pace)
    {
        var states = ImmutableArray.CreateBuilder<PaceStateSpec>();
        var declaredLevels = new HashSet<PaceLevel>();
        foreach (var item in pace.Body.Items)
        {
            if (item is SkippedTokensSyntax)
            {
                continue;
            }
            if (item is not PaceStateSyntax state)
            {
                Report(DiagnosticCatalog.ItemNotAllowed(At(item), Describe(item), "`pace`"));
                continue;
            }
            if (!PaceLevels.TryParse(state.Keyword.Text, out var level))
            {
                continue;
            }
            if (!declaredLevels.Add(level))
            {
                Report(DiagnosticCatalog.DuplicatePaceLevel(At(state.Keyword), state.Keyword.Text));
                continue;
            }
            var triggers = ImmutableArray.CreateBuilder<PaceTrigger>();
            foreach (var trigger in state.Condition?.Triggers ?? SeparatedSyntaxList<PaceTriggerSyntax>.Empty)
            {
                switch (trigger)
                {
                    case JudgeFailingTriggerSyntax { Name: null }:
                        triggers.Add(new JudgeFailingTrigger(null));
                        break;
                    case JudgeFailingTriggerSyntax { Name: { } judge }:
                        if (Lookup(judge, SymbolKind.Judge) is null)
                        {
                            Report(DiagnosticCatalog.UndeclaredJudge(At(judge), judge.Text));
                        }
                        triggers.Add(new JudgeFailingTrigger(judge.Text));
                        break;
                    case BreakerOpenTriggerSyntax breaker:
                        if (Lookup(breaker.Name, SymbolKind.Breaker) is null)
                        {
                            Report(DiagnosticCatalog.UndeclaredBreaker(At(breaker.Name), breaker.Name.Text));
                        }
                        _log.BreakerTriggers.Add(new BoundBreakerTrigger(_tree, breaker));
                        triggers.Add(new BreakerOpenTrigger(breaker.Name.Text));
                        break;
                }
            }
            var actions = ImmutableArray.CreateBuilder<PaceAction>();
            var agentActions = ImmutableArray.CreateBuilder<AgentActionSpec>();
            var authority = ImmutableArray<string>.Empty;
            string? fallback = null;
            foreach (var action in state.Body.Items)
            {
                if (action is AgentActionSyntax agentAction)
                {
                    if (AgentActionOf(agentAction) is not { } spec)
                    {
                        continue;
                    }
                    if (agentActions.Contains(spec))
                    {
                        Report(DiagnosticCatalog.ListedTwice(At(agentAction), $"`{agentAction.Keyword.Text} {spec.Agent}`"));
                        continue;
                    }
                    agentActions.Add(spec);
                    continue;
                }
                if (action is SettingSyntax { Keyword.Text: "authority" } setting)
                {
                    authority = authority.IsEmpty ? Principals(setting) : Duplicate(setting, authority);
                    continue;
                }
                var bound = action switch
                {
                    SimpleActionSyntax { Keyword.Text: "halt" } => PaceAction.Halt,
                    PaceActionSyntax p => PaceActionOf(p),
                    SkippedTokensSyntax => null,
                    _ => UnknownPaceAction(action),
                };
                if (bound is { } a && !actions.Contains(a))
                {
                    actions.Add(a);
                    if (a == PaceAction.RespondFallback && action is PaceActionSyntax { Message.Value: string message })
                    {
                        fallback = message;
                    }
                }
            }
            if (actions.Contains(PaceAction.JudgesOff) && actions.Contains(PaceAction.JudgesAll))
            {
                Report(DiagnosticCatalog.PaceJudgesConflict(At(state.Keyword), state.Keyword.Text));
            }
            states.Add(new PaceStateSpec(level, state.ManualKeyword is not null, triggers.ToImmutable(), actions.ToImmutable(), fallback)
            {
                AgentActions = agentActions.ToImmutable(),
                Authority = authority,
            });
        }
        return states.ToImmutable();
    }

    /// <summary><c>isolate executor</c>, <c>read_only executor</c>, <c>handover executor</c>: an action on one declared agent.</summary>
    private AgentActionSpec? AgentActionOf(AgentActionSyntax action)
    {
        if (!AgentActions.Table.TryParse(action.Keyword.Text, out var kind) || action.Agent.IsMissing)
        {
            return null;
        }
        if (Lookup(action.Agent, SymbolKind.Agent) is null)
        {
            Report(DiagnosticCatalog.UndeclaredAgent(At(action.Agent), action.Agent.Text));
            return null;
        }
        var spec = new AgentActionSpec(kind, action.Agent.Text);
        _log.AgentActions.Add(new BoundAgentAction(_tree, action, spec));
        return spec;
    }

    /// <summary><c>authority ["oncall-lead", "ciso"]</c>: the principals who may move this level by hand.</summary>
    private ImmutableArray<string> Principals(SettingSyntax setting)
    {
        if (setting.Value is ListExpressionSyntax list && list.Elements.Count > 0
            && list.Elements.All(e => e is LiteralExpressionSyntax { Token.Value: string p } && !string.IsNullOrWhiteSpace(p)))
        {
            return [.. list.Elements.Select(e => (string)((LiteralExpressionSyntax)e).Token.Value!).Distinct(StringComparer.Ordinal)];
        }
        Report(DiagnosticCatalog.InvalidSettingValue(At(setting.Value), "authority", "a non-empty list of principal names, e.g. `[\"oncall-lead\"]`"));
        return [];
    }

    private ImmutableArray<string> Duplicate(SettingSyntax setting, ImmutableArray<string> first)
    {
        Report(DiagnosticCatalog.DuplicateSetting(At(setting.Keyword), "authority"));
        return first;
    }

    private PaceAction? UnknownPaceAction(ItemSyntax action)
    {
        Report(DiagnosticCatalog.UnknownPaceAction(At(action), Describe(action)));
        return null;
    }

    private PaceAction? PaceActionOf(PaceActionSyntax action)
    {
        var text = action.Qualifier is { } q ? $"{action.Keyword.Text} {action.Argument.Text} {q.Text}" : $"{action.Keyword.Text} {action.Argument.Text}";
        PaceAction? result = text switch
        {
            "judges off" => PaceAction.JudgesOff,
            "judges all" => PaceAction.JudgesAll,
            "enforce all" => PaceAction.EnforceAll,
            "review all outputs" => PaceAction.ReviewAllOutputs,
            "tools read_only" => PaceAction.ToolsReadOnly,
            "respond fallback" => PaceAction.RespondFallback,
            _ => null,
        };
        if (result is null)
        {
            Report(DiagnosticCatalog.UnknownPaceAction(At(action), text));
        }
        return result;
    }
}
