using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Airs.Runtime.Detectors;

/// <summary>
/// Exfiltration through content a client renders or follows: markdown and HTML images (fetched without a click),
/// markdown links to hosts not on the allowlist, and URLs to such hosts whose query string carries data.
/// An allowlist entry <c>example.com</c> also allows its subdomains; <c>*.example.com</c> allows only subdomains.
/// Labels: <c>markdown_image</c>, <c>html_image</c>, <c>markdown_link</c>, <c>url_query_data</c>.
/// </summary>
public static class Exfil
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    private static readonly Regex MarkdownImage = new(@"!\[[^\]\r\n]{0,500}\]\(\s*<?https?://[^\s)>]+", Options);

    private static readonly Regex MarkdownLink = new(@"\[[^\]\r\n]{0,500}\]\(\s*<?https?://[^\s)>]+|^\s{0,3}\[[^\]\r\n]{1,200}\]:\s*<?https?://[^\s>]+", Options | RegexOptions.Multiline);

    private static readonly Regex HtmlImage = new(@"<img\b[^>]{0,500}?\bsrc\s*=\s*[""']?https?://[^\s""'>]+", Options);

    private static readonly Regex Url = new(@"https?://[^\s""'<>()\[\]]+", Options);

    public static bool Found(string text, IReadOnlyList<string> allowedDomains) => !Find(text, allowedDomains).IsEmpty;

    public static ImmutableArray<DetectorMatch> Find(string text, IReadOnlyList<string> allowedDomains)
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOf("://", StringComparison.Ordinal) < 0)
        {
            return ImmutableArray<DetectorMatch>.Empty;
        }
        allowedDomains ??= [];
        var found = new MatchSet();
        AddRendered(text, HtmlImage, "html_image", 0.95, allowedDomains, found);
        AddRendered(text, MarkdownImage, "markdown_image", 0.95, allowedDomains, found);
        AddRendered(text, MarkdownLink, "markdown_link", 0.7, allowedDomains, found);
        foreach (var m in Url.EnumerateMatches(text))
        {
            var url = text.AsSpan(m.Index, m.Length);
            if (!IsAllowed(Host(url), allowedDomains) && CarriesData(url))
            {
                found.TryAdd(new DetectorMatch(m.Index, m.Length, "url_query_data", 0.8));
            }
        }
        return found.ToImmutable();
    }

    private static void AddRendered(string text, Regex pattern, string label, double score, IReadOnlyList<string> allowed, MatchSet found)
    {
        foreach (var m in pattern.EnumerateMatches(text))
        {
            var match = text.AsSpan(m.Index, m.Length);
            var urlStart = match.IndexOf("://", StringComparison.Ordinal);
            var schemeStart = match[..urlStart].LastIndexOfAny("(<\"'= \t:");
            var url = match[(schemeStart + 1)..];
            if (IsAllowed(Host(url), allowed))
            {
                continue;
            }
            // A link that also carries data is as bad as an image.
            var s = label == "markdown_link" && CarriesData(url) ? 0.9 : score;
            var end = m.Index + m.Length;
            if (label != "html_image" && end < text.Length && text[end] == ')')
            {
                end++;
            }
            found.TryAdd(new DetectorMatch(m.Index, end - m.Index, label, s));
        }
    }

    /// <summary>The host of an absolute http(s) URL, without port or user info, lower case not required.</summary>
    internal static ReadOnlySpan<char> Host(ReadOnlySpan<char> url)
    {
        var i = url.IndexOf("://", StringComparison.Ordinal);
        var rest = i < 0 ? url : url[(i + 3)..];
        var end = rest.IndexOfAny("/?#");
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
        foreach (var entry in allowed)
        {
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
