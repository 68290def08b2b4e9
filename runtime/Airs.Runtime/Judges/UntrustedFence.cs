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
    private const string MarkerEnd = ">>>";

    /// <summary>16 hex digits from a cryptographic RNG.</summary>
    public static string NewNonce()
    {
        Span<byte> bytes = stackalloc byte[8];
        RandomNumberGenerator.Fill(bytes);
        return Convert.ToHexStringLower(bytes);
    }

    public static string Open(string nonce) => OpenPrefix + nonce + MarkerEnd;

    public static string Close(string nonce) => ClosePrefix + nonce + MarkerEnd;

    public static string Wrap(string value, string nonce)
    {
        var escaped = Escape(value, nonce);
        return string.Create(WrappedLength(escaped, nonce), (escaped, nonce), static (span, s) => WriteWrapped(span, s.escaped, s.nonce));
    }

    /// <summary>The length of <see cref="Wrap"/>'s result for a value already <see cref="Escape"/>d.</summary>
    internal static int WrappedLength(string escaped, string nonce) =>
        OpenPrefix.Length + nonce.Length + MarkerEnd.Length + 1 + escaped.Length + 1 + ClosePrefix.Length + nonce.Length + MarkerEnd.Length;

    /// <summary>Writes <see cref="Wrap"/>'s result for a value already <see cref="Escape"/>d; returns the characters written.</summary>
    internal static int WriteWrapped(Span<char> destination, string escaped, string nonce)
    {
        var written = 0;
        foreach (var piece in (ReadOnlySpan<string>)[OpenPrefix, nonce, MarkerEnd, "\n", escaped, "\n", ClosePrefix, nonce, MarkerEnd])
        {
            piece.CopyTo(destination[written..]);
            written += piece.Length;
        }
        return written;
    }

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
