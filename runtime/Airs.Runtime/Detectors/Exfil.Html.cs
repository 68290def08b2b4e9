using System.Buffers;

namespace Airs.Runtime.Detectors;

public static partial class Exfil
{
    /// <summary>What an element's attributes make a browser fetch without a click; every element's <c>style</c> is CSS.</summary>
    [Flags]
    private enum Fetches
    {
        None = 0,
        Src = 1,
        Poster = 2,
        Href = 4,
        Data = 8,
        Background = 16,
        Srcset = 32,
        Refresh = 64,
        StyleBlock = 128,
        /// <summary>An image: its findings are <c>html_image</c>.</summary>
        Image = 256,
        /// <summary>A frame's page written in its <c>srcdoc</c>: HTML whose own elements fetch.</summary>
        Srcdoc = 512,
        /// <summary>An anchor's or area's <c>href</c>: followed on a click, a link as a markdown link is.</summary>
        LinkHref = 1024,
        /// <summary>A <c>ping</c>: sent on a click.</summary>
        Ping = 2048,
        /// <summary>A form's <c>action</c>, a button's or input's <c>formaction</c>: the form's fields are posted there on a click.</summary>
        Action = 4096,
        /// <summary>A <c>srcset</c> that is an image's (<c>&lt;source&gt;</c> in a <c>&lt;picture&gt;</c>): <c>html_image</c>.</summary>
        ImageSet = 8192,
        /// <summary>An SVG animation's values (<c>to</c>, <c>from</c>, <c>values</c>, a <c>;</c> list): it can set its element's <c>href</c>.</summary>
        Animated = 16384,
        /// <summary>
        /// What a lazy-loading script sets as a source, a srcset or a background (<c>data-src</c>, <c>data-lazy-src</c>,
        /// <c>data-original</c>, <c>data-bg</c>, …): read on any element, as a list of candidates and as CSS.
        /// </summary>
        Lazy = 32768,
    }

    /// <summary>What a click sends: reported as a markdown link is, not as a fetch.</summary>
    private const Fetches Clicks = Fetches.LinkHref | Fetches.Ping | Fetches.Action;

    private static readonly Dictionary<string, Fetches>.AlternateLookup<ReadOnlySpan<char>> FetchingElements = new Dictionary<string, Fetches>(StringComparer.OrdinalIgnoreCase)
    {
        ["img"] = Fetches.Src | Fetches.Srcset | Fetches.Image,
        ["video"] = Fetches.Src | Fetches.Poster | Fetches.Href, // SVG Tiny 1.2's video and audio take xlink:href
        ["audio"] = Fetches.Src | Fetches.Href,
        ["source"] = Fetches.Src | Fetches.Srcset | Fetches.ImageSet,
        ["track"] = Fetches.Src,
        ["iframe"] = Fetches.Src | Fetches.Srcdoc,
        ["frame"] = Fetches.Src,
        ["embed"] = Fetches.Src,
        ["input"] = Fetches.Src | Fetches.Action, // a src counts only for type=image; read on any input, as nothing else carries one
        ["script"] = Fetches.Src | Fetches.Href, // SVG's script takes href (or xlink:href)
        ["image"] = Fetches.Src | Fetches.Href, // SVG's image; in HTML the parser makes it an img
        ["feimage"] = Fetches.Href,
        ["set"] = Fetches.Animated, // <set attributeName=href to=…> on an <image> or <use> makes it fetch that
        ["animate"] = Fetches.Animated,
        ["use"] = Fetches.Href, // SVG's use of another document (a sprite): the standard fetches it same-origin only, not every renderer does
        // SVG elements whose href names an element to take as a template, a path, a glyph or a file: one in another
        // document (not #id) is fetched by a renderer that loads external references. SVG 1.1's cursor, tref,
        // color-profile, font-face-uri, altGlyph and glyphRef are gone from browsers but not from every renderer.
        ["pattern"] = Fetches.Href, ["lineargradient"] = Fetches.Href, ["radialgradient"] = Fetches.Href, ["filter"] = Fetches.Href,
        ["textpath"] = Fetches.Href, ["mpath"] = Fetches.Href, ["cursor"] = Fetches.Href, ["tref"] = Fetches.Href,
        ["color-profile"] = Fetches.Href, ["font-face-uri"] = Fetches.Href, ["altglyph"] = Fetches.Href, ["glyphref"] = Fetches.Href,
        ["hatch"] = Fetches.Href, ["meshgradient"] = Fetches.Href, // SVG 2's drafts' paint servers (Inkscape renders them)
        ["animation"] = Fetches.Href, ["prefetch"] = Fetches.Href, // SVG Tiny 1.2: another SVG document, and a file fetched ahead
        ["link"] = Fetches.Href | Fetches.Srcset, // a stylesheet, icon, preload, prefetch, even a dns-prefetch
        ["base"] = Fetches.Href, // relative destinations after it resolve against its host
        ["object"] = Fetches.Data,
        ["portal"] = Fetches.Src, // an embedded page that fetches without a click (experimental, Chromium)
        ["body"] = Fetches.Background,
        ["table"] = Fetches.Background,
        ["thead"] = Fetches.Background,
        ["tbody"] = Fetches.Background,
        ["tfoot"] = Fetches.Background,
        ["tr"] = Fetches.Background,
        ["td"] = Fetches.Background,
        ["th"] = Fetches.Background,
        ["meta"] = Fetches.Refresh,
        ["style"] = Fetches.StyleBlock,
        // Followed on a click: links, as markdown links are.
        ["a"] = Fetches.LinkHref | Fetches.Ping, // HTML's and SVG's
        ["area"] = Fetches.LinkHref | Fetches.Ping,
        ["form"] = Fetches.Action,
        ["button"] = Fetches.Action,
        // MathML: an href (or xlink:href) on any of its elements makes it a link, in browsers that support it.
        ["math"] = Fetches.LinkHref, ["mi"] = Fetches.LinkHref, ["mn"] = Fetches.LinkHref, ["mo"] = Fetches.LinkHref,
        ["ms"] = Fetches.LinkHref, ["mtext"] = Fetches.LinkHref, ["mspace"] = Fetches.LinkHref, ["mrow"] = Fetches.LinkHref,
        ["mfrac"] = Fetches.LinkHref, ["msqrt"] = Fetches.LinkHref, ["mroot"] = Fetches.LinkHref, ["mstyle"] = Fetches.LinkHref,
        ["merror"] = Fetches.LinkHref, ["mpadded"] = Fetches.LinkHref, ["mphantom"] = Fetches.LinkHref, ["menclose"] = Fetches.LinkHref,
        ["mfenced"] = Fetches.LinkHref, ["msub"] = Fetches.LinkHref, ["msup"] = Fetches.LinkHref, ["msubsup"] = Fetches.LinkHref,
        ["munder"] = Fetches.LinkHref, ["mover"] = Fetches.LinkHref, ["munderover"] = Fetches.LinkHref, ["mmultiscripts"] = Fetches.LinkHref,
        ["mprescripts"] = Fetches.LinkHref, ["mtable"] = Fetches.LinkHref, ["mtr"] = Fetches.LinkHref, ["mtd"] = Fetches.LinkHref,
        ["mlabeledtr"] = Fetches.LinkHref, ["maction"] = Fetches.LinkHref, ["mglyph"] = Fetches.LinkHref | Fetches.Src, ["mstack"] = Fetches.LinkHref,
        ["mlongdiv"] = Fetches.LinkHref, ["msgroup"] = Fetches.LinkHref, ["msrow"] = Fetches.LinkHref, ["mscarries"] = Fetches.LinkHref,
        ["mscarry"] = Fetches.LinkHref, ["msline"] = Fetches.LinkHref, ["maligngroup"] = Fetches.LinkHref, ["malignmark"] = Fetches.LinkHref,
        ["semantics"] = Fetches.LinkHref, ["annotation"] = Fetches.LinkHref, ["annotation-xml"] = Fetches.LinkHref,
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// SVG's presentation attributes that take a CSS <c>url()</c> (<see cref="IsUrlPresentationAttribute"/>; <c>marker</c>
    /// also as <c>marker-start</c>, <c>-mid</c>, <c>-end</c>). Declared before <see cref="RenderedOpenings"/>, which holds them.
    /// </summary>
    private static readonly string[] UrlPresentationAttributes = ["fill", "stroke", "filter", "mask", "clip-path", "cursor", "marker"];

    /// <summary>
    /// Every opening of a form a pass reads, for one vectorised probe: markdown images and links, <c>&lt;</c> and the name
    /// of every element above (MathML's and SVG's too: a piece of an answer, as a streamed screening reads one, may hold
    /// such an element without the <c>&lt;math&gt;</c> or <c>&lt;svg&gt;</c> it stands in), <c>:</c> and that name (the
    /// end of a prefixed name, <c>&lt;svg:image</c>, which the reader reads by its <see cref="LocalName"/>), <c>style</c> (a style block,
    /// or a style attribute of any element), <c>data-</c> (a lazy loader's attribute on any element), and the names of
    /// SVG's presentation attributes (<see cref="IsUrlPresentationAttribute"/>), whose <c>url(</c> may be written with
    /// CSS escapes or character references.
    /// </summary>
    private static readonly SearchValues<string> RenderedOpenings = SearchValues.Create(
        [.. FetchingElements.Dictionary.Keys.SelectMany<string, string>(name => ["<" + name, ":" + name]), "](", "]:", "style", "data-", "url(", .. UrlPresentationAttributes],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>What the CSS tokenizer reads first: strings, comments and <c>url(</c>.</summary>
    private static readonly SearchValues<string> CssTokens = SearchValues.Create(["\"", "'", "/*", "url("], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// HTML elements that fetch without a click (<see cref="FetchingElements"/>, a <c>style</c> attribute or block),
    /// reported as <c>html_fetch</c> (an image as <c>html_image</c>) when a destination reaches a host not allowed. Attributes are
    /// read as the HTML tokenizer reads them: names in any case, <c>=</c> with white space around it, values quoted
    /// (a <c>&gt;</c> inside one does not end the tag) or not, character references decoded. Every <c>&lt;</c> before a
    /// letter is read as a tag of its own, even inside another tag's value (markdown may have escaped the text that
    /// made it one); a tag's reading stops, outside a value, at the next one, which then also counts what it fetches,
    /// so each character is read a bounded number of times.
    /// </summary>
    private static void AddFetchingElements(string text, IReadOnlyList<string> allowed, MatchSet found)
    {
        var span = text.AsSpan();
        Dictionary<int, Fetches>? inherited = null;
        for (var t = NextTag(span, 0); t >= 0;)
        {
            var nameEnd = TagNameEnd(span, t + 1);
            FetchingElements.TryGetValue(LocalName(span[(t + 1)..nameEnd]), out var fetches);
            if (inherited is not null && inherited.Remove(t, out var more))
            {
                fetches |= more;
            }
            var next = NextTag(span, nameEnd);
            var (end, stoppedAt) = ReadAttributes(text, t, nameEnd, next, fetches, allowed, found);
            if (stoppedAt >= 0)
            {
                inherited ??= [];
                inherited[stoppedAt] = inherited.GetValueOrDefault(stoppedAt) | (fetches & ~(Fetches.StyleBlock | Fetches.Image | Fetches.ImageSet));
            }
            if ((fetches & Fetches.StyleBlock) != 0 && end < span.Length)
            {
                // Raw text up to its end tag, or to the next style tag (which reads on from there): no text is read twice.
                var rest = span[end..];
                var length = StyleBlockLength(rest);
                AddCss(rest[..length], t, end + length - t, allowed, found);
            }
            t = next;
        }
    }

    /// <summary>The next <c>&lt;</c> before an ASCII letter at or after <paramref name="from"/>: a start tag's opening.</summary>
    private static int NextTag(ReadOnlySpan<char> text, int from)
    {
        while (from < text.Length)
        {
            var lt = text[from..].IndexOf('<');
            if (lt < 0)
            {
                return -1;
            }
            from += lt + 1;
            if (from < text.Length && char.IsAsciiLetter(text[from]))
            {
                return from - 1;
            }
        }
        return -1;
    }

    /// <summary>Where the tag name that starts at <paramref name="from"/> ends: at white space, <c>/</c>, <c>&gt;</c>, <c>&lt;</c> or the text's end.</summary>
    private static int TagNameEnd(ReadOnlySpan<char> text, int from)
    {
        var length = text[from..].IndexOfAny(TagNameEnds);
        return length < 0 ? text.Length : from + length;
    }

    private static readonly SearchValues<char> TagNameEnds = SearchValues.Create(" \t\n\r\f/><");

    /// <summary>
    /// A name's local part, after its last <c>:</c>: XML (an SVG file, XHTML) binds a prefix to a namespace
    /// (<c>&lt;svg:image&gt;</c>, <c>x:href</c>), and the prefix is any name its author declared. Read so whether or not the
    /// declaration is in the text (the fail-closed reading: HTML's parser keeps <c>svg:image</c> as a name that fetches nothing).
    /// </summary>
    private static ReadOnlySpan<char> LocalName(ReadOnlySpan<char> name) => name[(name.LastIndexOf(':') + 1)..];

    /// <summary>Whether a tag's name (an element's, prefixed or not, or an end tag's after its <c>/</c>) is <c>style</c>: that element's text is CSS.</summary>
    internal static bool IsStyleName(ReadOnlySpan<char> name) =>
        !name.IsEmpty && char.IsAsciiLetter(name[0]) && LocalName(name).Equals("style", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// How far a style element's raw text runs: to an end tag (<c>&lt;/style</c>, <c>&lt;/svg:style</c>) or to the next
    /// style tag, each named as <see cref="IsStyleName"/> reads it (<c>Streaming.OpenTag</c> reads them so too). Each
    /// <c>&lt;</c> reads its name, which ends at the next one, so the text is read once.
    /// </summary>
    private static int StyleBlockLength(ReadOnlySpan<char> rest)
    {
        for (var i = 0; i < rest.Length;)
        {
            var lt = rest[i..].IndexOf('<');
            if (lt < 0)
            {
                break;
            }
            var at = i + lt;
            var name = at + 1 < rest.Length && rest[at + 1] == '/' ? at + 2 : at + 1;
            i = TagNameEnd(rest, name);
            if (IsStyleName(rest[name..i]))
            {
                return at;
            }
        }
        return rest.Length;
    }

    private static bool IsHtmlSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    private static readonly char[] HtmlSpaces = [' ', '\t', '\n', '\r', '\f'];

    /// <summary>
    /// Reads the attributes of the tag at <paramref name="tag"/> from <paramref name="i"/> and reports each destination
    /// it fetches from a host not allowed. Returns where the tag ends (after its <c>&gt;</c>, or the text's end) and,
    /// when the reading met the next tag <paramref name="next"/> outside a value, that tag's position (else -1).
    /// </summary>
    private static (int End, int StoppedAt) ReadAttributes(string text, int tag, int i, int next, Fetches fetches, IReadOnlyList<string> allowed, MatchSet found)
    {
        var span = text.AsSpan();
        while (true)
        {
            while (i < span.Length && (IsHtmlSpace(span[i]) || span[i] == '/'))
            {
                i++;
            }
            if (i == next)
            {
                return (i, next);
            }
            if (i >= span.Length)
            {
                return (i, -1);
            }
            if (span[i] == '>')
            {
                return (i + 1, -1);
            }
            // An attribute name: its first character may be '=' (a parse error the tokenizer keeps in the name).
            var nameStart = i++;
            while (i < span.Length && i != next && !IsHtmlSpace(span[i]) && span[i] is not ('/' or '>' or '='))
            {
                i++;
            }
            var name = span[nameStart..i];
            while (i < span.Length && i != next && IsHtmlSpace(span[i]))
            {
                i++;
            }
            if (i >= span.Length || i == next || span[i] != '=')
            {
                continue;
            }
            i++;
            while (i < span.Length && i != next && IsHtmlSpace(span[i]))
            {
                i++;
            }
            if (i >= span.Length || i == next)
            {
                continue;
            }
            int valueStart, valueEnd;
            if (span[i] is '"' or '\'')
            {
                valueStart = i + 1;
                var close = span[valueStart..].IndexOf(span[i]);
                valueEnd = close < 0 ? span.Length : valueStart + close;
                i = Math.Min(valueEnd + 1, span.Length);
                if (next >= 0 && next < i)
                {
                    next = NextTag(span, i); // tags inside the value are read on their own
                }
            }
            else
            {
                if (span[i] == '>')
                {
                    return (i + 1, -1);
                }
                valueStart = i;
                while (i < span.Length && i != next && !IsHtmlSpace(span[i]) && span[i] != '>')
                {
                    i++;
                }
                valueEnd = i;
            }
            ReadAttribute(text, tag, name, valueStart, valueEnd, fetches, allowed, found);
        }
    }

    private static void ReadAttribute(string text, int tag, ReadOnlySpan<char> name, int valueStart, int valueEnd, Fetches fetches, IReadOnlyList<string> allowed, MatchSet found)
    {
        var value = text.AsSpan(valueStart, valueEnd - valueStart);
        if (name.Equals("style", StringComparison.OrdinalIgnoreCase) || IsUrlPresentationAttribute(name))
        {
            AddCss(value.Contains('&') ? HtmlDecode(value) : value, tag, valueEnd - tag, allowed, found);
            return;
        }
        var attribute = Attribute(name);
        if ((attribute & Fetches.Lazy) != 0)
        {
            var image = (fetches & Fetches.Image) != 0 || ((fetches & Fetches.ImageSet) != 0 && name.EndsWith("srcset", StringComparison.OrdinalIgnoreCase));
            if (LazyReachesOut(value, allowed))
            {
                found.TryAdd(new DetectorMatch(tag, valueEnd - tag, image ? "html_image" : "html_fetch", 0.95));
                return;
            }
        }
        var fetched = attribute & fetches & ~Fetches.Lazy;
        if (fetched == Fetches.None)
        {
            return;
        }
        if ((fetched & ~Clicks) == Fetches.None)
        {
            AddLink(tag, valueEnd, value, fetched, allowed, found);
            return;
        }
        fetched &= ~Clicks;
        var label = (fetches & Fetches.Image) != 0 ? "html_image" : "html_fetch";
        if (fetched == Fetches.Srcset)
        {
            if (SetReachesOut(value, allowed))
            {
                found.TryAdd(new DetectorMatch(tag, valueEnd - tag, (fetches & Fetches.ImageSet) != 0 ? "html_image" : label, 0.95));
            }
            return;
        }
        if (fetched == Fetches.Animated)
        {
            // References are decoded before the list is split, as the tokenizer decodes them before SVG reads it.
            var list = value.Contains('&') ? HtmlDecode(value) : value.ToString();
            foreach (var item in list.Split(';'))
            {
                if (FetchedHost(item, markdown: false) is { } animated && !IsAllowed(animated, allowed))
                {
                    found.TryAdd(new DetectorMatch(tag, valueEnd - tag, label, 0.95));
                    return;
                }
            }
            return;
        }
        if (fetched == Fetches.Srcdoc)
        {
            if (value.Contains('&') && WrittenPageReachesOut(HtmlDecode(value), allowed))
            {
                found.TryAdd(new DetectorMatch(tag, valueEnd - tag, label, 0.95));
            }
            return;
        }
        if (fetched == Fetches.Refresh)
        {
            var decoded = value.Contains('&') ? HtmlDecode(value) : value.ToString();
            if (RefreshDestination(decoded) is not { } destination)
            {
                return;
            }
            value = destination;
        }
        if (FetchedHost(value, markdown: false) is { } host
                ? !IsAllowed(host, allowed)
                : fetched is Fetches.Src or Fetches.Data && DataPage(value) is { } page && WrittenPageReachesOut(page, allowed))
        {
            found.TryAdd(new DetectorMatch(tag, valueEnd - tag, label, 0.95));
        }
    }

    /// <summary>
    /// A destination followed on a click to a host not allowed, reported as a markdown link is: <c>markdown_link</c>,
    /// 0.7, 0.9 when its query carries data. A form's action is 0.9 whatever its query: the form posts its fields
    /// (hidden ones too, filled in by whoever wrote the form), so it always carries data. A ping is a list of URLs.
    /// </summary>
    private static void AddLink(int tag, int valueEnd, ReadOnlySpan<char> value, Fetches fetched, IReadOnlyList<string> allowed, MatchSet found)
    {
        var decoded = value.Contains('&') ? HtmlDecode(value) : value.ToString();
        var urls = fetched == Fetches.Ping ? decoded.Split(HtmlSpaces, StringSplitOptions.RemoveEmptyEntries) : [decoded];
        foreach (var url in urls)
        {
            if (FetchedHost(url, markdown: false) is { } host && !IsAllowed(host, allowed))
            {
                found.TryAdd(new DetectorMatch(tag, valueEnd - tag, "markdown_link", fetched == Fetches.Action || CarriesData(url) ? 0.9 : 0.7));
                return;
            }
        }
    }

    /// <summary>
    /// The page of a <c>data:</c> URL that renders as a document (HTML, XHTML, SVG: a frame's, an object's or an embed's
    /// page, whose images fetch), percent- or base64-decoded; null for any other destination. Read on any src, which
    /// asks nothing of elements that do not render one.
    /// </summary>
    private static string? DataPage(ReadOnlySpan<char> value)
    {
        var url = (value.Contains('&') ? HtmlDecode(value) : value.ToString()).AsSpan().Trim(" \t\n\r\f");
        var comma = url.IndexOf(',');
        if (!url.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || comma < 0)
        {
            return null;
        }
        var header = url[5..comma];
        if (!header.Contains("html", StringComparison.OrdinalIgnoreCase) && !header.Contains("svg", StringComparison.OrdinalIgnoreCase)
            && !header.Contains("xml", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var payload = Uri.UnescapeDataString(url[(comma + 1)..].ToString());
        if (!header.EndsWith(";base64", StringComparison.OrdinalIgnoreCase))
        {
            return payload;
        }
        var bytes = new byte[payload.Length * 3 / 4 + 3];
        return Convert.TryFromBase64String(payload.Replace(" ", "", StringComparison.Ordinal), bytes, out var written)
            ? System.Text.Encoding.UTF8.GetString(bytes, 0, written)
            : null;
    }

    private static Fetches Attribute(ReadOnlySpan<char> name) => name switch
    {
        // lowsrc and dynsrc: an image's older sources. data-src is also a frame's lazy src (a data: page is read as one).
        _ when name.Equals("src", StringComparison.OrdinalIgnoreCase) || name.Equals("lowsrc", StringComparison.OrdinalIgnoreCase)
            || name.Equals("dynsrc", StringComparison.OrdinalIgnoreCase) => Fetches.Src,
        _ when name.Equals("data-src", StringComparison.OrdinalIgnoreCase) => Fetches.Src | Fetches.Lazy,
        _ when IsLazy(name) => Fetches.Lazy,
        _ when name.Equals("poster", StringComparison.OrdinalIgnoreCase) => Fetches.Poster,
        // xlink:href, or any prefix an XML document binds to XLink's namespace (x:href): read without its declaration.
        _ when LocalName(name).Equals("href", StringComparison.OrdinalIgnoreCase) => Fetches.Href | Fetches.LinkHref,
        _ when name.Equals("ping", StringComparison.OrdinalIgnoreCase) => Fetches.Ping,
        _ when name.Equals("action", StringComparison.OrdinalIgnoreCase) || name.Equals("formaction", StringComparison.OrdinalIgnoreCase) => Fetches.Action,
        _ when name.Equals("data", StringComparison.OrdinalIgnoreCase) => Fetches.Data,
        _ when name.Equals("background", StringComparison.OrdinalIgnoreCase) => Fetches.Background,
        _ when name.Equals("srcset", StringComparison.OrdinalIgnoreCase) || name.Equals("imagesrcset", StringComparison.OrdinalIgnoreCase) => Fetches.Srcset,
        _ when name.Equals("content", StringComparison.OrdinalIgnoreCase) => Fetches.Refresh,
        _ when name.Equals("srcdoc", StringComparison.OrdinalIgnoreCase) => Fetches.Srcdoc,
        _ when name.Equals("to", StringComparison.OrdinalIgnoreCase) || name.Equals("from", StringComparison.OrdinalIgnoreCase)
            || name.Equals("values", StringComparison.OrdinalIgnoreCase) => Fetches.Animated,
        _ => Fetches.None,
    };

    /// <summary>
    /// SVG's presentation attributes that take a <c>url(…)</c>: a paint server, a filter, a mask, a clipping path, a
    /// marker or a cursor, which a renderer that loads another document's resources fetches. Read as CSS, on any
    /// element (the fail-closed reading: HTML elements ignore them); <c>url(#id)</c> in the same document is not one.
    /// </summary>
    private static bool IsUrlPresentationAttribute(ReadOnlySpan<char> name)
    {
        foreach (var attribute in UrlPresentationAttributes)
        {
            if (attribute == "marker" ? name.StartsWith(attribute, StringComparison.OrdinalIgnoreCase) : name.Equals(attribute, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>What lazy-loading scripts' attributes name in their <c>data-</c> names: a source, a set, a background, a poster.</summary>
    private static readonly SearchValues<string> LazyNameParts = SearchValues.Create(
        ["src", "bg", "background", "poster", "original", "lazy", "image", "img"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A <c>data-</c> attribute that a lazy-loading script may turn into a fetch (<c>data-src</c>, <c>data-srcset</c>,
    /// <c>data-lazy-src</c>, <c>data-original</c>, <c>data-bg</c>, <c>data-bgset</c>, <c>data-poster</c>,
    /// <c>data-background-image</c>, …): the scripts are many and each names its own, so every <c>data-</c> name with
    /// one of <see cref="LazyNameParts"/> counts (the fail-closed reading; a value that names no host is not one), but
    /// <see cref="TooltipTexts"/>.
    /// </summary>
    private static bool IsLazy(ReadOnlySpan<char> name) =>
        name.StartsWith("data-", StringComparison.OrdinalIgnoreCase) && name[5..].IndexOfAny(LazyNameParts) >= 0 && !TooltipTexts.Contains(name);

    /// <summary>
    /// Bootstrap's names for a tooltip's or a popover's text, shown on hover, which nothing fetches (version 4's, and
    /// version 5's with <c>bs-</c>): they hold <c>original</c>, a lazy loader's name part, and are not sources.
    /// </summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TooltipTexts = new HashSet<string>(
        ["data-original-title", "data-original-content", "data-bs-original-title", "data-bs-original-content"], StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A lazy loader's value: a URL, a srcset-like list or CSS (<c>url(a), url(b)</c>) reaching a host not allowed.</summary>
    private static bool LazyReachesOut(ReadOnlySpan<char> value, IReadOnlyList<string> allowed)
    {
        var decoded = value.Contains('&') ? HtmlDecode(value) : value;
        return SetReachesOut(decoded, allowed) || CssOrEscapedReachesOut(decoded, allowed);
    }

    /// <summary>How many pages written in a frame deep the reading goes; a deeper one is reported if it holds any opening.</summary>
    private const int MaxWrittenPageDepth = 3;

    [ThreadStatic]
    private static int WrittenPageDepth;

    /// <summary>
    /// Whether a frame's written page (a <c>srcdoc</c>, references decoded) fetches from a host not allowed, read as
    /// any text is. Markup written raw in it is also read where it stands; only an encoded page needs this reading,
    /// and each level of nesting needs one more level of encoding, so the depth is bounded by the text as well.
    /// </summary>
    private static bool WrittenPageReachesOut(string page, IReadOnlyList<string> allowed)
    {
        if (WrittenPageDepth >= MaxWrittenPageDepth)
        {
            return HasRenderedForm(page, out _, out _);
        }
        WrittenPageDepth++;
        try
        {
            return !Find(page, allowed).IsEmpty;
        }
        finally
        {
            WrittenPageDepth--;
        }
    }

    /// <summary>Whether a candidate of a srcset-like list (<c>a.png 1x, //host/b.png 2x</c>) reaches a host not allowed.</summary>
    private static bool SetReachesOut(ReadOnlySpan<char> value, IReadOnlyList<string> allowed)
    {
        foreach (var range in value.Split(','))
        {
            var candidate = value[range].Trim();
            var space = candidate.IndexOfAny(" \t\r\n\f");
            if (FetchedHost(space < 0 ? candidate : candidate[..space], markdown: false) is { } host && !IsAllowed(host, allowed))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The address of a refresh (<c>0;url=//host/x</c>, <c>5, URL='…'</c>, <c>0 //host/x</c>) as the HTML standard
    /// parses a meta refresh's content; null when it has none (<c>30</c>) or is no refresh (does not open with a number).
    /// Read whatever the meta's http-equiv says: content shaped so is a refresh nowhere else.
    /// </summary>
    private static string? RefreshDestination(string content)
    {
        var s = content.AsSpan().TrimStart(" \t\n\r\f");
        var digits = s.IndexOfAnyExcept("0123456789.");
        if (digits == 0 || digits < 0)
        {
            return null;
        }
        s = s[digits..];
        if (s[0] is not (';' or ',') && !IsHtmlSpace(s[0]))
        {
            return null;
        }
        s = s.TrimStart(" \t\n\r\f");
        s = (!s.IsEmpty && s[0] is ';' or ',' ? s[1..] : s).TrimStart(" \t\n\r\f");
        if (s.StartsWith("url", StringComparison.OrdinalIgnoreCase))
        {
            var afterUrl = s[3..].TrimStart(" \t\n\r\f");
            if (!afterUrl.IsEmpty && afterUrl[0] == '=')
            {
                s = afterUrl[1..].TrimStart(" \t\n\r\f");
            }
        }
        if (!s.IsEmpty && s[0] is '"' or '\'')
        {
            var quote = s[0];
            s = s[1..];
            var close = s.IndexOf(quote);
            if (close >= 0)
            {
                s = s[..close];
            }
        }
        return s.IsEmpty ? null : s.ToString();
    }

    /// <summary>
    /// CSS that fetches from a host not allowed, read as the CSS tokenizer reads it: the destination of a
    /// <c>url(…)</c> and every string, which covers <c>@import "…"</c>, <c>image-set("…" 1x)</c> and a quoted
    /// <c>url("…")</c> (a string that fetches nothing, <c>font-family: "Arial"</c>, names no host); comments skipped.
    /// Read again with CSS escapes (<c>\2f</c>, <c>u\72l(</c>) taken out when there are any. A finding spans
    /// <paramref name="length"/> characters from <paramref name="start"/>.
    /// </summary>
    private static void AddCss(ReadOnlySpan<char> css, int start, int length, IReadOnlyList<string> allowed, MatchSet found)
    {
        if (CssOrEscapedReachesOut(css, allowed))
        {
            found.TryAdd(new DetectorMatch(start, length, "html_fetch", 0.95));
        }
    }

    /// <summary>Whether <see cref="AddCss"/> reports <paramref name="css"/>.</summary>
    private static bool CssOrEscapedReachesOut(ReadOnlySpan<char> css, IReadOnlyList<string> allowed) =>
        CssReachesOut(css, allowed) || (css.Contains('\\') && CssReachesOut(CssUnescape(css), allowed));

    private static bool CssReachesOut(ReadOnlySpan<char> css, IReadOnlyList<string> allowed)
    {
        var i = 0;
        while (i < css.Length)
        {
            var token = css[i..].IndexOfAny(CssTokens);
            if (token < 0)
            {
                return false;
            }
            i += token;
            int from, to;
            if (css[i] is '"' or '\'')
            {
                // A string ends at its quote, or (unclosed) at a line break; a backslash escapes the next character.
                var quote = css[i];
                from = to = i + 1;
                while (to < css.Length && css[to] != quote && css[to] is not ('\n' or '\r' or '\f'))
                {
                    to += css[to] == '\\' ? 2 : 1;
                }
                to = Math.Min(to, css.Length);
                i = to + 1;
            }
            else if (css[i] == '/')
            {
                var close = css[(i + 2)..].IndexOf("*/", StringComparison.Ordinal);
                if (close < 0)
                {
                    return false;
                }
                i += close + 4;
                continue;
            }
            else
            {
                from = i + 4;
                while (from < css.Length && IsHtmlSpace(css[from]))
                {
                    from++;
                }
                if (from < css.Length && css[from] is '"' or '\'')
                {
                    i = from; // a string: read as one
                    continue;
                }
                to = from;
                while (to < css.Length && !IsHtmlSpace(css[to]) && css[to] is not (')' or '(' or '"' or '\''))
                {
                    to++;
                }
                i = to;
            }
            if (FetchedHost(css[from..to], markdown: false) is { } host && !IsAllowed(host, allowed))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>CSS escapes taken out: a backslash and one to six hex digits (and one white space after) is that character; before any other character, that character.</summary>
    private static string CssUnescape(ReadOnlySpan<char> css)
    {
        var result = new System.Text.StringBuilder(css.Length);
        for (var i = 0; i < css.Length; i++)
        {
            if (css[i] != '\\' || i + 1 >= css.Length)
            {
                result.Append(css[i]);
                continue;
            }
            var hex = 0;
            while (hex < 6 && i + 1 + hex < css.Length && char.IsAsciiHexDigit(css[i + 1 + hex]))
            {
                hex++;
            }
            if (hex == 0)
            {
                result.Append(css[++i]);
                continue;
            }
            var code = int.Parse(css.Slice(i + 1, hex), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
            result.Append(code is > 0 and < 0xD800 ? (char)code : '\uFFFD');
            i += hex;
            if (i + 1 < css.Length && IsHtmlSpace(css[i + 1]))
            {
                i++;
            }
        }
        return result.ToString();
    }
}
