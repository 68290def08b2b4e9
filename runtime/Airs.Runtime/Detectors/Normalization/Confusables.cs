using System.Collections.Frozen;

namespace Airs.Runtime.Detectors;

/// <summary>
/// Letters from other scripts that render like Latin ones (a small subset of Unicode TR39 confusables, lower case).
/// Strong ones fold in any word made only of look-alikes; weak ones (the lower case of Cyrillic capitals that
/// look Latin: В Н М Т К) only inside words that already mix in Latin letters, so real Russian is left alone.
/// </summary>
internal static class Confusables
{
    private static readonly FrozenDictionary<char, char> Strong = new Dictionary<char, char>
    {
        ['а'] = 'a', ['е'] = 'e', ['ё'] = 'e', ['і'] = 'i', ['ї'] = 'i', ['ј'] = 'j', ['о'] = 'o', ['р'] = 'p', ['с'] = 'c',
        ['у'] = 'y', ['х'] = 'x', ['ѕ'] = 's', ['ԁ'] = 'd', ['ԛ'] = 'q', ['ԝ'] = 'w', ['һ'] = 'h', ['ӏ'] = 'l', ['ɡ'] = 'g',
        ['ı'] = 'i', ['ℓ'] = 'l', ['α'] = 'a', ['ο'] = 'o', ['ρ'] = 'p', ['ν'] = 'v', ['ι'] = 'i', ['κ'] = 'k', ['υ'] = 'u',
        ['χ'] = 'x', ['ε'] = 'e', ['օ'] = 'o', ['ս'] = 'u', ['հ'] = 'h', ['ɑ'] = 'a', ['ɩ'] = 'i', ['ʏ'] = 'y',
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<char, char> Weak = new Dictionary<char, char>
    {
        ['в'] = 'b', ['н'] = 'h', ['м'] = 'm', ['т'] = 't', ['к'] = 'k', ['τ'] = 't', ['η'] = 'n',
    }.ToFrozenDictionary();

    public static bool TryFold(char c, out char latin, out bool strong)
    {
        if (Strong.TryGetValue(c, out latin))
        {
            strong = true;
            return true;
        }
        strong = false;
        return Weak.TryGetValue(c, out latin);
    }
}
