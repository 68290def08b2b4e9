using System.Collections.Immutable;
using Airs.Runtime.Policy;

namespace Airs.Compiler.Reporting;

/// <summary>What a report knows about one compiled policy.</summary>
/// <param name="Path">The policy file as displayed.</param>
/// <param name="Controls">Guards and judges (the policy's and its packs'), then the engine's implicit controls.</param>
/// <param name="Assessments">Assessed tiers found for the policy: used assessment packs and JSON files beside it.</param>
public sealed record PolicyAnalysis(
    string Name,
    string Path,
    Tier Tier,
    ImmutableArray<MappedControl> Controls,
    ImmutableArray<DeclaredTier> Assessments,
    ImmutableArray<ConformanceWarning> Warnings)
{
    public IEnumerable<MappedControl> Covering(string reference) => Controls.Where(c => c.Maps.Contains(reference));

    public bool Covers(string reference) => Controls.Any(c => c.Maps.Contains(reference));

    public int CoveredCount(StandardFamily family) => Standards.Of(family).Count(s => Covers(s.Reference));

    /// <summary>Every reference the controls name, in the order of the catalog (unknown ATLAS IDs last).</summary>
    public IEnumerable<string> ReferencesOf(StandardFamily family) =>
        Controls.SelectMany(c => c.Maps).Distinct()
            .Select(Standards.Find).OfType<StandardItem>()
            .Where(s => s.Family == family)
            .OrderBy(s => Standards.Of(family).IndexOf(s) is var i and >= 0 ? i : int.MaxValue)
            .ThenBy(s => s.Reference, StringComparer.Ordinal)
            .Select(s => s.Reference);
}

/// <summary>A policy file that did not compile: listed in the report, never silently skipped.</summary>
public sealed record UncompiledPolicy(string Path, int Errors, string FirstError);
