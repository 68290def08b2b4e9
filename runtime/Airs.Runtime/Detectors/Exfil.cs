using System.Collections.Immutable;

namespace Airs.Runtime.Detectors;

/// <summary>
/// Exfiltration through content a client renders or follows: markdown and HTML images and other HTML that fetches
/// (media, frames, objects, stylesheets, CSS <c>url()</c>: without a click),
/// markdown links (and HTML links and forms, followed on a click) to hosts not on the allowlist, and URLs to such hosts whose query string carries data.
/// An allowlist entry <c>example.com</c> also allows its subdomains; <c>*.example.com</c> allows only subdomains.
/// Labels: <c>markdown_image</c>, <c>html_image</c>, <c>html_fetch</c> (other HTML that fetches without a click),
/// <c>markdown_link</c>, <c>url_query_data</c>.
/// </summary>
public static partial class Exfil
{
    public static bool Found(string text, IReadOnlyList<string> allowedDomains) => !Find(text, allowedDomains).IsEmpty;

    public static ImmutableArray<DetectorMatch> Find(string text, IReadOnlyList<string> allowedDomains) => Find(text, allowedDomains, prefilter: true);

    /// <summary>
    /// Every markdown form with an http(s) destination and every URL contains a <c>://</c>. With <paramref name="prefilter"/>
    /// they are read only on windows around each one (as far back as a markdown image's alt text or a link's text can
    /// reach, as far on as the URL runs); without it, on the whole text. Both give the same matches. Forms with any other
    /// destination, and HTML (the tag reader), are read on the whole text.
    /// </summary>
    internal static ImmutableArray<DetectorMatch> Find(string text, IReadOnlyList<string> allowedDomains, bool prefilter)
    {
        if (string.IsNullOrEmpty(text))
        {
            return ImmutableArray<DetectorMatch>.Empty;
        }
        allowedDomains ??= [];
        var first = SchemeSeparator(text, 0);
        var rendered = HasRenderedForm(text, out var markdown, out var elements);
        if (first < 0)
        {
            if (!rendered)
            {
                return ImmutableArray<DetectorMatch>.Empty;
            }
            var others = new MatchSet();
            AddOtherDestinations(text, markdown, elements, allowedDomains, others);
            return others.ToImmutable();
        }
        Span<(int Start, int End)> windows = stackalloc (int, int)[16];
        var count = prefilter ? Regions(text, first, windows) : 0;
        if (count == 0)
        {
            windows[0] = (0, text.Length);
            count = 1;
        }
        windows = windows[..count];
        var found = new MatchSet();
        foreach (var (start, end) in windows)
        {
            AddRendered(text, start, end, MarkdownForm.Image, "markdown_image", 0.95, allowedDomains, found);
        }
        foreach (var (start, end) in windows)
        {
            AddRendered(text, start, end, MarkdownForm.Link, "markdown_link", 0.7, allowedDomains, found);
        }
        AddOtherDestinations(text, markdown, elements, allowedDomains, found);
        foreach (var (start, end) in windows)
        {
            var window = text.AsSpan(start, end - start);
            for (var at = 0; NextUrl(window, at, out var index, out var length); at = index + length)
            {
                var url = window.Slice(index, length);
                if (!IsAllowed(Host(url), allowedDomains) && CarriesData(url))
                {
                    found.TryAdd(new DetectorMatch(start + index, length, "url_query_data", 0.8));
                }
            }
        }
        return found.ToImmutable();
    }

    /// <summary>The next <c>://</c> at or after <paramref name="from"/>; a colon is rare in prose, so it leads the search.</summary>
    private static int SchemeSeparator(ReadOnlySpan<char> span, int from)
    {
        int colon;
        while ((colon = span[from..].IndexOf(':')) >= 0)
        {
            colon += from;
            if (colon + 2 < span.Length && span[colon + 1] == '/' && span[colon + 2] == '/')
            {
                return colon;
            }
            from = colon + 1;
        }
        return -1;
    }

    /// <summary>
    /// Fills <paramref name="windows"/> with disjoint windows that hold every possible match, merged where they touch;
    /// returns 0 (scan the whole text) when there are more than fit or a window would reach back into an earlier one.
    /// </summary>
    private static int Regions(string text, int first, Span<(int Start, int End)> windows)
    {
        var span = text.AsSpan();
        int count = 0, emittedEnd = 0, lo = -1, hi = -1;
        for (var h = first; h >= 0; h = SchemeSeparator(text, h + 1))
        {
            // A later separator inside the current URL shares its end.
            var end = h + 3 <= hi ? hi : UrlEnd(span, h + 3);
            var start = ReachBack(span, h);
            if (lo >= 0 && start < hi)
            {
                if (start < lo)
                {
                    if (start < emittedEnd)
                    {
                        return 0;
                    }
                    lo = start;
                }
                hi = Math.Max(hi, end);
                continue;
            }
            if (lo >= 0)
            {
                if (count == windows.Length)
                {
                    return 0;
                }
                windows[count++] = (lo, hi);
                emittedEnd = hi;
            }
            lo = start;
            if (lo < emittedEnd)
            {
                return 0;
            }
            hi = end;
        }
        if (count == windows.Length)
        {
            return 0;
        }
        windows[count++] = (lo, hi);
        return count;
    }

    /// <summary>Every pattern's URL part stops at white space; the link-definition form also at <c>&gt;</c>, the others sooner.</summary>
    private static int UrlEnd(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '>')
        {
            i++;
        }
        return i;
    }

    /// <summary>
    /// How far before <c>://</c> a match can start: the scheme and an optional <c>&lt;</c> or quote (6), white space, <c>=</c>
    /// and quotes (measured), then at most <c>](</c> + 500 + <c>![</c> (504); 520 to spare.
    /// A slice's first position counts as a line start for the link-definition form (<c>^\s{0,3}\[</c>), but no window starts
    /// inside one: its label is at most 200 characters, so its own <c>://</c> reaches back past its line start.
    /// </summary>
    private static int ReachBack(ReadOnlySpan<char> text, int separator)
    {
        var i = separator - 6;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || text[i] is '=' or '"' or '\'' or '<'))
        {
            i--;
        }
        return Math.Max(0, i + 1 - 520);
    }

    private static void AddRendered(string text, int from, int to, MarkdownForm form, string label, double score, IReadOnlyList<string> allowed, MatchSet found)
    {
        var window = text.AsSpan(from, to - from);
        for (var at = 0; NextMarkdown(window, at, form, httpOnly: true, out var start, out var length); at = start + length)
        {
            var index = from + start;
            var match = text.AsSpan(index, length);
            var urlStart = match.IndexOf("://", StringComparison.Ordinal);
            var schemeStart = match[..urlStart].LastIndexOfAny("(<\"'= \t:");
            var url = match[(schemeStart + 1)..];
            if (IsAllowed(Host(url), allowed))
            {
                continue;
            }
            Report(text, index, length, url, label, score, found);
        }
    }

    /// <summary>
    /// A rendered form to a host not allowed: a markdown form's span takes its closing <c>)</c>, and a link that also
    /// carries data is as bad as an image.
    /// </summary>
    private static void Report(string text, int index, int length, ReadOnlySpan<char> url, string label, double score, MatchSet found)
    {
        var end = index + length;
        if (end < text.Length && text[end] == ')')
        {
            end++;
        }
        found.TryAdd(new DetectorMatch(index, end - index, label, label == "markdown_link" && CarriesData(url) ? 0.9 : score));
    }

    /// <summary>
    /// The host of an absolute http(s) URL, without port or user info, lower case not required. A backslash ends the
    /// host as a slash does: browsers read it so in http(s) URLs, so <c>https://evil.test\x.example.com</c> fetches from
    /// <c>evil.test</c>.
    /// </summary>
    internal static ReadOnlySpan<char> Host(ReadOnlySpan<char> url)
    {
        var i = url.IndexOf("://", StringComparison.Ordinal);
        var rest = i < 0 ? url : url[(i + 3)..];
        return HostOfAuthority(rest);
    }

    /// <summary>The host at the start of <paramref name="rest"/>, the part of a URL after its slashes.</summary>
    private static ReadOnlySpan<char> HostOfAuthority(ReadOnlySpan<char> rest)
    {
        var end = rest.IndexOfAny("/\\?#");
        var authority = end < 0 ? rest : rest[..end];
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            authority = authority[(at + 1)..];
        }
        var colon = authority.LastIndexOf(':');
        return (colon >= 0 ? authority[..colon] : authority).TrimEnd('.');
    }

    internal static bool IsAllowed(ReadOnlySpan<char> host, IReadOnlyList<string> allowed)
    {
        // By index: a foreach over the interface allocates an enumerator, once for every link an answer holds.
        for (var i = 0; i < allowed.Count; i++)
        {
            var entry = allowed[i];
            if (string.IsNullOrEmpty(entry))
            {
                continue;
            }
            var subdomainsOnly = entry.StartsWith("*.", StringComparison.Ordinal);
            var domain = subdomainsOnly ? entry.AsSpan(2) : entry.AsSpan();
            if (!subdomainsOnly && host.Equals(domain, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
            if (host.Length > domain.Length && host[^(domain.Length + 1)] == '.' && host.EndsWith(domain, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A query value carries data when it is long, or looks encoded or random, or holds PII;
    /// short flags such as <c>?page=2&amp;lang=en</c> do not.
    /// </summary>
    internal static bool CarriesData(ReadOnlySpan<char> url)
    {
        var q = url.IndexOf('?');
        if (q < 0)
        {
            return false;
        }
        var query = url[(q + 1)..];
        var hash = query.IndexOf('#');
        if (hash >= 0)
        {
            query = query[..hash];
        }
        foreach (var range in query.Split('&'))
        {
            var pair = query[range];
            var eq = pair.IndexOf('=');
            var value = eq < 0 ? pair : pair[(eq + 1)..];
            if (value.Length >= 32 || (value.Length >= 12 && (Secrets.LooksRandom(value) || value.Contains('%') || value.Contains('@'))))
            {
                return true;
            }
        }
        return false;
    }
}
