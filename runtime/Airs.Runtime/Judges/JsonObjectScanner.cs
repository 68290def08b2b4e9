namespace Airs.Runtime.Judges;

/// <summary>Finds balanced top-level <c>{…}</c> regions in free text, skipping braces inside JSON strings.</summary>
internal static class JsonObjectScanner
{
    public const int MaxObjects = 16;

    public static List<(int Start, int Length)> FindTopLevelObjects(string text)
    {
        var found = new List<(int, int)>();
        var i = 0;
        while (i < text.Length && found.Count < MaxObjects)
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
            found.Add((i, end - i + 1));
            i = end + 1;
        }
        return found;
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
