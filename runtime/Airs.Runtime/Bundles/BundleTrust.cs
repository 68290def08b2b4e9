using System.Collections.Frozen;

namespace Airs.Runtime.Bundles;

/// <summary>
/// What a host accepts: bundles signed by a key in <see cref="Keys"/>, and — only for the policies it
/// names — unsigned bundles (for local development). A bad or unknown signature is never treated as unsigned.
/// </summary>
public sealed class BundleTrust
{
    private BundleTrust(TrustStore keys, FrozenSet<string> unsignedPolicies)
    {
        Keys = keys;
        UnsignedPolicies = unsignedPolicies;
    }

    public TrustStore Keys { get; }

    /// <summary>Policies whose unsigned bundles the host accepts, by exact name.</summary>
    public FrozenSet<string> UnsignedPolicies { get; }

    public static BundleTrust SignedBy(TrustStore keys) => new(keys, FrozenSet<string>.Empty);

    public static BundleTrust SignedBy(params IEnumerable<PolicyPublicKey> keys) => SignedBy(TrustStore.FromKeys(keys));

    /// <summary>Trusts no key, and accepts unsigned bundles for exactly these policies.</summary>
    public static BundleTrust AllowUnsigned(params IEnumerable<string> policyNames) =>
        new BundleTrust(TrustStore.Empty, FrozenSet<string>.Empty).AndAllowUnsigned(policyNames);

    public BundleTrust AndAllowUnsigned(params IEnumerable<string> policyNames)
    {
        var names = policyNames.ToList();
        if (names.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("unsigned bundles can only be allowed for a named policy", nameof(policyNames));
        }
        return new(Keys, UnsignedPolicies.Union(names).ToFrozenSet(StringComparer.Ordinal));
    }

    public bool AllowsUnsigned(string policyName) => UnsignedPolicies.Contains(policyName);
}
