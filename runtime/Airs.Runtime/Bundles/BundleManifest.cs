using System.Collections.Immutable;
using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;

namespace Airs.Runtime.Bundles;

/// <summary>
/// The <c>manifest.json</c> of a bundle: what the policy is, where it came from, which evaluator type the
/// assembly holds, the hash that ties the manifest to that assembly, and the full declarative spec.
/// </summary>
/// <param name="FormatVersion">The bundle format; the runtime refuses versions it does not know.</param>
/// <param name="Policy">The policy's name (equal to <c>Spec.Name</c>).</param>
/// <param name="PolicyVersion">The policy's declared version (equal to <c>Spec.Version</c>).</param>
/// <param name="Tier">The policy's risk tier (equal to <c>Spec.Tier</c>).</param>
/// <param name="SourceSha256">SHA-256 of the policy source, lowercase hex.</param>
/// <param name="CompilerVersion">The version of the compiler that emitted the assembly.</param>
/// <param name="CreatedAt">When the bundle was built.</param>
/// <param name="EvaluatorType">The full name of the public class in the assembly that implements the compiled policy.</param>
/// <param name="AssemblySha256">SHA-256 of <c>policy.dll</c>, lowercase hex.</param>
/// <param name="Controls">Every deterministic and model-backed control, in declaration order.</param>
/// <param name="Judges">Judges the policy declares (the host must provide their models).</param>
/// <param name="Models">Named chat clients the host must provide.</param>
/// <param name="Reviews">Review queues the policy escalates to.</param>
/// <param name="Agents">Agents the policy grants tools to.</param>
/// <param name="Spec">The full declarative part of the policy.</param>
public sealed record BundleManifest(
    int FormatVersion,
    string Policy,
    string PolicyVersion,
    Tier Tier,
    string SourceSha256,
    string CompilerVersion,
    DateTimeOffset CreatedAt,
    string EvaluatorType,
    string AssemblySha256,
    ImmutableArray<ControlManifest> Controls,
    ImmutableArray<string> Judges,
    ImmutableArray<string> Models,
    ImmutableArray<string> Reviews,
    ImmutableArray<string> Agents,
    PolicySpec Spec)
{
    /// <summary>The only format this runtime reads and the compiler writes.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>
    /// A manifest for <paramref name="spec"/>, with the judge, model, review and agent lists taken from it.
    /// The assembly hash is left empty: the bundle writer stamps it.
    /// </summary>
    public static BundleManifest Create(
        PolicySpec spec,
        ImmutableArray<ControlManifest> controls,
        string sourceSha256,
        string compilerVersion,
        string evaluatorType,
        DateTimeOffset createdAt) => new(
            CurrentFormatVersion,
            spec.Name,
            spec.Version,
            spec.Tier,
            sourceSha256,
            compilerVersion,
            createdAt,
            evaluatorType,
            AssemblySha256: "",
            controls,
            [.. spec.Judges.Select(j => j.Name)],
            [.. spec.Judges.Select(j => j.Model).Concat(spec.Judges.Select(j => j.ChallengerModel).OfType<string>()).Concat(spec.Models).Distinct(StringComparer.Ordinal)],
            [.. spec.Reviews.Select(r => r.Name)],
            [.. spec.Agents.Select(a => a.Name)],
            spec);

    public byte[] ToJsonBytes() => BundleJson.SerializeManifest(this);

    /// <summary>Parses and checks a manifest.</summary>
    /// <exception cref="BundleLoadException">Not valid JSON, an unknown format version, or inconsistent fields.</exception>
    public static BundleManifest FromJsonBytes(ReadOnlySpan<byte> json) => BundleJson.DeserializeManifest(json, "manifest.json");
}

/// <summary>One control as the host sees it (for dashboards, reports and audit).</summary>
/// <param name="Id">The declared id (e.g. <c>GR-IN-01</c>), or the name when none is declared.</param>
/// <param name="Stage">The stage it runs on; null for controls that are not bound to one (breakers).</param>
public sealed record ControlManifest(string Id, string Name, Layer Layer, Stage? Stage, ControlMode Mode);
