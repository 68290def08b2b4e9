using System.Collections.Immutable;
using Airs.Compiler.Diagnostics;
using Airs.Compiler.Schema;
using Airs.Compiler.Syntax;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Binding;

internal sealed partial class Binder
{
    private static readonly Dictionary<string, PaceLevel> Levels = new(StringComparer.Ordinal)
    {
        ["primary"] = PaceLevel.Primary,
        ["alternate"] = PaceLevel.Alternate,
        ["contingency"] = PaceLevel.Contingency,
        ["emergency"] = PaceLevel.Emergency,
    };

    private PaceLevel? PaceLevelOf(SyntaxToken token)
    {
        if (Levels.TryGetValue(token.Text, out var level))
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
            if (!Levels.TryGetValue(state.Keyword.Text, out var level))
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
                        triggers.Add(new BreakerOpenTrigger(breaker.Name.Text));
                        break;
                }
            }
            var actions = ImmutableArray.CreateBuilder<PaceAction>();
            string? fallback = null;
            foreach (var action in state.Body.Items)
            {
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
            states.Add(new PaceStateSpec(level, state.ManualKeyword is not null, triggers.ToImmutable(), actions.ToImmutable(), fallback));
        }
        return states.ToImmutable();
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
