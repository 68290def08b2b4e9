using Airs.Compiler.Text;
using Airs.LanguageServer.Protocol;
using Range = Airs.LanguageServer.Protocol.Range;

namespace Airs.LanguageServer.Documents;

/// <summary>
/// Maps between UTF-16 offsets and LSP positions for one text. Line breaks are <c>\n</c>, <c>\r\n</c> and <c>\r</c>
/// (as in LSP and <see cref="SourceText"/>; the compiler refuses U+2028, U+2029 and U+0085 with AIRS0013). Positions outside the text are clamped the way LSP asks: a line past the end means the end of the text,
/// a character past the end of its line means the end of that line (before its line break).
/// </summary>
public sealed class LineIndex
{
    private readonly int[] _lineStarts;
    private readonly int _textLength;

    private LineIndex(int[] lineStarts, int textLength, int[] lineEnds)
    {
        _lineStarts = lineStarts;
        _textLength = textLength;
        LineEnds = lineEnds;
    }

    /// <summary>Offset of the end of each line's content (where its line break starts).</summary>
    private int[] LineEnds { get; }

    public int LineCount => _lineStarts.Length;

    public static LineIndex Create(string text)
    {
        var starts = new List<int> { 0 };
        var ends = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('\r' or '\n'))
            {
                continue;
            }
            ends.Add(i);
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }
            starts.Add(i + 1);
        }
        ends.Add(text.Length);
        return new LineIndex([.. starts], text.Length, [.. ends]);
    }

    public int GetOffset(Position position)
    {
        if (position.Line < 0)
        {
            return 0;
        }
        if (position.Line >= _lineStarts.Length)
        {
            return _textLength;
        }
        var start = _lineStarts[position.Line];
        var end = LineEnds[position.Line];
        return start + Math.Clamp(position.Character, 0, end - start);
    }

    public Position GetPosition(int offset)
    {
        offset = Math.Clamp(offset, 0, _textLength);
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }
        // An offset inside a line break (between \r and \n) belongs to the end of the line's content.
        var character = Math.Min(offset, LineEnds[line]) - _lineStarts[line];
        return new Position(line, character);
    }

    public Range GetRange(TextSpan span) => new(GetPosition(span.Start), GetPosition(span.End));

    public TextSpan GetSpan(Range range)
    {
        var start = GetOffset(range.Start);
        var end = GetOffset(range.End);
        // A reversed range is read as the empty range at its start rather than rejected.
        return TextSpan.FromBounds(start, Math.Max(start, end));
    }
}
