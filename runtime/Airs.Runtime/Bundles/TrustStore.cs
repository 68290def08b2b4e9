using System.Collections.Frozen;

namespace Airs.Runtime.Bundles;

/// <summary>The public keys a host trusts to sign bundles, by key id. Immutable.</summary>
public sealed class TrustStore
{
    public static readonly TrustStore Empty = new(FrozenDictionary<string, PolicyPublicKey>.Empty);

    private readonly FrozenDictionary<string, PolicyPublicKey> _keys;

    private TrustStore(FrozenDictionary<string, PolicyPublicKey> keys) => _keys = keys;

    public IEnumerable<PolicyPublicKey> Keys => _keys.Values;

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
        return new TrustStore(all.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Looks a key up by its exact (lowercase) id.</summary>
    public bool TryGet(string keyId, out PolicyPublicKey key) => _keys.TryGetValue(keyId, out key!);
}
