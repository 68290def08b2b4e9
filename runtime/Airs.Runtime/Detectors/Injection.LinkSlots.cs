namespace Airs.Runtime.Detectors;

public static partial class Injection
{
    /// <summary>
    /// The label of weak evidence (content mode) that a URL leaves a query value for its reader to fill: the shape of an
    /// exfiltration link, which carries the user's data once an AI fills it in (rule 1z of
    /// bench/quality/data/injection-confirm/README.md). Its score is below <see cref="Threshold"/>: it never decides on
    /// its own, it is a feature the scorer weighs with the words around it.
    /// </summary>
    public const string LinkSlotLabel = "link-slot";

    private const double LinkSlotScore = 0.3;

    /// <summary>
    /// Adds <see cref="LinkSlotLabel"/> evidence over each http(s) URL whose query has a value that is empty
    /// (<c>?q=</c>, <c>?q=&amp;</c>, or left open before a <c>&lt;…&gt;</c> or <c>[…]</c> placeholder), an ellipsis, or a
    /// placeholder in braces (<c>{user}</c>) or in capitals of four or more (<c>DATA</c>, <c>USER_EMAIL</c>).
    /// </summary>
    private static void AddLinkSlots(string text, ref List<DetectorMatch>? found)
    {
        var span = text.AsSpan();
        var from = 0;
        int scheme;
        while ((scheme = span[from..].IndexOf("://", StringComparison.Ordinal)) >= 0)
        {
            scheme += from;
            var before = span[..scheme];
            var start = before.EndsWith("https", StringComparison.OrdinalIgnoreCase) ? scheme - 5
                : before.EndsWith("http", StringComparison.OrdinalIgnoreCase) ? scheme - 4 : -1;
            var end = scheme + 3;
            while (end < span.Length && !char.IsWhiteSpace(span[end]) && span[end] is not ('"' or '\'' or '<' or '>' or '(' or ')' or '[' or ']'))
            {
                end++;
            }
            if (start >= 0 && HasSlot(span[start..end]))
            {
                (found ??= []).Add(new DetectorMatch(start, end - start, LinkSlotLabel, LinkSlotScore));
            }
            from = Math.Max(end, scheme + 3);
        }
    }

    /// <summary>Whether a URL's query has a value that is empty or a placeholder (the URL stops before <c>&lt;</c> and <c>[</c>).</summary>
    internal static bool HasSlot(ReadOnlySpan<char> url)
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
            if (eq >= 0 && pair[(eq + 1)..].TrimEnd(".,;:!?") is var value && (value.IsEmpty || IsPlaceholder(value)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary><c>{…}</c>, an ellipsis (<c>...</c> is trimmed before), or four or more capitals, digits and underscores with a capital.</summary>
    private static bool IsPlaceholder(ReadOnlySpan<char> value)
    {
        if (value[0] == '{' || value.EndsWith("…"))
        {
            return true;
        }
        if (value.Length < 4)
        {
            return false;
        }
        var capital = false;
        foreach (var c in value)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                capital = true;
            }
            else if (!char.IsAsciiDigit(c) && c != '_')
            {
                return false;
            }
        }
        return capital;
    }
}
