using System.Collections.Immutable;
using Airs.Compiler.Binding;
using Airs.Compiler.Syntax;

namespace Airs.Compiler.Reporting;

/// <summary>Builds a <see cref="CoverageReport"/> from compiled policy files.</summary>
public static class ReportBuilder
{
    /// <param name="displayPath">How to show a path (e.g. relative to the working directory).</param>
    public static CoverageReport Build(IEnumerable<Compilation> compilations, Func<string, string>? displayPath = null)
    {
        var display = Displayer(displayPath);
        var policies = ImmutableArray.CreateBuilder<PolicyAnalysis>();
        var uncompiled = ImmutableArray.CreateBuilder<UncompiledPolicy>();
        var packs = ImmutableArray.CreateBuilder<string>();
        foreach (var compilation in compilations.DistinctBy(c => c.Root.Source.Path))
        {
            var path = display(compilation.Root.Source.Path);
            if (IsPack(compilation) && !compilation.HasErrors)
            {
                packs.Add(path);
            }
            else if (compilation.Policy is null)
            {
                var errors = compilation.Diagnostics.Where(d => d.IsError).ToList();
                var first = errors.FirstOrDefault();
                uncompiled.Add(new UncompiledPolicy(path, errors.Count,
                    first is null ? "the file holds no policy" : $"{display(first.Location.Source.Path)}:{first.Location.Start}: {first.Message}"));
            }
            else
            {
                policies.Add(Analyze(compilation, display));
            }
        }
        return new CoverageReport(policies.ToImmutable(), uncompiled.ToImmutable(), packs.ToImmutable());
    }

    public static PolicyAnalysis Analyze(Compilation compilation, Func<string, string>? displayPath = null)
    {
        var display = Displayer(displayPath);
        var policy = compilation.Policy ?? throw new ArgumentException("the policy did not compile", nameof(compilation));
        var locate = new PolicyLocator(compilation, display);
        var spec = policy.Spec;
        var controls = ImmutableArray.CreateBuilder<MappedControl>();
        foreach (var guard in policy.Guards)
        {
            controls.Add(new MappedControl(guard.Name, ControlKind.Guard, guard.Id, guard.Mode, locate.Symbol(guard.Name, SymbolKind.Guard), guard.Maps));
        }
        foreach (var judge in spec.Judges)
        {
            controls.Add(new MappedControl(judge.Name, ControlKind.Judge, judge.Id, judge.Mode, locate.Symbol(judge.Name, SymbolKind.Judge), judge.Maps));
        }
        foreach (var limit in spec.Limits)
        {
            controls.Add(new MappedControl(limit.Name, ControlKind.Limit, limit.Id, limit.Mode, locate.Symbol(limit.Name, SymbolKind.Limit), limit.Maps));
        }
        controls.AddRange(ImplicitCoverage.For(spec, locate));

        var (assessed, unreadable) = AssessmentLocator.Find(compilation, spec.Name);
        var warnings = ConformanceRules.Check(policy, locate, assessed).ToList();
        warnings.InsertRange(0, unreadable.Select(u => new ConformanceWarning(spec.Name, ConformanceRules.AssessedTier.Id,
            $"cannot read the assessment: {u.Problem}", new SourceSpot(display(u.Path), null))));
        return new PolicyAnalysis(spec.Name, display(compilation.Root.Source.Path), spec.Tier, controls.ToImmutable(),
            [.. assessed.Select(a => a with { Path = display(a.Path) })], [.. warnings]);
    }

    // Standard packs have virtual paths (`airs-lib/airs/pii.airs`) that are shown as they are.
    private static Func<string, string> Displayer(Func<string, string>? displayPath) =>
        path => displayPath is null || !Path.IsPathRooted(path) ? path : displayPath(path);

    private static bool IsPack(Compilation compilation) =>
        compilation.Root.Root.Members.OfType<PolicyDeclarationSyntax>().FirstOrDefault()?.Keyword.Text == "pack";
}
