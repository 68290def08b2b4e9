using System.Buffers;
using System.Globalization;
using System.Text;

namespace Airs.Compiler.Parsing;

/// <summary>What a character that a reader cannot see, or sees differently from the compiler, is.</summary>
internal enum HiddenKind
{
    None,
    /// <summary>U+2028, U+2029 or U+0085: some viewers break the line there, the LSP and most editors do not.</summary>
    LineTerminator,
    /// <summary>A bidirectional control: it reorders how the text around it is displayed (Trojan Source).</summary>
    Bidi,
    /// <summary>A character that displays as nothing: zero-width spaces and joiners, BOM, soft hyphen, tag characters…</summary>
    Invisible,
}

/// <summary>
/// Classifies the characters that make source text read differently from how it compiles. The lexer ends a line at
/// every line terminator a reader may see (so nothing hides behind one) and reports the unusual ones; it reports
/// every bidi control and invisible character, as an error outside string and regex literals, a warning inside.
/// </summary>
internal static class SourceCharacters
{
    /// <summary>The line ends the lexer obeys: <c>\n</c>, <c>\r</c> and the unusual terminators it refuses.</summary>
    public static bool IsLineEnd(char c) => c is '\n' or '\r' || IsUnusualLineTerminator(c);

    public static bool IsUnusualLineTerminator(char c) => c is '\u2028' or '\u2029' or '\u0085';

    public static bool IsBidiControl(int c) =>
        c is (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069) or 0x200E or 0x200F or 0x061C;

    /// <summary>
    /// The kind of the character (or surrogate pair) at <paramref name="index"/> and how many UTF-16 units it spans.
    /// Invisible: every format character (Unicode category Cf: zero-width space and joiners, word joiner, BOM,
    /// soft hyphen, tag characters…) plus the fillers and joiners that render as nothing but are not Cf.
    /// </summary>
    public static HiddenKind Classify(string text, int index, out int length)
    {
        length = 1;
        var c = text[index];
        if (c < 0x80)
        {
            return HiddenKind.None;
        }
        if (IsUnusualLineTerminator(c))
        {
            return HiddenKind.LineTerminator;
        }
        if (Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var consumed) != OperationStatus.Done)
        {
            return HiddenKind.None;
        }
        length = consumed;
        if (IsBidiControl(rune.Value))
        {
            return HiddenKind.Bidi;
        }
        return Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format
            || rune.Value is 0x034F or 0x115F or 0x1160 or 0x17B4 or 0x17B5 or 0x3164 or 0xFFA0
            ? HiddenKind.Invisible
            : HiddenKind.None;
    }

    /// <summary>How a reader can find the character: <c>U+202E (right-to-left override)</c>.</summary>
    public static string Describe(string text, int index)
    {
        var value = Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out _) == OperationStatus.Done ? rune.Value : text[index];
        var code = $"U+{value:X4}";
        return Names.TryGetValue(value, out var name) ? $"{code} ({name})" : code;
    }

    private static readonly Dictionary<int, string> Names = new()
    {
        [0x0085] = "next line",
        [0x00AD] = "soft hyphen",
        [0x061C] = "arabic letter mark",
        [0x180E] = "mongolian vowel separator",
        [0x200B] = "zero width space",
        [0x200C] = "zero width non-joiner",
        [0x200D] = "zero width joiner",
        [0x200E] = "left-to-right mark",
        [0x200F] = "right-to-left mark",
        [0x2028] = "line separator",
        [0x2029] = "paragraph separator",
        [0x202A] = "left-to-right embedding",
        [0x202B] = "right-to-left embedding",
        [0x202C] = "pop directional formatting",
        [0x202D] = "left-to-right override",
        [0x202E] = "right-to-left override",
        [0x2060] = "word joiner",
        [0x2066] = "left-to-right isolate",
        [0x2067] = "right-to-left isolate",
        [0x2068] = "first strong isolate",
        [0x2069] = "pop directional isolate",
        [0xFEFF] = "byte order mark",
    };
}
