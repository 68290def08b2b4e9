using System.Buffers.Binary;
using System.Security.Cryptography;
using Airs.Runtime.Audit;

namespace Airs.Runtime.Judges;

/// <summary>
/// Deterministic sampling: the same decision and judge are always in or always out, on every replica and
/// across restarts, so a replayed decision is graded the same way and an audit can recompute the choice.
/// </summary>
public static class JudgeSampler
{
    /// <summary>
    /// SHA-256 of the UTF-8 text <c>decisionId + "\n" + judgeName</c> (the separator keeps <c>("ab","c")</c> and
    /// <c>("a","bc")</c> apart); the first 8 bytes, big-endian, top 53 bits, scaled to [0, 1).
    /// </summary>
    public static double Point(string decisionId, string judgeName)
    {
        // The text on the stack (an array only for absurdly long names): sampling runs on every decision.
        var length = decisionId.Length + 1 + judgeName.Length;
        var text = length <= 256 ? stackalloc char[256] : new char[length];
        decisionId.CopyTo(text);
        text[decisionId.Length] = '\n';
        judgeName.CopyTo(text[(decisionId.Length + 1)..]);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        Utf8Hashing.Sha256(text[..length], hash);
        var bits = BinaryPrimitives.ReadUInt64BigEndian(hash) >> 11;
        return bits * (1.0 / (1UL << 53));
    }

    /// <summary>Sampled iff <see cref="Point"/> &lt; <paramref name="sampleRate"/>: 0 never, 1 always.</summary>
    public static bool IsSampled(string decisionId, string judgeName, double sampleRate) =>
        sampleRate >= 1.0 || (sampleRate > 0.0 && Point(decisionId, judgeName) < sampleRate);
}
