using System.Collections.Immutable;
using Airs.Compiler.Diagnostics;
using Airs.Compiler.Lowering;
using Airs.Compiler.Syntax;
using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Binding;

/// <summary>
/// What makes a judge run and how sure it must be: its <c>when</c> condition, <c>sample … when guard fired</c>,
/// its <c>confidence</c> band and <c>on uncertain</c>.
/// </summary>
internal sealed record JudgeRisk(ExprIR? Condition, ImmutableArray<SampleBoost> SampleWhen, double? MinConfidence, ActionSpec? OnUncertain)
{
    public static readonly JudgeRisk None = new(null, [], null, null);
}

internal sealed partial class Binder
{
    /// <summary>Binds a judge's risk items; null when one of them is in error (reported).</summary>
    private JudgeRisk? BindJudgeRisk(BlockItems items, string judge, Stage? stage, SampleSetting? sample)
    {
        var ok = true;
        foreach (var extra in items.Whens.Skip(1))
        {
            ok = Fail(DiagnosticCatalog.DuplicateSetting(At(extra.WhenKeyword), "when"));
        }
        ExprIR? condition = null;
        if (items.Whens.Count > 0 && stage is { } s)
        {
            condition = BindCondition(items.Whens[0].Condition, new Scope(s, null));
            ok &= condition is not null;
        }

        var boosts = ImmutableArray.CreateBuilder<SampleBoost>();
        foreach (var boost in items.Others.OfType<SampleWhenSyntax>())
        {
            if (BindSampleBoost(boost, judge, stage, sample) is { } bound)
            {
                boosts.Add(bound);
            }
            else
            {
                ok = false;
            }
        }

        double? band = null;
        if (items.Settings.TryGetValue("confidence", out var confidence))
        {
            band = ConfidenceBand(confidence);
            ok &= band is not null;
        }
        ActionSpec? onUncertain = null;
        foreach (var on in items.Ons.Where(o => o.Event.Text == "uncertain"))
        {
            onUncertain = BindActionSpec(on.Action, "in `on uncertain`");
            ok &= onUncertain is not null;
            if (confidence is null)
            {
                ok = Fail(DiagnosticCatalog.UncertainWithoutBand(At(on.Event), judge));
            }
        }
        return ok ? new JudgeRisk(condition, boosts.ToImmutable(), band, onUncertain) : null;
    }

    private SampleBoost? BindSampleBoost(SampleWhenSyntax boost, string judge, Stage? judgeStage, SampleSetting? sample)
    {
        if (boost.Rate is not LiteralExpressionSyntax { Token: { Kind: SyntaxKind.Percent, Value: double fraction } } literal)
        {
            return Fail<SampleBoost>(DiagnosticCatalog.InvalidSettingValue(At(boost.Rate), "sample", "a percentage such as `100%`"));
        }
        if (CheckFraction(literal, fraction) is not { } rate || boost.Guard.IsMissing)
        {
            return null;
        }
        var guard = boost.Guard.Text;
        if (Lookup(boost.Guard, SymbolKind.Guard) is not { Declaration: GuardDeclarationSyntax declaration })
        {
            return Fail<SampleBoost>(DiagnosticCatalog.SampleGuardUndeclared(At(boost.Guard), guard));
        }
        if (judgeStage is { } stage && Stages.TryParse(declaration.Stage.Text, out var guardStage) && guardStage != stage)
        {
            return Fail<SampleBoost>(DiagnosticCatalog.SampleGuardOtherStage(At(boost.Guard), guard, guardStage.ToKeyword(), judge, stage.ToKeyword()));
        }
        if (sample?.Everywhere is { } everywhere && rate <= everywhere)
        {
            Report(DiagnosticCatalog.SampleWhenNotRaised(At(boost.Rate), guard, Percent(rate), Percent(everywhere)));
        }
        return new SampleBoost(guard, rate);
    }

    private static string Percent(double fraction) => IrPrinter.Percent(fraction);

    /// <summary><c>confidence 0.6</c> (or <c>60%</c>): above 0, at most 1.</summary>
    private double? ConfidenceBand(SettingSyntax setting)
    {
        if (setting.Value is not LiteralExpressionSyntax { Token: { Kind: SyntaxKind.Number or SyntaxKind.Percent, Value: double value } } literal)
        {
            Report(DiagnosticCatalog.InvalidSettingValue(At(setting.Value), "confidence", "a number between 0 and 1, e.g. `0.6`"));
            return null;
        }
        if (value is > 0 and <= 1)
        {
            return value;
        }
        Report(DiagnosticCatalog.ConfidenceOutOfRange(At(literal), literal.Token.Text));
        return null;
    }
}
