using System.Security.Cryptography;
using System.Text;

namespace Airs.Runtime.Detectors;

/// <summary>Computes the replacement text for a redacted match.</summary>
public static class Redactor
{
    public static string Replace(string matched, string label, RedactionStyle style) => style switch
    {
        RedactionStyle.Mask => new string('*', matched.Length),
        RedactionStyle.Tag => "[" + label.ToUpperInvariant() + "]",
        RedactionStyle.Last4 => matched.Length <= 4 ? new string('*', matched.Length) : new string('*', matched.Length - 4) + matched[^4..],
        RedactionStyle.Hash => "[" + label.ToUpperInvariant() + ":" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(matched)))[..8] + "]",
        _ => throw new ArgumentOutOfRangeException(nameof(style)),
    };
}
