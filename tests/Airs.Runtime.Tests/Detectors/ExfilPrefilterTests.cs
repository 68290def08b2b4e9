using Airs.Runtime.Detectors;
using FsCheck;
using FsCheck.Fluent;

namespace Airs.Runtime.Tests.Detectors;

/// <summary>The windowed scan must give exactly what the whole-text scan gives.</summary>
public class ExfilPrefilterTests
{
    private static readonly string[] Allowed = ["example.com", "*.cdn.example.net"];

    private static Gen<string> Chars(string alphabet, int min, int max) =>
        from n in Gen.Choose(min, max)
        from cs in Gen.ArrayOf(Gen.Elements(alphabet.ToCharArray()), n)
        select new string(cs);

    private static Gen<string> Urls() =>
        from scheme in Gen.Elements("https://", "http://", "HTTPS://", "ftp://", "://")
        from host in Gen.Elements("evil.test", "example.com", "img.example.com", "a.cdn.example.net", "cdn.example.net", "user:pw@x.test:8080")
        from path in Gen.Elements("", "/", "/a.png", "/c", "/p(1)")
        from query in Gen.Elements("", "?page=2", "?d=abcdefghijklmnopqrstuvwxyz012345", "?u=jane.doe%40mail.example", "?q=q8Zr2LxW9vKt4Nb7Yc1Hs#frag")
        select scheme + host + path + query;

    private static Gen<string> Rendered() => Gen.OneOf(
        from alt in Chars("ab :/[()!\n", 0, 12) from ws in Gen.Elements("", " ", "\n  ", "<") from url in Urls() from close in Gen.Elements(")", "", " )")
        select "![" + alt + "](" + ws + url + close,
        from alt in Chars("ab :/(!", 0, 12) from ws in Gen.Elements("", " ", "\t") from url in Urls() select "[" + alt + "](" + ws + url + ")",
        from lead in Gen.Elements("\n", "\n ", "\n   ", "\n    ", "") from label in Chars("ab ", 1, 6) from ws in Gen.Elements(" ", "  <", "\n") from url in Urls()
        select lead + "[" + label + "]:" + ws + url,
        from attrs in Gen.Elements("", " alt=\"x\"", " width=1 ", "\n class='a > b'") from ws in Gen.Elements("", " ", " \n ") from q in Gen.Elements("\"", "'", "")
        from url in Urls()
        select "<img" + attrs + " src" + ws + "=" + ws + q + url + q + ">",
        Urls());

    private static Gen<string> Filler() => Gen.Elements(
        " ", " ", "the ", "Q3 ", ", ", ". ", "\n", "[", "]", "(", ")", "!", "<", ">", "=", "\"", ":", "://", "//", "   ", "[x]: ", "<img ", "src=");

    private static Gen<string> LongAlt() => from n in Gen.Choose(480, 520) select "![" + new string('a', n) + "](https://evil.test/a.png)";

    private static Arbitrary<string> Texts() =>
        Gen.ListOf(Gen.Frequency((4, Filler()), (2, Rendered()), (1, LongAlt()))).Select(parts => string.Concat(parts)).ToArbitrary();

    [Fact]
    public void Windowed_scan_finds_exactly_what_the_whole_text_scan_finds() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2000), Prop.ForAll(Texts(), text =>
            Exfil.Find(text, Allowed, prefilter: true).SequenceEqual(Exfil.Find(text, Allowed, prefilter: false))));

    /// <summary>
    /// The tag reader, not windowed, reads every HTML image: each image the generator writes (attributes with a quoted
    /// <c>&gt;</c>, white space around <c>=</c>, any quoting) is <c>html_image</c> exactly when its URL is http(s) to a
    /// host not allowed.
    /// </summary>
    [Fact]
    public void The_tag_reader_finds_every_generated_image_to_a_host_not_allowed()
    {
        var images =
            from attrs in Gen.Elements("", " alt=\"x\"", " width=1 ", "\n class='a > b'", " alt=\"a>b\"") from ws in Gen.Elements("", " ", " \n ")
            from q in Gen.Elements("\"", "'", "") from url in Urls()
            select "<img" + attrs + " src" + ws + "=" + ws + q + url + q + ">";
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000), Prop.ForAll(images.ToArbitrary(), image =>
        {
            var url = image[(image.IndexOf("://", StringComparison.Ordinal) - 5)..];
            var outside = (url.Contains("http://", StringComparison.OrdinalIgnoreCase) || url.Contains("https://", StringComparison.OrdinalIgnoreCase))
                && (url.Contains("evil.test", StringComparison.Ordinal) || url.Contains("x.test", StringComparison.Ordinal)
                    || url.Contains("://cdn.example.net", StringComparison.Ordinal));
            return Exfil.Find(image, Allowed).Any(m => m.Label == "html_image") == outside;
        }));
    }

    [Theory]
    [InlineData("ok\n  [ref]: https://evil.test/x and ![a](https://evil.test/b.png) <img alt=1 src = 'https://evil.test/c'>")]
    [InlineData("<img width=1\n   src=\n  \"https://evil.test/p.png\">")]
    public void Known_shapes_agree_and_are_found(string text)
    {
        var windowed = Exfil.Find(text, Allowed, prefilter: true);
        Assert.NotEmpty(windowed);
        Assert.Equal(Exfil.Find(text, Allowed, prefilter: false).ToArray(), windowed.ToArray());
    }
}
