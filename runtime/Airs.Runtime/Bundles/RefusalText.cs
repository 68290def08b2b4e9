using System.Buffers;
using System.Globalization;
using System.Text;

namespace Airs.Runtime.Bundles;

/// <summary>
/// Refusal messages and reload reasons quote text that nothing vouches for yet (an unsigned bundle's policy name, a
/// signature document's algorithm, a file name) or that a policy author wrote (its version), and go to logs, the audit
/// and terminals, one line each. Control characters (C0, DEL, C1,
/// line and paragraph separators) and bidirectional formatting characters become <c>\u{1B}</c>, as the CLI shows them
/// in policy text (the compiler's <c>PrintableText</c> is this): a line break would forge a log line, an escape
/// sequence drive the reader's terminal. A lone surrogate (text held in memory, such as an editor's buffer sent as JSON
/// with <c>\ud800</c>, can hold one) becomes <c>\u{D800}</c> too: it is not text, and each reader shows or encodes it as
/// it likes; a surrogate pair is a character and stays.
/// </summary>
internal static class RefusalText
{
    private static readonly SearchValues<char> Unprintable = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(c => (char)c), .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c),
         '\u061C', '\u200E', '\u200F', '\u2028', '\u2029', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E',
         '\u2066', '\u2067', '\u2068', '\u2069']);

    public static string Escape(string text)
    {
        var unprintable = text.AsSpan().IndexOfAny(Unprintable);
        var surrogate = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        var first = unprintable < 0 ? surrogate : surrogate < 0 ? unprintable : Math.Min(unprintable, surrogate);
        if (first < 0)
        {
            return text;
        }
        var escaped = new StringBuilder(text.Length + 8).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                escaped.Append(c).Append(text[++i]);
            }
            else if (Unprintable.Contains(c) || char.IsSurrogate(c))
            {
                escaped.Append(CultureInfo.InvariantCulture, $"\\u{{{(int)c:X}}}");
            }
            else
            {
                escaped.Append(c);
            }
        }
        return escaped.ToString();
    }
}
