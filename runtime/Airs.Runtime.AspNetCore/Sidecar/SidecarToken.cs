using System.Security.Cryptography;
using System.Text;

namespace Airs.Runtime.AspNetCore.Sidecar;

/// <summary>A bearer token and the name it stands for (the principal recorded in the audit log).</summary>
public sealed class SidecarToken
{
    private readonly byte[] secretHash;

    public SidecarToken(string name, string secret)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(secret);
        Name = name;
        secretHash = SHA256.HashData(Encoding.UTF8.GetBytes(secret));
    }

    public string Name { get; }

    /// <summary>
    /// Parses an environment variable's value: <c>name=secret</c> pairs separated by commas, or one bare
    /// secret that stands for <paramref name="defaultName"/>.
    /// </summary>
    /// <exception cref="FormatException">The value is empty or a pair has no name or no secret.</exception>
    public static IReadOnlyList<SidecarToken> Parse(string value, string defaultName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new FormatException("the token list is empty");
        }
        if (!value.Contains('='))
        {
            return [new SidecarToken(defaultName, value.Trim())];
        }
        List<SidecarToken> tokens = [];
        foreach (var pair in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                throw new FormatException("each token must look like `name=secret`");
            }
            tokens.Add(new SidecarToken(parts[0], parts[1]));
        }
        return tokens;
    }

    /// <summary>
    /// The token matching <paramref name="presented"/>, or null. Compares hashes in constant time and always
    /// checks every token, so timing tells neither the secret nor which token matched.
    /// </summary>
    public static SidecarToken? Match(IReadOnlyList<SidecarToken> tokens, string presented)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        SidecarToken? found = null;
        foreach (var token in tokens)
        {
            if (CryptographicOperations.FixedTimeEquals(hash, token.secretHash))
            {
                found = token;
            }
        }
        return found;
    }
}
