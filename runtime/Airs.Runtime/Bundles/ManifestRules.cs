namespace Airs.Runtime.Bundles;

/// <summary>The checks a parsed manifest must pass beyond its JSON shape.</summary>
internal static class ManifestRules
{
    public static void Check(BundleManifest m)
    {
        if (m.FormatVersion != BundleManifest.CurrentFormatVersion)
        {
            throw new BundleLoadException(BundleError.UnsupportedFormat,
                $"the bundle format version is `{m.FormatVersion}` but this runtime reads only version `{BundleManifest.CurrentFormatVersion}`");
        }
        Require(m.Policy.Length > 0, "the policy name is empty");
        Require(m.Policy == m.Spec.Name, $"the manifest names policy `{m.Policy}` but its spec is for `{m.Spec.Name}`");
        Require(m.PolicyVersion == m.Spec.Version, $"the manifest says version `{m.PolicyVersion}` but its spec says `{m.Spec.Version}`");
        Require(m.Tier == m.Spec.Tier, $"the manifest says tier `{m.Tier}` but its spec says `{m.Spec.Tier}`");
        Require(Hex.IsSha256(m.AssemblySha256), $"the assembly hash `{m.AssemblySha256}` is not 64 lowercase hex digits");
        Require(Hex.IsSha256(m.SourceSha256), $"the source hash `{m.SourceSha256}` is not 64 lowercase hex digits");
        Require(m.EvaluatorType.Length > 0, "the evaluator type name is empty");
        foreach (var limit in m.Spec.Limits)
        {
            Require(limit.Window > TimeSpan.Zero && limit.Max > 0 && double.IsFinite(limit.Max) && limit.Price > 0 && double.IsFinite(limit.Price),
                $"limit `{limit.Name}` needs a positive window, maximum and price");
        }
    }

    private static void Require(bool condition, string reason)
    {
        if (!condition)
        {
            throw new BundleLoadException(BundleError.ManifestInvalid, $"the manifest is inconsistent: {reason}");
        }
    }
}

internal static class Hex
{
    public static bool IsSha256(string s) => s.Length == 64 && IsLowerHex(s);

    public static bool IsLowerHex(string s)
    {
        foreach (var c in s)
        {
            if (c is not ((>= '0' and <= '9') or (>= 'a' and <= 'f')))
            {
                return false;
            }
        }
        return true;
    }

    public static string Sha256(ReadOnlySpan<byte> data) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(data));
}
