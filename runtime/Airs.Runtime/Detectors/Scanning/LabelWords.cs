using System.Collections.Frozen;

namespace Airs.Runtime.Detectors;

/// <summary>
/// A set of label words ("version", "order", "invoice") and the filler words a label may stand apart from its value by
/// ("number", "no", "to"): <see cref="IsLabelBefore"/> tells whether the words just before a value name it.
/// </summary>
/// <param name="singularOnly">Labels whose plural names no value: people ("UK customers: 029 2096 8161" lists their phone
/// numbers, where "customer 1234-5678" is an account). Other labels' plurals count ("Figures 1.1.1.1", "Tickets 6620-31-4409").</param>
internal sealed class LabelWords(IEnumerable<string> labels, IEnumerable<string> fillers, IEnumerable<string>? singularOnly = null)
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _singularOnly = (singularOnly ?? []).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private const int MaxWords = 3;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _labels = labels.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _fillers = fillers.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Reads the words before <paramref name="index"/> right to left, over spaces, quotes and <c>: # . , ( ) - =</c>: true at
    /// the first label word (its plural, or a camel-case word ending in it: <c>AssemblyVersion</c>), false at the first word
    /// that is neither a label nor a filler (nor a filler's plural, nor a capitalised code of two or three letters right
    /// before the value), or after three words.
    /// </summary>
    public bool IsLabelBefore(ReadOnlySpan<char> text, int index)
    {
        var i = index;
        for (var n = 0; n < MaxWords; n++)
        {
            while (i > 0 && (char.IsWhiteSpace(text[i - 1]) || text[i - 1] is ':' or '#' or '.' or ',' or '(' or ')' or '-' or '=' or '"' or '\''))
            {
                i--;
            }
            var end = i;
            while (i > 0 && char.IsLetter(text[i - 1]))
            {
                i--;
            }
            if (i == end)
            {
                return false;
            }
            // An abbreviation of two letters around a slash (P/N, S/N) is one word.
            if (end - i == 1 && i >= 2 && text[i - 1] == '/' && char.IsLetter(text[i - 2]) && (i == 2 || !char.IsLetter(text[i - 3])))
            {
                i -= 2;
            }
            var word = text[i..end];
            var singular = word.Length > 3 && word[^1] is 's' or 'S' ? word[..^1] : word;
            if (_labels.Contains(word) || (_labels.Contains(singular) && !_singularOnly.Contains(singular)) || EndsInLabel(word))
            {
                return true;
            }
            // A country or grid code between the label and its value ("VAT GB 378 2641 38", "grid ref SK 1234 5678") is passed over once.
            var code = n == 0 && word.Length is 2 or 3 && !word.ContainsAnyExceptInRange('A', 'Z');
            if (!code && !_fillers.Contains(word) && !_fillers.Contains(singular))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>A camel-case compound whose last part is a label: <c>AssemblyVersion</c>, <c>invoiceRef</c> ("Number" and "Id" are fillers, not labels, so <c>orderNumber</c> is not one).</summary>
    private bool EndsInLabel(ReadOnlySpan<char> word)
    {
        for (var k = word.Length - 1; k > 0; k--)
        {
            if (char.IsUpper(word[k]) && char.IsLower(word[k - 1]))
            {
                return _labels.Contains(word[k..]);
            }
        }
        return false;
    }
}
