using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Airs.Compiler.Diagnostics;
using Airs.Compiler.Schema;
using Airs.Compiler.Lowering;
using Airs.Compiler.Semantics;
using Airs.Compiler.Syntax;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Binding;

internal sealed partial class Binder
{

    private static readonly Regex KnownStandard = new(
        @"^(owasp\.llm(0[1-9]|10)|owasp\.asi(0[1-9]|10)|atlas\.T\d{4}(\.\d{3})?|eu\.art(9|14|15))$",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    private BoundGuard? BindGuard(GuardDeclarationSyntax guard)
    {
        var name = guard.Name.Text;
        var stage = BindStage(guard.Stage);
        var items = ReadBlock(guard.Body, $"guard `{name}`", LanguageSchema.Guard);
        var id = items.Settings.TryGetValue("id", out var idSetting) ? StringSetting(idSetting) ?? name : name;
        var mode = Mode(items);
        if (items.Whens.Count == 0)
        {
            Report(DiagnosticCatalog.MissingItem(At(guard.Name), $"guard `{name}`", "when"));
        }
        foreach (var extra in items.Whens.Skip(1))
        {
            Report(DiagnosticCatalog.DuplicateSetting(At(extra.WhenKeyword), "when"));
        }
        if (items.Actions.Count == 0)
        {
            Report(DiagnosticCatalog.MissingItem(At(guard.Name), $"guard `{name}`", "block"));
        }
        foreach (var extra in items.Actions.Skip(1))
        {
            Report(DiagnosticCatalog.MoreThanOneAction(At(extra.Keyword), name));
        }
        var maps = BindMaps(items.Maps);
        if (stage is not { } s || items.Whens.Count == 0 || items.Actions.Count == 0)
        {
            return null;
        }
        var scope = new Scope(s, null);
        var condition = BindCondition(items.Whens[0].Condition, scope);
        var action = BindGuardAction(items.Actions[0], scope);
        if (condition is null || action is null)
        {
            return null;
        }
        return new BoundGuard(_tree, guard, name, id, s, mode, condition, action, maps);
    }

    private ControlMode Mode(BlockItems items) =>
        items.Settings.TryGetValue("mode", out var mode)
            ? EnumSetting(mode, ModeNames, "`enforce` or `detect`") ?? ControlMode.Enforce
            : ControlMode.Enforce;

    private static readonly Dictionary<string, ControlMode> ModeNames = new(StringComparer.Ordinal)
    {
        ["enforce"] = ControlMode.Enforce,
        ["detect"] = ControlMode.Detect,
    };

    private Stage? BindStage(SyntaxToken token)
    {
        if (token.IsMissing)
        {
            return null;
        }
        if (Stages.TryParse(token.Text, out var stage))
        {
            return stage;
        }
        Report(DiagnosticCatalog.UnknownStage(At(token), token.Text));
        return null;
    }

    private ActionIR? BindGuardAction(ActionSyntax action, Scope scope) => action switch
    {
        MessageActionSyntax { Kind: ActionKind.Block } m => new ActionIR.Block(m.Message?.Value as string),
        MessageActionSyntax { Kind: ActionKind.Flag } m => new ActionIR.Flag(m.Message?.Value as string),
        SimpleActionSyntax { Kind: ActionKind.Allow } => new ActionIR.Allow(),
        SimpleActionSyntax { Kind: ActionKind.Halt } => new ActionIR.Halt(),
        EscalateActionSyntax e => Lookup(e.Review, SymbolKind.Review) is not null
            ? new ActionIR.Escalate(e.Review.Text)
            : Fail<ActionIR>(DiagnosticCatalog.UndeclaredReview(At(e.Review), e.Review.Text)),
        RedactActionSyntax r => BindRedact(r, scope),
        PaceTransitionSyntax p => PaceLevelOf(p.Level) is { } level ? new ActionIR.Pace(level) : null,
        _ => Fail<ActionIR>(DiagnosticCatalog.ActionNotAllowed(At(action), action.Keyword.Text, "in a guard")),
    };

    private ActionIR? BindRedact(RedactActionSyntax redact, Scope scope)
    {
        var spans = BindExpression(redact.Target, scope);
        if (spans is null)
        {
            return null;
        }
        // Only the stage's own text is released (a tool call's is its name, which no host changes): a redaction of any
        // other field would fire as `redact` and release everything as it was.
        if (spans is not ExprIR.Call { Type.Kind: TypeKind.Spans } call || call.Arguments[0] is not ExprIR.Field { Type.Kind: TypeKind.String } field
            || scope.Stage == Stage.ToolCall || field.ContextField != StageText.FieldOf(scope.Stage))
        {
            return Fail<ActionIR>(DiagnosticCatalog.RedactNeedsFieldSpans(At(redact.Target)));
        }
        switch (redact.Replacement)
        {
            case LiteralExpressionSyntax { Token.Value: string text }:
                return new ActionIR.Redact(spans, text);
            case PathExpressionSyntax { Segments.Count: 1 } path when EnumMembers.RedactionStyleNames.TryGetValue(path.Segments[0].Text, out var style):
                return new ActionIR.Redact(spans, style);
            default:
                return Fail<ActionIR>(DiagnosticCatalog.InvalidSettingValue(At(redact.Replacement), "with",
                    "a replacement string or one of `mask`, `tag`, `last4`, `hash`"));
        }
    }

    private ImmutableArray<string> BindMaps(IEnumerable<MapsSyntax> maps)
    {
        var refs = ImmutableArray.CreateBuilder<string>();
        foreach (var reference in maps.SelectMany(m => m.References))
        {
            var text = string.Concat(reference.Parts.GetWithSeparators().OfType<SyntaxToken>().Select(t => t.Text));
            if (!KnownStandard.IsMatch(text))
            {
                Report(DiagnosticCatalog.UnknownStandard(At(reference), text));
            }
            if (!refs.Contains(text))
            {
                refs.Add(text);
            }
        }
        return refs.ToImmutable();
    }

    // ---- judges ------------------------------------------------------------------------------------

    private BoundJudge? BindJudge(JudgeDeclarationSyntax judge)
    {
        var name = judge.Name.Text;
        var stage = BindStage(judge.Stage);
        var items = ReadBlock(judge.Body, $"judge `{name}`", LanguageSchema.Judge);
        var id = items.Settings.TryGetValue("id", out var idSetting) ? StringSetting(idSetting) ?? name : name;
        var model = RequiredModel(items, "model", judge);
        var challenger = items.Settings.TryGetValue("challenger", out var c) ? ModelReference(c, name) : null;
        var sample = items.Settings.TryGetValue("sample", out var sampleSetting) ? SampleRate(sampleSetting) : null;
        var timeout = items.Settings.TryGetValue("timeout", out var t) ? DurationSetting(t) : null;
        string? prompt = null;
        if (items.Settings.TryGetValue("prompt", out var p))
        {
            prompt = StringSetting(p);
            if (prompt is not null && stage is { } promptStage)
            {
                CheckPlaceholders(p.Value, prompt, promptStage);
            }
        }
        else
        {
            Report(DiagnosticCatalog.MissingItem(At(judge.Name), $"judge `{name}`", "prompt"));
        }
        ActionSpec? onFail = null;
        var onError = new JudgeFailure(null, null);
        foreach (var on in items.Ons)
        {
            switch (on.Event.Text)
            {
                case "fail": onFail = BindActionSpec(on.Action, $"in `on fail`"); break;
                case "error": onError = BindJudgeFailure(on.Action); break;
                case "uncertain": break; // bound with the confidence band (BindJudgeRisk)
                default: Report(DiagnosticCatalog.EventNotAllowed(At(on.Event), on.Event.Text, $"judge `{name}`")); break;
            }
        }
        var maps = BindMaps(items.Maps);
        var risk = BindJudgeRisk(items, name, stage, sample);
        if (stage is not { } s || model is null || prompt is null || risk is null)
        {
            return null;
        }
        return new BoundJudge(_tree, judge, name, id, s, Mode(items), model, challenger, sample, timeout, items.Flags.Contains("blocking"), prompt,
            onFail, onError, maps) { Risk = risk };
    }

    private string? RequiredModel(BlockItems items, string setting, JudgeDeclarationSyntax judge)
    {
        if (items.Settings.TryGetValue(setting, out var s))
        {
            return ModelReference(s, judge.Name.Text);
        }
        Report(DiagnosticCatalog.MissingItem(At(judge.Name), $"judge `{judge.Name.Text}`", setting));
        return null;
    }

    private string? ModelReference(SettingSyntax setting, string judge)
    {
        if (StringSetting(setting) is not { } model)
        {
            return null;
        }
        var token = ((LiteralExpressionSyntax)setting.Value).Token;
        if (Lookup(token, SymbolKind.Model) is null)
        {
            Report(DiagnosticCatalog.UndeclaredModel(At(setting.Value), judge, model));
            return null;
        }
        return model;
    }

    /// <summary>The <c>sample</c> setting, one rate or one per tier; null when it is not written as either (reported).</summary>
    private SampleSetting? SampleRate(SettingSyntax setting)
    {
        switch (setting.Value)
        {
            case LiteralExpressionSyntax { Token: { Kind: SyntaxKind.Percent, Value: double fraction } } literal:
                return new SampleSetting(CheckFraction(literal, fraction), ImmutableDictionary<Tier, double?>.Empty);
            case ObjectLiteralExpressionSyntax table:
                var byTier = ImmutableDictionary.CreateBuilder<Tier, double?>();
                foreach (var property in table.Properties)
                {
                    if (!EnumMembers.TierNames.TryGetValue(property.Name.Text, out var tier))
                    {
                        Report(DiagnosticCatalog.UnknownEnumMember(At(property.Name), property.Name.Text, "tier", ["low", "medium", "high", "critical"]));
                        continue;
                    }
                    if (property.Value is LiteralExpressionSyntax { Token: { Kind: SyntaxKind.Percent, Value: double f } } value)
                    {
                        byTier[tier] = CheckFraction(value, f);
                    }
                    else
                    {
                        Report(DiagnosticCatalog.InvalidSettingValue(At(property.Value), "sample", "a percentage such as `10%`"));
                    }
                }
                return new SampleSetting(null, byTier.ToImmutable());
            default:
                Report(DiagnosticCatalog.InvalidSettingValue(At(setting.Value), "sample", "a percentage such as `10%`, or one per tier: `{ low: 1%, high: 50% }`"));
                return null;
        }
    }

    private double? CheckFraction(SyntaxNode at, double fraction)
    {
        if (fraction is >= 0 and <= 1)
        {
            return fraction;
        }
        Report(DiagnosticCatalog.InvalidNumber(At(at), "a sample rate", "between `0%` and `100%`"));
        return null;
    }

    /// <summary>Checks that every <c>{{ path }}</c> in a judge prompt names a field of the judge's stage or an intent field.</summary>
    private void CheckPlaceholders(ExpressionSyntax at, string prompt, Stage stage)
    {
        foreach (Match match in Placeholder.Matches(prompt))
        {
            var path = match.Groups[1].Value;
            if (Runtime.Judges.IntentPlaceholders.IsIntentPath(path))
            {
                CheckIntentPlaceholder(at, path);
            }
            else if (!Runtime.Context.ContextSchema.ByPath.TryGetValue(path, out var field) || field.Type == Runtime.Context.FieldType.ToolArgs)
            {
                Report(DiagnosticCatalog.UnknownPlaceholder(At(at), path, "is not a context field"));
            }
            else if (!field.Stages.Contains(stage))
            {
                Report(DiagnosticCatalog.UnknownPlaceholder(At(at), path, $"is not available on stage `{stage.ToKeyword()}`"));
            }
        }
    }

    private static readonly Regex Placeholder = new(@"\{\{\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\}\}", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    /// <summary>
    /// <c>on error</c>: a judge failure that moves PACE still decides its own outcome by the tier's posture,
    /// which the lowerer applies; any other action is bound as in <c>on fail</c>.
    /// </summary>
    private JudgeFailure BindJudgeFailure(ActionSyntax action) => action is PaceTransitionSyntax p
        ? new JudgeFailure(null, PaceLevelOf(p.Level))
        : new JudgeFailure(BindActionSpec(action, "in `on error`"), null);

    /// <summary>An action of a judge verdict, a judge failure or a review expiry.</summary>
    private ActionSpec? BindActionSpec(ActionSyntax action, string where)
    {
        switch (action)
        {
            case MessageActionSyntax { Kind: ActionKind.Block } m: return new ActionSpec(Outcome.Block, m.Message?.Value as string);
            case MessageActionSyntax { Kind: ActionKind.Flag } m: return new ActionSpec(Outcome.Flag, m.Message?.Value as string);
            case SimpleActionSyntax { Kind: ActionKind.Allow }: return new ActionSpec(Outcome.Allow);
            case SimpleActionSyntax { Kind: ActionKind.Halt }: return new ActionSpec(Outcome.Halt);
            case EscalateActionSyntax e:
                if (Lookup(e.Review, SymbolKind.Review) is null)
                {
                    Report(DiagnosticCatalog.UndeclaredReview(At(e.Review), e.Review.Text));
                    return null;
                }
                return new ActionSpec(Outcome.Escalate, Review: e.Review.Text);
            case PaceTransitionSyntax p:
                return PaceLevelOf(p.Level) is { } level ? new ActionSpec(Outcome.Flag, Pace: level) : null;
            default:
                Report(DiagnosticCatalog.ActionNotAllowed(At(action), action.Keyword.Text, where));
                return null;
        }
    }

    // ---- reviews and breakers ---------------------------------------------------------------------

    private BoundReview BindReview(ReviewDeclarationSyntax review)
    {
        var name = review.Name.Text;
        var items = ReadBlock(review.Body, $"review `{name}`", LanguageSchema.Review);
        var sla = items.Settings.TryGetValue("sla", out var s) ? DurationSetting(s) : null;
        ActionSpec? onExpiry = null;
        foreach (var on in items.Ons)
        {
            if (on.Event.Text == "expiry")
            {
                onExpiry = BindActionSpec(on.Action, "in `on expiry`");
            }
            else
            {
                Report(DiagnosticCatalog.EventNotAllowed(At(on.Event), on.Event.Text, $"review `{name}`"));
            }
        }
        return new BoundReview(_tree, review, name, sla, onExpiry);
    }

    /// <summary>The window of a breaker, a limit or a sequence rule: a positive duration literal (zero, reported, if not).</summary>
    private TimeSpan PositiveWindow(ExpressionSyntax window, string what, string example, ref bool ok)
    {
        if (window is LiteralExpressionSyntax { Token.Value: TimeSpan w } && w > TimeSpan.Zero)
        {
            return w;
        }
        ok = Fail(DiagnosticCatalog.InvalidNumber(At(window), what, example));
        return TimeSpan.Zero;
    }

    private BoundBreaker? BindBreaker(BreakerDeclarationSyntax breaker)
    {
        var name = breaker.Name.Text;
        var items = ReadBlock(breaker.Body, $"breaker `{name}`", LanguageSchema.Breaker);
        var trip = items.Others.OfType<TripSyntax>().FirstOrDefault();
        if (trip is null)
        {
            Report(DiagnosticCatalog.MissingItem(At(breaker.Name), $"breaker `{name}`", "trip"));
            return null;
        }
        foreach (var extra in items.Others.OfType<TripSyntax>().Skip(1))
        {
            Report(DiagnosticCatalog.DuplicateSetting(At(extra.TripKeyword), "trip"));
        }
        var ok = true;
        if (!BreakerKeywords.Counters.TryParse(trip.Counter.Text, out var counter))
        {
            ok = Fail(DiagnosticCatalog.UnknownEnumMember(At(trip.Counter), trip.Counter.Text, "breaker counter", BreakerKeywords.Counters.Keywords));
        }
        if (trip.OperatorToken.Kind != SyntaxKind.GreaterEquals)
        {
            ok = Fail(DiagnosticCatalog.InvalidSettingValue(At(trip.OperatorToken), "trip", "written as `trip when <counter> >= <count> within <duration>`"));
        }
        var threshold = 0;
        if (trip.Threshold is LiteralExpressionSyntax { Token.Value: double count } && count >= 1 && count == Math.Floor(count) && count <= int.MaxValue)
        {
            threshold = (int)count;
        }
        else
        {
            ok = Fail(DiagnosticCatalog.InvalidNumber(At(trip.Threshold), "a breaker threshold", "a whole number of at least 1"));
        }
        var window = PositiveWindow(trip.Window, "a breaker window", "a positive duration such as `5m`", ref ok);
        var scope = BreakerScope.Global;
        if (trip.Key is { } key && !BreakerKeywords.Scopes.TryParse(key.Text, out scope))
        {
            ok = Fail(DiagnosticCatalog.UnknownEnumMember(At(key), key.Text, "breaker scope", BreakerKeywords.Scopes.Keywords));
        }
        else if (trip.Key is { } scopeKey)
        {
            ok &= ScopeExists(scopeKey, ScopeStages.FieldOf(scope), Stages.All); // a breaker counts every decision
        }
        var cooldown = items.Settings.TryGetValue("cooldown", out var c) ? DurationSetting(c) : null;
        var fallback = items.Settings.TryGetValue("fallback", out var f) ? StringSetting(f) : null;
        return ok ? new BoundBreaker(_tree, breaker, name, counter, threshold, window, scope, cooldown, fallback) : null;
    }
}
