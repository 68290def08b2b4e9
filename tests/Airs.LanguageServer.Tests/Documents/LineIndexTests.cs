using Airs.LanguageServer.Documents;
using Airs.LanguageServer.Protocol;

namespace Airs.LanguageServer.Tests.Documents;

public sealed class LineIndexTests
{
    private const string Text = "ab\r\ncd\néf\rg😀h";

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(0, 2, 2)]
    [InlineData(0, 3, 2)]      // past the line's end: the end of the line, never inside its \r\n
    [InlineData(0, 99, 2)]
    [InlineData(1, 0, 4)]
    [InlineData(1, 2, 6)]
    [InlineData(2, 1, 8)]
    [InlineData(3, 2, 12)]     // UTF-16: the emoji is two code units
    [InlineData(3, 3, 13)]
    [InlineData(3, 4, 14)]
    [InlineData(4, 0, 14)]     // past the last line: the end of the text
    [InlineData(-1, 5, 0)]
    [InlineData(1, -4, 4)]
    public void Positions_map_to_clamped_utf16_offsets(int line, int character, int offset)
    {
        Assert.Equal(offset, LineIndex.Create(Text).GetOffset(new Position(line, character)));
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(2, 0, 2)]
    [InlineData(3, 0, 2)]      // between \r and \n: still the end of line 0
    [InlineData(4, 1, 0)]
    [InlineData(10, 3, 0)]
    [InlineData(14, 3, 4)]
    [InlineData(99, 3, 4)]
    public void Offsets_map_to_positions(int offset, int line, int character)
    {
        Assert.Equal(new Position(line, character), LineIndex.Create(Text).GetPosition(offset));
    }

    [Fact]
    public void Empty_text_has_one_line()
    {
        var lines = LineIndex.Create("");
        Assert.Equal(1, lines.LineCount);
        Assert.Equal(0, lines.GetOffset(new Position(5, 5)));
        Assert.Equal(new Position(0, 0), lines.GetPosition(3));
    }

    [Fact]
    public void Every_offset_outside_a_line_break_survives_a_round_trip()
    {
        var lines = LineIndex.Create(Text);
        for (var offset = 0; offset <= Text.Length; offset++)
        {
            if (offset == 3)
            {
                continue; // inside \r\n
            }
            Assert.Equal(offset, lines.GetOffset(lines.GetPosition(offset)));
        }
    }
}
