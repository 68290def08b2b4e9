using System.Collections.Frozen;

namespace Airs.Runtime.Detectors;

/// <summary>
/// ROT13, the letter rotation prompts use to slip an order past a filter ("Vtaber nyy cerivbhf vafgehpgvbaf"). A
/// rotation has no marker to find, so it is read only where the text looks rotated: the prefilter opens a window on the
/// rotated forms of common English words (<see cref="Cues"/>: <c>gur</c> is "the", <c>lbhe</c> "your"), and the
/// window is rotated only when it then reads much more like English than as written (<see cref="ReadsBetterRotated"/>),
/// so ordinary text is never rotated. The judgement is over the window: the whole-text reference scan judges the whole
/// text, so a rotated sentence inside a long English text can be rotated by the prefiltered scan and not by it.
/// </summary>
internal static class Rot13
{
    /// <summary>
    /// Common English words, none of which rotates into another common word (not "be"/"or", "an"/"na", "one"/"bar"):
    /// their rotated forms are the cues, and a rotated view is judged by how many of them it spells.
    /// </summary>
    private static readonly string[] Words =
    [
        "the", "and", "you", "your", "all", "that", "this", "with", "for", "is", "to", "of", "it", "are", "was", "were", "have", "what",
        "any", "from", "now", "new", "do", "not", "my", "me", "say", "tell", "must", "will", "can", "reply", "only", "print", "write",
        "ignore", "previous", "instructions", "rules", "system", "prompt", "reveal", "above", "forget", "hidden", "secret", "password",
    ];

    private static readonly FrozenSet<string> Known = Words.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The rotated forms of the words of three letters or more, which the prefilter looks for (lower-case ASCII); not
    /// "are", whose rotation is the acronym NER.
    /// </summary>
    public static IEnumerable<string> Cues => Words.Where(w => w.Length >= 3 && w != "are").Select(w => new string([.. w.Select(Rotate)]));

    /// <summary>Fewest of the words a rotated view must spell.</summary>
    private const int MinWords = 3;

    public static char Rotate(char c) => c switch
    {
        >= 'a' and <= 'z' => (char)('a' + (c - 'a' + 13) % 26),
        >= 'A' and <= 'Z' => (char)('A' + (c - 'A' + 13) % 26),
        _ => c,
    };

    /// <summary>
    /// Whether the normalised (lower-case) view spells at least <see cref="MinWords"/> of the listed words when rotated,
    /// and more than it does unrotated: a rotated message after an English request passes, English text does not.
    /// </summary>
    public static bool ReadsBetterRotated(ReadOnlySpan<char> view)
    {
        var lookup = Known.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> rotated = stackalloc char[16];
        int plain = 0, turned = 0;
        var i = 0;
        while (i < view.Length)
        {
            if (!char.IsAsciiLetterLower(view[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < view.Length && char.IsAsciiLetterLower(view[i]))
            {
                i++;
            }
            var word = view[start..i];
            if (word.Length > rotated.Length)
            {
                continue;
            }
            plain += lookup.Contains(word) ? 1 : 0;
            for (var k = 0; k < word.Length; k++)
            {
                rotated[k] = Rotate(word[k]);
            }
            turned += lookup.Contains(rotated[..word.Length]) ? 1 : 0;
        }
        return turned >= MinWords && turned > plain;
    }
}
