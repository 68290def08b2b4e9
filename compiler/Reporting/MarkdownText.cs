using System.Buffers;
using System.Text;
using Airs.Compiler.Text;

namespace Airs.Compiler.Reporting;

/// <summary>
/// Text a report did not write (a name from an audit payload, a file path, a control's id) made safe to print in
/// Markdown: the reader sees it as it is, never read as Markdown. Control and bidirectional characters become
/// <c>\u{A}</c> (<see cref="PrintableText"/>), so no line break ends a table row or a list item, and every character
/// Markdown gives a meaning in running text (a pipe that splits a table cell, a backtick, a bracket that opens a link,
/// an angle bracket that opens HTML, emphasis) is escaped with a backslash. A report that prints such text unescaped
/// lets whoever chose it break the report's tables or plant a link in a page a reviewer trusts.
/// </summary>
public static class MarkdownText
{
    // `_` only where it could open or close emphasis: inside a word (`shadow_rollout`) it cannot, and stays as written.
    private static readonly SearchValues<char> Special = SearchValues.Create("\\`*_[]<>|&~");

    /// <summary>
    /// <paramref name="text"/> as literal Markdown text, for a table cell, a list item or a heading; not inside a
    /// code span, where a backslash is not an escape (see <see cref="Code"/>).
    /// </summary>
    public static string Escape(string text)
    {
        text = PrintableText.Escape(text);
        if (text.AsSpan().IndexOfAny(Special) < 0)
        {
            return text;
        }
        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (Special.Contains(c) && !(c == '_' && i > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1])))
            {
                escaped.Append('\\');
            }
            escaped.Append(c);
        }
        return escaped.ToString();
    }

    /// <summary>
    /// <paramref name="text"/> as a code span: fenced by one more backtick than its longest run of backticks (a space
    /// inside the fence when it starts or ends with one), so no backtick in it closes the span. In a table cell
    /// (<paramref name="inTable"/>) a pipe is escaped too: GitHub splits a row at every unescaped pipe, in code or not.
    /// </summary>
    public static string Code(string text, bool inTable = false)
    {
        text = PrintableText.Escape(text);
        if (inTable)
        {
            text = text.Replace("|", "\\|", StringComparison.Ordinal);
        }
        int longest = 0, run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        var fence = new string('`', longest + 1);
        var pad = text.StartsWith('`') || text.EndsWith('`') ? " " : "";
        return fence + pad + text + pad + fence;
    }
}
