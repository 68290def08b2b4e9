using System.Text;
using System.Text.RegularExpressions;
using Airs.Runtime.Detectors;

namespace Airs.Runtime.Tests.Detectors;

/// <summary>
/// <see cref="Exfil.Destination"/> reads a markdown form's destination off the match by hand, in place of the pattern's
/// group <c>d</c> (which the non-backtracking engine finds in a slower pass): both must name the same destination for
/// every match, on texts built from the pieces the patterns turn on.
/// </summary>
public sealed class ExfilDestinationDifferentialTests
{
    private static readonly string[] Pieces =
    [
        "![", "[", "]", "](", "]:", "(", ")", "<", "<<", ">", " ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u2003", "a", "x y",
        "//evil.test/p.png", "https://", "http:evil.test", "&#104;ttps://e.test", "\\", "/", ".", "?d=1", "alt", "label",
    ];

    [Fact]
    public void The_hand_read_destination_is_the_patterns_group()
    {
        var random = new Random(20261129);
        var text = new StringBuilder();
        var compared = 0;
        for (var n = 0; n < 40_000; n++)
        {
            text.Clear();
            for (var k = random.Next(1, 24); k > 0; k--)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
            }
            var s = text.ToString();
            foreach (var pattern in new[] { Exfil.AnyMarkdownImage.Value, Exfil.AnyMarkdownLink.Value })
            {
                foreach (Match m in pattern.Matches(s))
                {
                    Assert.Equal(m.Groups["d"].Value, Exfil.Destination(s.AsSpan(m.Index, m.Length)).ToString());
                    compared++;
                }
            }
        }
        Assert.True(compared > 3_000, $"only {compared} matches compared");
    }
}
