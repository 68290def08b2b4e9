using System.Collections.Frozen;

namespace Airs.Runtime.Bundles;

/// <summary>
/// The public keys a host trusts to sign bundles, by key id, and the lowest version it accepts of each policy
/// (a floor, so an older signed bundle cannot be replayed). Immutable.
/// </summary>
public sealed class TrustStore
{
    public static readonly TrustStore Empty = new(FrozenDictionary<string, PolicyPublicKey>.Empty, FrozenDictionary<string, string>.Empty);

    private readonly FrozenDictionary<string, PolicyPublicKey> _keys;
    private readonly FrozenDictionary<string, string> _floors;

    private TrustStore(FrozenDictionary<string, PolicyPublicKey> keys, FrozenDictionary<string, string> floors)
    {
        _keys = keys;
        _floors = floors;
    }

    public IEnumerable<PolicyPublicKey> Keys => _keys.Values;

    /// <summary>The lowest accepted version of each policy that has a floor.</summary>
    public IReadOnlyDictionary<string, string> VersionFloors => _floors;

    public int Count => _keys.Count;

    public static TrustStore FromKeys(params IEnumerable<PolicyPublicKey> keys) => Empty.With(keys);

    /// <summary>Every <c>PUBLIC KEY</c> block in one PEM file.</summary>
    /// <exception cref="PolicyKeyException">The file cannot be read, holds no public key, or a key is not P-256.</exception>
    public static TrustStore LoadFile(string path)
    {
        var keys = PolicyPublicKey.AllFromPem(PolicyPublicKey.ReadKeyFile(path));
        if (keys.Count == 0)
        {
            throw new PolicyKeyException($"key file `{path}` holds no `PUBLIC KEY` block");
        }
        return FromKeys(keys);
    }

    /// <summary>Every <c>*.pem</c> and <c>*.pub</c> file in a directory (not its subdirectories).</summary>
    public static TrustStore LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new PolicyKeyException($"trust directory `{directory}` does not exist");
        }
        var files = Directory.EnumerateFiles(directory)
            .Where(f => f.EndsWith(".pem", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".pub", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        return Empty.With(files.SelectMany(f => LoadFile(f).Keys));
    }

    public TrustStore With(params IEnumerable<PolicyPublicKey> keys)
    {
        var all = new Dictionary<string, PolicyPublicKey>(_keys, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            all[key.KeyId] = key;
        }
        return new TrustStore(all.ToFrozenDictionary(StringComparer.Ordinal), _floors);
    }

    /// <summary>Refuses bundles of <paramref name="policy"/> older than <paramref name="version"/> (see <see cref="PolicyVersionOrder"/>).</summary>
    /// <exception cref="ArgumentException">The policy is unnamed or the version is not a comparable version.</exception>
    public TrustStore WithVersionFloor(string policy, string version)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(policy);
        ArgumentNullException.ThrowIfNull(version);
        if (!PolicyVersionOrder.IsComparable(version))
        {
            throw new ArgumentException($"`{version}` is not a version a floor can compare (e.g. `1.2.0`)", nameof(version));
        }
        var floors = new Dictionary<string, string>(_floors, StringComparer.Ordinal) { [policy] = version };
        return new TrustStore(_keys, floors.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Why a bundle of <paramref name="policy"/> at <paramref name="version"/> is below its floor, or null.</summary>
    public string? FloorRefusal(string policy, string version)
    {
        if (!_floors.TryGetValue(policy, out var floor))
        {
            return null;
        }
        if (!PolicyVersionOrder.TryCompare(version, floor, out var order))
        {
            return $"version `{version}` of policy `{policy}` cannot be compared with its floor `{floor}`";
        }
        return order < 0 ? $"version `{version}` of policy `{policy}` is below its floor `{floor}`" : null;
    }

    /// <summary>Looks a key up by its exact (lowercase) id.</summary>
    public bool TryGet(string keyId, out PolicyPublicKey key) => _keys.TryGetValue(keyId, out key!);
}
