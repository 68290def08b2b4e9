using System.Text;
using System.Text.RegularExpressions;
using Airs.Runtime.Detectors;

namespace Airs.Runtime.Tests.Detectors;

/// <summary>
/// The exfiltration detector reads markdown images and links and URLs by hand (<see cref="Exfil.NextMarkdown"/>,
/// <see cref="Exfil.NextUrl"/>) where it once ran the patterns below: on texts built from the pieces
/// the patterns turn on, both must give the same matches, leftmost first and without overlap, on the whole text and on
/// any slice of it (the detector reads windows around each <c>://</c>); and <see cref="Exfil.Destination"/> must read
/// each any-destination form's destination as the pattern's group <c>d</c>.
/// </summary>
public sealed class ExfilMarkdownDifferentialTests
{
    // The backtracking engine, whose matches the non-backtracking one promises to give: a non-backtracking regex that has
    // read many texts switches to its NFA mode, and there it was seen to miss matches (LazyRegex's remarks).
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    private static readonly (Regex Pattern, Exfil.MarkdownForm Form, bool HttpOnly)[] Oracles =
    [
        (new(@"!\[[^\]\r\n]{0,500}\]\(\s*<?https?://[^\s)>]+", Options), Exfil.MarkdownForm.Image, true),
        (new(@"\[[^\]\r\n]{0,500}\]\(\s*<?https?://[^\s)>]+|^\s{0,3}\[[^\]\r\n]{1,200}\]:\s*<?https?://[^\s>]+", Options | RegexOptions.Multiline), Exfil.MarkdownForm.Link, true),
        (new(@"!\[[^\]\r\n]{0,500}\]\(\s*<?(?<d>[^\s)>]+)", Options), Exfil.MarkdownForm.Image, false),
        (new(@"\[[^\]\r\n]{0,500}\]\(\s*<?(?<d>[^\s)>]+)|^\s{0,3}\[[^\]\r\n]{1,200}\]:\s*<?(?<d>[^\s>]+)", Options | RegexOptions.Multiline), Exfil.MarkdownForm.Link, false),
    ];

    private static readonly Regex Url = new(@"https?://[^\s""'<>()\[\]]+", Options);

    private static readonly string[] Pieces =
    [
        "![", "[", "]", "](", "]:", "(", ")", "<", "<<", ">", " ", "  ", "   ", "\t", "\n", "\r", "\r\n", "\u00A0", "\u2003",
        "\u2028", "a", "x y", "!", "s", "S", "//evil.test/p.png", "https://", "http://", "HTTPS://", "hTtP://", "httpS:", "http:/",
        "://", ":", "/", "http:evil.test", "&#104;ttps://e.test", "\\", ".", "?d=1", "\"", "'", "[x]: ", "   [", "    [",
        "e.test", "https://e.test/a?q=" + new string('z', 40), new string('b', 199), new string('c', 200), new string('d', 499),
        new string('e', 500),
    ];

    [Fact]
    public void The_hand_read_forms_are_the_patterns_matches()
    {
        var compared = 0;
        foreach (var s in Texts(60_000))
        {
            foreach (var (pattern, form, httpOnly) in Oracles)
            {
                compared += Compare(s, pattern, (t, at) => (Exfil.NextMarkdown(t, at, form, httpOnly, out var i, out var l), i, l), form, httpOnly);
            }
            compared += Compare(s, Url, (t, at) => (Exfil.NextUrl(t, at, out var i, out var l), i, l), form: null, httpOnly: true);
        }
        Assert.True(compared > 20_000, $"only {compared} matches compared");
    }

    [Theory]
    [InlineData("![", "](", " ", "x")]
    [InlineData("[", "](", "\t", "https://e.test")]
    [InlineData("\n [", "]:", "\n", "<")]
    [InlineData("[a", "]", "(", ")")]
    public void Many_openings_before_one_label_end_read_as_the_patterns_read_them(string opening, string close, string blank, string destination)
    {
        // Every opening before the label end shares its outcome; the hand reading remembers it instead of reading the
        // label and the blanks again for each (on the patterns' figures, whatever the count).
        var text = string.Concat(Enumerable.Repeat(opening, 20_000)) + close + string.Concat(Enumerable.Repeat(blank, 20_000)) + destination;
        foreach (var (pattern, form, httpOnly) in Oracles)
        {
            Compare(text, pattern, (t, at) => (Exfil.NextMarkdown(t, at, form, httpOnly, out var i, out var l), i, l), form, httpOnly);
        }
    }

    /// <summary>
    /// Texts built from <see cref="Pieces"/> (seed 20261129), each followed by a random slice of it: <paramref name="count"/>
    /// in all. <c>RegexRenewalTests</c> reads them too: in this order they drive a non-backtracking regex into NFA mode.
    /// </summary>
    internal static List<string> Texts(int count)
    {
        var random = new Random(20261129);
        var text = new StringBuilder();
        var texts = new List<string>(count);
        while (texts.Count < count)
        {
            text.Clear();
            for (var k = random.Next(1, 28); k > 0; k--)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
            }
            var whole = text.ToString();
            var from = random.Next(whole.Length + 1);
            texts.Add(whole);
            texts.Add(whole[from..random.Next(from, whole.Length + 1)]);
        }
        return texts;
    }

    private delegate (bool Found, int Index, int Length) Next(string text, int from);

    private static int Compare(string text, Regex pattern, Next next, Exfil.MarkdownForm? form, bool httpOnly)
    {
        var at = 0;
        var count = 0;
        foreach (Match expected in pattern.Matches(text))
        {
            var (found, index, length) = next(text, at);
            Assert.True(found, $"missed {expected.Index}+{expected.Length} in {Show(text)}");
            Assert.True((expected.Index, expected.Length) == (index, length), $"{index}+{length} for {expected.Index}+{expected.Length} in {Show(text)}");
            if (form is not null && !httpOnly)
            {
                Assert.Equal(expected.Groups["d"].Value, Exfil.Destination(text.AsSpan(index, length)).ToString());
            }
            at = index + length;
            count++;
        }
        var extra = next(text, at);
        Assert.False(extra.Found, $"an extra match {extra.Index}+{extra.Length} after {at} in {Show(text)} ({form}, {(httpOnly ? "http" : "any")})");
        return count;
    }

    private static string Show(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
