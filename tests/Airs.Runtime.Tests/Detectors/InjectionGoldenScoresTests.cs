using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Airs.Runtime.Detectors;
using Airs.Runtime.Tests.Bundles;

namespace Airs.Runtime.Tests.Detectors;

/// <summary>
/// The scorer's logits and probabilities on every train text (and on long documents made of them) equal, to the
/// last bit, the values the scorer gave when the golden file was written: a speed-up of the features or the windows
/// must not move any score. A retrained model changes them on purpose; <c>UPDATE_BASELINES=1</c> rewrites the file.
/// </summary>
public class InjectionGoldenScoresTests
{
    private static readonly string Root = ManifestTests.RepositoryRoot();

    private static readonly string GoldenPath = Path.Combine(Root, "tests", "Airs.Runtime.Tests", "Detectors", "injection-scores.golden.txt");

    /// <summary>Every how many values a line of the golden file names one, to show where a difference starts.</summary>
    private const int SampleEvery = 8;

    [Fact]
    public void Scores_on_the_train_split_equal_the_golden_values_bit_for_bit()
    {
        var values = Values();
        var generated = Golden(values);
        if (Environment.GetEnvironmentVariable("UPDATE_BASELINES") == "1")
        {
            File.WriteAllText(GoldenPath, generated);
        }
        Assert.True(File.Exists(GoldenPath), $"{GoldenPath} is missing; run the tests with UPDATE_BASELINES=1");
        var expected = File.ReadAllLines(GoldenPath);
        var actual = generated.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(expected[0] == actual[0], $"the golden values are for {expected[0]}, the shipped model is {actual[0]}; after retraining run the tests with UPDATE_BASELINES=1");
        // The first sampled value that differs, then the digest over all of them.
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 2; i < expected.Length; i++)
        {
            Assert.True(expected[i] == actual[i], $"a score changed: expected `{expected[i]}`, got `{actual[i]}`");
        }
        Assert.True(expected[1] == actual[1], "a score changed (digest over every value; no sampled value differs)");
    }

    /// <summary>Per text and mode: the strongest window's logit and the calibrated probability.</summary>
    private static List<(double Logit, double Probability)> Values()
    {
        var model = InjectionModel.Default;
        var values = new List<(double, double)>();
        foreach (var text in Texts())
        {
            foreach (var mode in new[] { InjectionMode.Prompt, InjectionMode.Content })
            {
                var evidence = Injection.Find(text, mode);
                values.Add((InjectionModel.MaxWindowLogit(model.For(mode), text, evidence), model.Probability(text, mode, evidence)));
            }
        }
        return values;
    }

    /// <summary>The train texts in file order, then documents of 20, 60 and 150 of them (several windows, over 16 KB).</summary>
    private static List<string> Texts()
    {
        var texts = File.ReadLines(Path.Combine(Root, "bench", "quality", "data", "injection", "train.jsonl"))
            .Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString() ?? "")
            .ToList();
        var all = new List<string>(texts) { "" };
        foreach (var size in new[] { 20, 60, 150 })
        {
            for (var i = 0; i + size <= texts.Count; i += 7 * size)
            {
                all.Add(string.Join("\n\n", texts.Skip(i).Take(size)));
            }
        }
        return all;
    }

    private static string Golden(List<(double Logit, double Probability)> values)
    {
        var bits = new byte[values.Count * 16];
        for (var i = 0; i < values.Count; i++)
        {
            BitConverter.TryWriteBytes(bits.AsSpan(16 * i), BitConverter.DoubleToInt64Bits(values[i].Logit));
            BitConverter.TryWriteBytes(bits.AsSpan(16 * i + 8), BitConverter.DoubleToInt64Bits(values[i].Probability));
        }
        var text = new StringBuilder();
        text.Append(InjectionModel.Default.Version).Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"{values.Count} values, SHA-256 {Convert.ToHexStringLower(SHA256.HashData(bits))}\n");
        for (var i = 0; i < values.Count; i += SampleEvery)
        {
            text.Append(CultureInfo.InvariantCulture, $"{i}\t{values[i].Logit:R}\t{values[i].Probability:R}\n");
        }
        return text.ToString();
    }
}
