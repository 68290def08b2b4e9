namespace Airs.Runtime.Judges;

/// <summary>Finds balanced top-level <c>{…}</c> regions in free text, skipping braces inside JSON strings.</summary>
internal static class JsonObjectScanner
{
    public const int MaxObjects = 16;

    /// <summary>Fills <paramref name="found"/> with the regions in order, as many as it holds; returns how many.</summary>
    public static int FindTopLevelObjects(string text, Span<(int Start, int Length)> found)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length && count < found.Length)
        {
            if (text[i] != '{')
            {
                i++;
                continue;
            }
            var end = MatchingBrace(text, i);
            if (end < 0)
            {
                break;
            }
            found[count++] = (i, end - i + 1);
            i = end + 1;
        }
        return count;
    }

    private static int MatchingBrace(string text, int open)
    {
        var depth = 0;
        var inString = false;
        for (var i = open; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }
                continue;
            }
            switch (c)
            {
                case '"':
                    inString = true;
                    break;
                case '{':
                    depth++;
                    break;
                case '}':
                    if (--depth == 0)
                    {
                        return i;
                    }
                    break;
            }
        }
        return -1;
    }
}
