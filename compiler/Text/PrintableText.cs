using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Airs.Compiler.Text;

/// <summary>
/// Text quoted from a policy, made safe to print on one line: control characters (C0, DEL, C1, line and paragraph
/// separators) and bidirectional formatting characters become <c>\u{1B}</c>, as the language writes them. A policy
/// under review is untrusted input; unescaped, its bytes would reach the reader's terminal (escape sequences that
/// retitle a window, move the cursor or write the clipboard) or reorder what an editor shows.
/// </summary>
public static class PrintableText
{
    private static readonly SearchValues<char> Unprintable = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(c => (char)c), .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c),
         '\u061C', '\u200E', '\u200F', '\u2028', '\u2029', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E',
         '\u2066', '\u2067', '\u2068', '\u2069']);

    [return: NotNullIfNotNull(nameof(text))]
    public static string? Escape(string? text)
    {
        var first = text.AsSpan().IndexOfAny(Unprintable);
        if (text is null || first < 0)
        {
            return text;
        }
        var escaped = new StringBuilder(text.Length + 8).Append(text, 0, first);
        foreach (var c in text.AsSpan(first))
        {
            if (Unprintable.Contains(c))
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
