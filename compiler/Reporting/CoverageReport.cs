using System.Collections.Immutable;

namespace Airs.Compiler.Reporting;

/// <summary>Coverage and conformance of a set of policies; the Markdown and HTML writers only format this.</summary>
/// <param name="Packs">Files holding a pack rather than a policy: counted where they are used.</param>
public sealed record CoverageReport(
    ImmutableArray<PolicyAnalysis> Policies,
    ImmutableArray<UncompiledPolicy> Uncompiled,
    ImmutableArray<string> Packs)
{
    public IEnumerable<ConformanceWarning> Warnings => Policies.SelectMany(p => p.Warnings);

    /// <summary>Every control of every policy that covers a reference.</summary>
    public IEnumerable<(PolicyAnalysis Policy, MappedControl Control)> Covering(string reference) =>
        Policies.SelectMany(p => p.Covering(reference).Select(c => (p, c)));

    /// <summary>
    /// The controls that cover a reference, each once with the policies it serves: a pack's guard used by four
    /// policies is one control, written in one place.
    /// </summary>
    public IEnumerable<(MappedControl Control, ImmutableArray<string> Policies)> CoveringByControl(string reference) =>
        Covering(reference)
            .GroupBy(c => (c.Control.Name, c.Control.Kind, c.Control.Where, c.Control.Mode))
            .Select(g => (g.First().Control, g.Select(c => c.Policy.Name).Distinct().ToImmutableArray()));

    public bool Covers(string reference) => Policies.Any(p => p.Covers(reference));

    public int CoveredCount(StandardFamily family) => Standards.Of(family).Count(s => Covers(s.Reference));

    public IEnumerable<StandardItem> Uncovered(StandardFamily family) => Standards.Of(family).Where(s => !Covers(s.Reference));

    /// <summary>The items of a family some policy names (for ATLAS and the EU AI Act, which are not checklists).</summary>
    public IEnumerable<StandardItem> Referenced(StandardFamily family) =>
        Policies.SelectMany(p => p.ReferencesOf(family)).Distinct().Select(Standards.Find).OfType<StandardItem>()
            .OrderBy(s => Standards.Of(family).IndexOf(s) is var i and >= 0 ? i : int.MaxValue)
            .ThenBy(s => s.Reference, StringComparer.Ordinal);
}
