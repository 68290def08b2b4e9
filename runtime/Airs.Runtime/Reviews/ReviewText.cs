using System.Globalization;
using System.Text;

namespace Airs.Runtime.Reviews;

/// <summary>
/// What a reviewer reads on a ticket: stored as text, shown in review tools, the sidecar's webhook and
/// <c>/v1/reviews</c>. Parts of it are model text (a judge's reason, a tool name the model made up), which may carry
/// a NUL — PostgreSQL keeps none in text, so the ticket's insert failed, and the decision with it — or control and
/// format characters a terminal or a page acts on (an escape sequence, a bidirectional override that reorders what the
/// reviewer reads, invisible tag characters), and may be written to address the reviewer.
/// </summary>
internal static class ReviewText
{
    /// <summary>
    /// Model text quoted as such: between double quotes, on one line (a run of line breaks or tabs is one space), its
    /// quotes and backslashes escaped so it cannot close the quote and go on as the policy's words, every other hidden
    /// character (<see cref="IsHidden"/>) shown as its <c>\uXXXX</c> escape, invalid UTF-16 as U+FFFD; at most
    /// <paramref name="maxLength"/> characters between the quotes, then <c>…</c>.
    /// </summary>
    public static string Quote(string text, int maxLength)
    {
        var quoted = new StringBuilder(Math.Min(text.Length, maxLength) + 3).Append('"');
        var length = 0;
        var space = false;
        Span<char> units = stackalloc char[2];
        foreach (var rune in text.AsSpan().Trim().EnumerateRunes()) // ill-formed UTF-16 comes out as U+FFFD
        {
            if (IsBreak(rune))
            {
                space = length > 0;
                continue;
            }
            var count = rune.EncodeToUtf16(units);
            var escaped = IsHidden(rune);
            var width = (space ? 1 : 0) + (escaped ? 6 * count : rune.Value is '"' or '\\' ? 2 : count);
            if (length + width > maxLength)
            {
                quoted.Append('…');
                break;
            }
            length += width;
            if (space)
            {
                quoted.Append(' ');
                space = false;
            }
            if (escaped)
            {
                foreach (var unit in units[..count])
                {
                    quoted.Append(CultureInfo.InvariantCulture, $"\\u{(int)unit:X4}");
                }
            }
            else
            {
                quoted.Append(rune.Value is '"' or '\\' ? "\\" : "").Append(units[..count]);
            }
        }
        return quoted.Append('"').ToString();
    }

    /// <summary>
    /// Text fit to store and show, whoever wrote it: a line break or tab becomes a space, every other hidden character
    /// (<see cref="IsHidden"/>) and invalid UTF-16 becomes U+FFFD. <see cref="Quote"/>d text passes unchanged.
    /// </summary>
    public static string Clean(string text)
    {
        var clean = new StringBuilder(text.Length);
        Span<char> units = stackalloc char[2];
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsBreak(rune))
            {
                clean.Append(' ');
            }
            else if (IsHidden(rune))
            {
                clean.Append('\uFFFD');
            }
            else
            {
                clean.Append(units[..rune.EncodeToUtf16(units)]);
            }
        }
        return clean.ToString();
    }

    /// <summary>At most <paramref name="maxLength"/> characters, then <c>…</c>; never half of a surrogate pair.</summary>
    public static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }
        var cut = maxLength > 0 && char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
        return text[..cut] + "…";
    }

    private static bool IsBreak(Rune rune) => rune.Value is '\t' or '\n' or '\v' or '\f' or '\r' or 0x85;

    /// <summary>Control and format characters and the line and paragraph separators: what a person should not be shown raw.</summary>
    private static bool IsHidden(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
