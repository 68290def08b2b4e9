using System.Security.Cryptography;
using System.Text;
using Airs.Runtime.Audit;

namespace Airs.Runtime.AspNetCore.Sidecar;

/// <summary>
/// A bearer token and the name it stands for (the principal recorded in the audit log). The name and the secret
/// always come from different places, so a secret can never become a name.
/// </summary>
public sealed class SidecarToken
{
    /// <summary>The shortest secret accepted.</summary>
    public const int MinimumSecretLength = 16;

    /// <summary>Fewer distinct characters than this is a placeholder (<c>aaaa…</c>, <c>abab…</c>), not a secret.</summary>
    private const int MinimumDistinctCharacters = 5;

    private readonly byte[] secretHash;

    /// <exception cref="ArgumentException">The name is not a plain name, or the secret is short, degenerate or not a bearer token.</exception>
    public SidecarToken(string name, string secret)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(secret);
        if (NameProblem(name) is { } nameProblem)
        {
            throw new ArgumentException(nameProblem, nameof(name));
        }
        if (SecretProblem(secret) is { } secretProblem)
        {
            throw new ArgumentException($"the secret of token `{name}` {secretProblem}", nameof(secret));
        }
        Name = name;
        secretHash = Hash(secret);
    }

    public string Name { get; }

    /// <summary>
    /// Why <paramref name="name"/> cannot name a token (letters, digits, <c>. _ - @</c>, up to 64, not <c>system</c>), or
    /// null. <c>system</c> is the audit actor of automatic changes: a person acting under it would read as the machine.
    /// </summary>
    public static string? NameProblem(string name) =>
        !(name.Length is > 0 and <= 64 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '@'))
            ? $"`{name}` is not a token name; use letters, digits, `.`, `_`, `-` or `@` (at most 64)"
            : name.Equals(AuditActors.System, StringComparison.OrdinalIgnoreCase)
                ? $"`{name}` is the actor of automatic changes in the audit log (expiries, trips, PACE moves); give the token another name"
                : null;

    /// <summary>
    /// Why <paramref name="secret"/> is not a usable secret, as the end of a sentence ("is shorter than …"), or null.
    /// A secret is at least <see cref="MinimumSecretLength"/> visible ASCII characters, no commas (one token per
    /// variable), and not degenerate (at least five different characters).
    /// </summary>
    public static string? SecretProblem(string secret)
    {
        if (secret.Length == 0)
        {
            return "is empty";
        }
        if (secret.Any(c => c is < '!' or > '~'))
        {
            return "holds a space, a control or a non-ASCII character; a bearer token is visible ASCII";
        }
        if (secret.Contains(','))
        {
            return "holds a comma: a variable holds one secret; name several tokens with `--token role:name:VARIABLE`";
        }
        if (secret.Length < MinimumSecretLength)
        {
            return $"is shorter than {MinimumSecretLength} characters";
        }
        if (secret.Distinct().Count() < MinimumDistinctCharacters)
        {
            return $"uses fewer than {MinimumDistinctCharacters} different characters; generate one, e.g. `openssl rand -base64 32`";
        }
        return null;
    }

    /// <summary>Whether two tokens have the same secret (one secret must not stand for two principals).</summary>
    public bool HasSameSecretAs(SidecarToken other) => CryptographicOperations.FixedTimeEquals(secretHash, other.secretHash);

    /// <summary>
    /// The token matching <paramref name="presented"/>, or null. Compares hashes in constant time and always
    /// checks every token, so timing tells neither the secret nor which token matched.
    /// </summary>
    public static SidecarToken? Match(IEnumerable<SidecarToken> tokens, string presented)
    {
        var hash = Hash(presented);
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

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));
}
