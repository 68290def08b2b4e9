namespace Airs.Runtime.Detectors;

/// <summary>
/// The start of the line that holds a position, for a scan that asks in increasing order: the search for the last newline
/// goes back only to the position asked before, so a scan pays for the text once, not once per candidate (one long line
/// of <c>&lt;a@b.test&gt;</c> or <c>Server: 10.1.2.3</c> cost the square of its length). A position before the last one
/// asked is answered by a plain search.
/// </summary>
internal struct LineStarts(string text)
{
    private int _asked;
    private int _lineStart;

    public int Of(int index)
    {
        if (index < _asked)
        {
            return index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        }
        var newline = text.AsSpan(_asked, index - _asked).LastIndexOf('\n');
        if (newline >= 0)
        {
            _lineStart = _asked + newline + 1;
        }
        _asked = index;
        return _lineStart;
    }
}
