using System.Diagnostics.CodeAnalysis;
using Airs.Runtime.Bundles;

namespace Airs.Compiler.Text;

/// <summary>
/// Text quoted from a policy, made safe to print on one line: control characters (C0, DEL, C1, line and paragraph
/// separators) and bidirectional formatting characters become <c>\u{1B}</c>, as the language writes them. A policy
/// under review is untrusted input; unescaped, its bytes would reach the reader's terminal (escape sequences that
/// retitle a window, move the cursor or write the clipboard) or reorder what an editor shows.
/// </summary>
public static class PrintableText
{
    // One table for policy text and bundle refusals (Airs.Runtime's RefusalText), so both show a character alike.
    [return: NotNullIfNotNull(nameof(text))]
    public static string? Escape(string? text) => text is null ? null : RefusalText.Escape(text);
}
