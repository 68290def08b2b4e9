using System.Net;

namespace Airs.Runtime.Detectors;

public static partial class Exfil
{
    /// <summary>
    /// Images and links whose destination reaches another host without being written <c>http(s)://host</c>, which the
    /// <c>://</c> scan reads: protocol-relative (<c>//evil.test/a.png</c>, fetched over the page's own scheme), other
    /// slashes after the scheme (<c>https:/\evil.test</c>, <c>http:evil.test</c>: browsers read these as that host),
    /// character references (<c>&amp;#104;ttps://</c>, which markdown and HTML decode); and all HTML, images included, which
    /// the tag reader reads. A relative destination stays on the page's own host and is not one.
    /// </summary>
    /// <param name="markdown">The text holds an opening of a markdown image or link (<see cref="HasRenderedForm"/>).</param>
    /// <param name="elements">The text may hold an HTML element that fetches or links (<see cref="AddFetchingElements"/>).</param>
    private static void AddOtherDestinations(string text, bool markdown, bool elements, IReadOnlyList<string> allowed, MatchSet found)
    {
        if (elements)
        {
            AddFetchingElements(text, allowed, found);
        }
        if (markdown)
        {
            AddOther(text, MarkdownForm.Image, "markdown_image", 0.95, allowed, found);
            AddOther(text, MarkdownForm.Link, "markdown_link", 0.7, allowed, found);
        }
    }

    /// <summary>
    /// Whether the text holds an opening of a markdown image or link, or of an HTML element that fetches: text with
    /// neither <c>&lt;</c> nor <c>]</c> costs one vectorised search, other text one more probe for every opening at once
    /// (<see cref="RenderedOpenings"/>), and only text that holds one runs the patterns.
    /// </summary>
    private static bool HasRenderedForm(string text, out bool markdown, out bool elements)
    {
        var span = text.AsSpan();
        markdown = elements = false;
        if (span.IndexOfAny('<', ']') < 0 || span.IndexOfAny(RenderedOpenings) < 0)
        {
            return false;
        }
        markdown = span.Contains("](", StringComparison.Ordinal) || span.Contains("]:", StringComparison.Ordinal);
        elements = span.Contains('<');
        return markdown || elements;
    }

    /// <summary>The rendered forms again, with any destination: what a browser fetches is not always written <c>https://</c>.</summary>
    private static void AddOther(string text, MarkdownForm form, string label, double score, IReadOnlyList<string> allowed, MatchSet found)
    {
        for (var at = 0; NextMarkdown(text, at, form, httpOnly: false, out var index, out var length); at = index + length)
        {
            var destination = Destination(text.AsSpan(index, length));
            if (destination.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || destination.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                continue; // the `://` scan has read it
            }
            if (FetchedHost(destination, markdown: true) is { } host && !IsAllowed(host, allowed))
            {
                Report(text, index, length, destination, label, score, found);
            }
        }
    }

    /// <summary>
    /// The destination of a markdown form <see cref="NextMarkdown"/> found with any destination: what follows the
    /// label's <c>](</c> or <c>]:</c> (the label holds no <c>]</c>), its blanks and one <c>&lt;</c> — unless that
    /// <c>&lt;</c> is all there is, when it is the destination (a destination has a character).
    /// </summary>
    internal static ReadOnlySpan<char> Destination(ReadOnlySpan<char> match)
    {
        var rest = match[(match.IndexOf(']') + 2)..].TrimStart();
        return rest.Length > 1 && rest[0] == '<' ? rest[1..] : rest;
    }

    /// <summary>
    /// The host a browser fetches <paramref name="destination"/> from when it is an http(s) URL or protocol-relative
    /// (read as the WHATWG URL standard does: character references decoded, tabs and line breaks dropped, any run of
    /// slashes and backslashes after the scheme); null for a relative destination or another scheme (<c>data:</c>,
    /// <c>mailto:</c>), which fetch nothing from another host. In <paramref name="markdown"/> a backslash before
    /// punctuation is an escape; as both readings are possible, the host of either that is not empty counts.
    /// </summary>
    internal static string? FetchedHost(ReadOnlySpan<char> destination, bool markdown)
    {
        var decoded = Clean(destination.Contains('&') ? HtmlDecode(destination) : destination.ToString());
        if (HostOf(decoded) is { } host)
        {
            return host;
        }
        return markdown && decoded.Contains('\\', StringComparison.Ordinal) ? HostOf(Clean(Unescape(decoded))) : null;
    }

    private static string? HostOf(string url)
    {
        var rest = url.AsSpan();
        var colon = rest.IndexOfAny(":/\\?#");
        if (colon > 0 && rest[colon] == ':')
        {
            var scheme = rest[..colon];
            if (!scheme.Equals("http", StringComparison.OrdinalIgnoreCase) && !scheme.Equals("https", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
            rest = rest[(colon + 1)..];
        }
        else if (rest.Length < 2 || rest[0] is not ('/' or '\\') || rest[1] is not ('/' or '\\'))
        {
            return null; // relative: the page's own host
        }
        var host = HostOfAuthority(rest.TrimStart("/\\"));
        return host.IsEmpty ? null : host.ToString();
    }

    /// <summary>
    /// HTML5's named references for the characters that shape a URL, which <see cref="WebUtility.HtmlDecode(string)"/>
    /// (HTML 4's names) leaves as they are: <c>&amp;sol;&amp;sol;evil.test</c> is <c>//evil.test</c> to markdown and HTML.
    /// </summary>
    private static readonly (string Name, string Character)[] UrlReferences =
    [
        ("&sol;", "/"), ("&bsol;", "\\"), ("&colon;", ":"), ("&period;", "."), ("&commat;", "@"), ("&quest;", "?"), ("&num;", "#"),
        ("&percnt;", "%"), ("&equals;", "="), ("&semi;", ";"), ("&comma;", ","), ("&plus;", "+"), ("&lpar;", "("), ("&rpar;", ")"),
        ("&apos;", "'"), ("&Tab;", "\t"), ("&NewLine;", "\n"),
    ];

    /// <summary>
    /// Character references decoded once, as markdown and HTML decode them (<see cref="UrlReferences"/> too, and numeric
    /// ones without their semicolon, <see cref="WithSemicolons"/>).
    /// </summary>
    private static string HtmlDecode(ReadOnlySpan<char> text)
    {
        var decoded = WithSemicolons(text);
        foreach (var (name, character) in UrlReferences)
        {
            // A reference never decodes to '&', so no replacement makes another one.
            decoded = decoded.Replace(name, character, StringComparison.Ordinal);
        }
        return WebUtility.HtmlDecode(decoded);
    }

    /// <summary>
    /// Numeric references given the semicolon they lack (<c>&amp;#47&amp;#47evil.test</c>): HTML decodes them without one,
    /// in an attribute value too (a parse error, not a stop), <see cref="WebUtility.HtmlDecode(string)"/> only with one.
    /// CommonMark needs the semicolon, so a markdown destination may be decoded where its renderer would not: the
    /// fail-closed reading.
    /// </summary>
    private static string WithSemicolons(ReadOnlySpan<char> text)
    {
        if (text.IndexOf("&#", StringComparison.Ordinal) < 0)
        {
            return text.ToString();
        }
        var result = new System.Text.StringBuilder(text.Length + 8);
        int amp;
        while ((amp = text.IndexOf("&#", StringComparison.Ordinal)) >= 0)
        {
            var end = amp + 2;
            var hex = end < text.Length && text[end] is 'x' or 'X';
            var digits = hex ? ++end : end;
            while (end < text.Length && (hex ? char.IsAsciiHexDigit(text[end]) : char.IsAsciiDigit(text[end])))
            {
                end++;
            }
            result.Append(text[..end]);
            if (end > digits && (end == text.Length || text[end] != ';'))
            {
                result.Append(';');
            }
            text = text[end..];
        }
        return result.Append(text).ToString();
    }

    /// <summary>What the URL parser trims from both ends: C0 controls and the space.</summary>
    private static readonly char[] ControlOrSpace = [.. Enumerable.Range(0, 0x21).Select(c => (char)c)];

    /// <summary>What the URL parser reads: no tab or line break anywhere, no control character or space at either end.</summary>
    private static string Clean(string url) =>
        url.Replace("\t", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal)
            .Trim(ControlOrSpace);

    /// <summary>Markdown's backslash escapes taken out: a backslash before ASCII punctuation stands for that character.</summary>
    private static string Unescape(string text)
    {
        var result = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && !char.IsAsciiLetterOrDigit(text[i + 1]) && text[i + 1] is > ' ' and < '\u007F')
            {
                i++;
            }
            result.Append(text[i]);
        }
        return result.ToString();
    }
}
