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

    private static byte Of(string word)
    {
        var lower = word.ToLowerInvariant();
        var stem = lower.Length >= InjectionConcepts.StemChars ? InjectionConcepts.Hash(lower.AsSpan(0, InjectionConcepts.StemChars)) : 0;
        return InjectionConcepts.Of(InjectionConcepts.Hash(lower), stem, lower.Length);
    }
}
