namespace Airs.Runtime.Detectors;

/// <summary>
/// Where the last occurrence of a word (ignoring case) that ends by a position starts, for a scan that asks in increasing
/// order: the text is searched forward once, as <see cref="LineStarts"/> searches it for newlines, so a long line of many
/// matches costs its length, not its square. A position before the last one asked is answered by a plain search.
/// </summary>
internal struct LastOccurrence(string text, string word)
{
    private int _asked;
    private int _searched;
    private int _last = -1;

    /// <returns>The start of the last occurrence inside <c>text[..index]</c>, or -1.</returns>
    public int Before(int index)
    {
        if (index < _asked)
        {
            return text.AsSpan(0, index).LastIndexOf(word, StringComparison.OrdinalIgnoreCase);
        }
        _asked = index;
        while (_searched + word.Length <= index)
        {
            var at = text.AsSpan(_searched, index - _searched).IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                // An occurrence may still start in the last few characters and end after the position.
                _searched = index - word.Length + 1;
                break;
            }
            _last = _searched + at;
            _searched = _last + 1;
        }
        return _last;
    }
}
