using Airs.Runtime.Detectors;

namespace Airs.Runtime.Tests.Detectors;

/// <summary>The word classes the learned scorer reads: inflections and translations land in one class, and a stem two classes share lands in neither.</summary>
public class InjectionConceptsTests
{
    [Theory]
    [InlineData("ignore", "Ignoring")]
    [InlineData("ignore", "ignorez")]
    [InlineData("ignore", "vergiss")]
    [InlineData("instructions", "INSTRUCTIONS")]
    [InlineData("instructions", "instructs")]
    [InlineData("instructions", "Anweisungen")]
    [InlineData("previous", "previously")]
    [InlineData("jailbreak", "jailbreaking")]
    public void Inflections_and_translations_share_a_class(string word, string other)
    {
        var concept = Of(word);
        Assert.NotEqual(0, concept);
        Assert.Equal(concept, Of(other));
    }

    [Theory]
    [InlineData("ignore", "instructions")]
    [InlineData("reveal", "password")]
    [InlineData("assistant", "you")]
    public void Different_roles_are_different_classes(string word, string other) => Assert.NotEqual(Of(word), Of(other));

    [Theory]
    [InlineData("the")]
    [InlineData("recipe")]
    [InlineData("transport")] // trans- starts both translate and transfer: the stem belongs to neither
    [InlineData("sys")] // shorter than a stem: only listed words count
    public void Other_words_have_no_class(string word) => Assert.Equal(0, Of(word));

    [Fact]
    public void The_class_table_answers_as_a_dictionary_of_the_same_pairs()
    {
        var random = new Random(20);
        var pairs = new Dictionary<uint, byte>();
        while (pairs.Count < 700)
        {
            pairs[(uint)random.NextInt64(0, 1L << 32)] = (byte)random.Next(1, 21);
        }
        var table = new ConceptTable([.. pairs]);
        foreach (var (key, concept) in pairs)
        {
            Assert.Equal(concept, table.Of(key));
        }
        for (var i = 0; i < 100_000; i++)
        {
            var key = (uint)random.NextInt64(0, 1L << 32);
            Assert.Equal(pairs.GetValueOrDefault(key), table.Of(key));
        }
        Assert.Equal(0, table.Of(0));
        Assert.Throws<ArgumentException>(() => new ConceptTable([new(1, 0)]));
    }

    private static byte Of(string word)
    {
        var lower = word.ToLowerInvariant();
        var stem = lower.Length >= InjectionConcepts.StemChars ? InjectionConcepts.Hash(lower.AsSpan(0, InjectionConcepts.StemChars)) : 0;
        return InjectionConcepts.Of(InjectionConcepts.Hash(lower), stem, lower.Length);
    }
}
