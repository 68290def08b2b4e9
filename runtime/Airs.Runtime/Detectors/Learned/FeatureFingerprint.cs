using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Airs.Runtime.Detectors;

/// <summary>
/// SHA-256 (hex) of what the learned scorer reads: the features <see cref="InjectionFeatures"/> gives each of a model's
/// training texts, token by token, the word classes (<see cref="InjectionConcepts.Listing"/>) and the rule evidence's
/// buckets. Weights belong to one extractor, as they belong to one rule set (<see cref="InjectionRules.Fingerprint"/>):
/// the trainer puts this in the model's version, so two extractors never share a version, and a change to what is read
/// (a word class, a key, a sentence shape) without retraining fails a test (<c>InjectionModelTests</c>).
/// </summary>
internal static class FeatureFingerprint
{
    public static string Of(IEnumerable<string> trainingTexts)
    {
        var sink = new HashSink(IncrementalHash.CreateHash(HashAlgorithmName.SHA256));
        foreach (var text in trainingTexts)
        {
            InjectionFeatures.Extract(text, ref sink);
            sink.Add(TextEnd);
        }
        foreach (var rule in InjectionRules.All)
        {
            sink.Add(InjectionFeatures.RuleBucket(rule.Label));
        }
        sink.Add(InjectionFeatures.AnyRuleBucket);
        sink.Flush();
        sink.Hash.AppendData(System.Text.Encoding.UTF8.GetBytes(InjectionConcepts.Listing));
        return Convert.ToHexStringLower(sink.Hash.GetHashAndReset());
    }

    private const int TokenStart = -1;
    private const int TextEnd = -2;

    /// <summary>Appends every token start and feature bucket, as 32-bit integers, to the hash.</summary>
    private struct HashSink(IncrementalHash hash) : IFeatureSink
    {
        private readonly byte[] buffer = new byte[4096];
        private int used;

        public readonly IncrementalHash Hash => hash;

        public void Token(int start, int end) => Add(TokenStart);

        public float Feature(int bucket)
        {
            Add(bucket);
            return 0f;
        }

        public readonly void Close(float weight)
        {
        }

        public void Add(int value)
        {
            if (used == buffer.Length)
            {
                Flush();
            }
            BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(used), value);
            used += 4;
        }

        public void Flush()
        {
            hash.AppendData(buffer, 0, used);
            used = 0;
        }
    }
}
