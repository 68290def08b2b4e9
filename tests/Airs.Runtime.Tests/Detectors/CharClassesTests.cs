using Airs.Runtime.Detectors;

namespace Airs.Runtime.Tests.Detectors;

/// <summary>The vector classes must say, for every character, what the scalar predicates say.</summary>
public class CharClassesTests
{
    [Fact]
    public void Every_character_is_classed_as_the_scalar_predicates_class_it()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            var position = c % CharClasses.BlockLength;
            var text = new string('-', position) + ch + "-";
            var classes = CharClasses.Of(text, 0);
            var bit = 1UL << position;
            Assert.Equal(char.IsAsciiLetter(ch), (classes.Letter & bit) != 0);
            Assert.Equal(char.IsAsciiLetter(ch) || NormalizedText.IsLeetDigit(ch), (classes.Core & bit) != 0);
            Assert.Equal(ch is ' ' or '\t' or '\n' or '\v' or '\f' or '\r', (classes.Space & bit) != 0);
            Assert.Equal(ch >= 0x80, (classes.NonAscii & bit) != 0);
        }
    }

    [Fact]
    public void Nothing_is_classed_past_the_end_of_the_text()
    {
        var classes = CharClasses.Of("ab 1é", 0);
        Assert.Equal(0b11011UL, classes.Core | classes.NonAscii);
        Assert.Equal(0b00100UL, classes.Space);
        Assert.Equal(0UL, CharClasses.Of(new string('a', 70), 64).Core >> 6);
    }
}
