using System.Security.Cryptography;

namespace Airs.Runtime.Judges;

/// <summary>
/// Wraps text under review so the judge can tell data from instructions (RT-06). The markers carry a random
/// per-call nonce the reviewed text cannot know, and any marker-like text inside the value is defused, so a
/// value can neither close its fence nor open a fake one.
/// </summary>
public static class UntrustedFence
{
    public const string OpenPrefix = "<<<UNTRUSTED-";
    public const string ClosePrefix = "<<<END-";

    /// <summary>16 hex digits from a cryptographic RNG.</summary>
    public static string NewNonce() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    public static string Open(string nonce) => $"{OpenPrefix}{nonce}>>>";

    public static string Close(string nonce) => $"{ClosePrefix}{nonce}>>>";

    public static string Wrap(string value, string nonce) => $"{Open(nonce)}\n{Escape(value, nonce)}\n{Close(nonce)}";

    /// <summary>
    /// Removes the nonce and breaks every run of three angle brackets (<c>&lt;&lt;&lt;</c> → <c>&lt; &lt; &lt;</c>),
    /// so no fence marker can survive inside a value. Visible on purpose: the judge sees that something was defused.
    /// </summary>
    public static string Escape(string value, string nonce)
    {
        if (nonce.Length > 0)
        {
            value = value.Replace(nonce, "[nonce]", StringComparison.OrdinalIgnoreCase);
        }
        string before;
        do
        {
            before = value;
            value = value.Replace("<<<", "< < <", StringComparison.Ordinal).Replace(">>>", "> > >", StringComparison.Ordinal);
        }
        while (before != value);
        return value;
    }
}
