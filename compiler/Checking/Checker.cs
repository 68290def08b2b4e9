using System.Collections.Immutable;
using Airs.Compiler.Binding;
using Airs.Compiler.Diagnostics;
using Airs.Compiler.Syntax;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Checking;

/// <summary>
/// Reports the semantic rules over a bound policy: the rules that relate an item to the policy or to other
/// items (tiers, authority given to agents, reviews nothing escalates to, PACE levels) and how declared
/// value rules agree with each other. It reads the bound model only, and changes nothing.
/// </summary>
internal sealed partial class Checker
{
    private readonly BoundPolicy _policy;
    private readonly ImmutableArray<Diagnostic>.Builder _diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();

    private Checker(BoundPolicy policy) => _policy = policy;

    public static ImmutableArray<Diagnostic> Check(BoundPolicy policy)
    {
        var checker = new Checker(policy);
        checker.CheckTier();
        checker.CheckDeclaredRules();
        checker.CheckAuthority();
        checker.CheckDelegations();
        checker.CheckIntents();
        checker.CheckReviewsUsed();
        checker.CheckPaceReferences();
        checker.CheckPaceTriggers();
        checker.CheckAgentActions();
        checker.CheckMaxDepth();
        checker.CheckLimitsReachable();
        return checker._diagnostics.ToImmutable();
    }

    /// <summary>A policy says its tier; a used pack's `tier` (as `airs assess` writes it) is a floor it may not go below.</summary>
    private void CheckTier()
    {
        if (_policy.TierSetting is null && !_policy.IsPack)
        {
            Report(DiagnosticCatalog.MissingTier(At(_policy.Tree, _policy.Syntax.Name), _policy.Name));
        }
        var tier = _policy.Tier ?? Tier.Medium;
        foreach (var pack in _policy.PackTiers.Where(p => p.Tier > tier))
        {
            var at = _policy.TierSetting ?? (SyntaxNode)_policy.Syntax.Name;
            Report(DiagnosticCatalog.TierBelowAssessment(At(_policy.Tree, at), _policy.Name,
                tier.ToKeyword(), Path.GetFileName(pack.Tree.Source.Path), pack.Tier.ToKeyword()));
        }
    }

    /// <summary>A review nothing escalates to is dead configuration. Tool approvals use the first review implicitly.</summary>
    private void CheckReviewsUsed()
    {
        var implicitlyUsed = _policy.Agents.Any(a => a.Approval.Length > 0) && _policy.Reviews.Length > 0 ? _policy.Reviews[0].Name : null;
        foreach (var symbol in _policy.Symbols.Where(s => s.Kind == SymbolKind.Review))
        {
            if (symbol.Name != implicitlyUsed && !_policy.References.Any(r => r.Symbol == symbol))
            {
                Report(DiagnosticCatalog.UnusedReview(symbol.NameLocation, symbol.Name));
            }
        }
    }

    /// <summary>`pace alternate` actions must name a level the `pace` block declares.</summary>
    private void CheckPaceReferences()
    {
        var declared = _policy.Pace.Select(s => s.Level).ToHashSet();
        foreach (var reference in _policy.PaceReferences)
        {
            if (reference.Level != PaceLevel.Primary && !declared.Contains(reference.Level))
            {
                Report(DiagnosticCatalog.PaceLevelNotDeclared(reference.Location, reference.Text));
            }
        }
    }

    private void Report(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    private static Location At(SyntaxTree tree, SyntaxElement element) => new(tree.Source, element.Span);
}
