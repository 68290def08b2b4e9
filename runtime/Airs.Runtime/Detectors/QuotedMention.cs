using System.Text.RegularExpressions;

namespace Airs.Runtime.Detectors;

/// <summary>
/// A phrase a document quotes in order to talk about it: "a sentence such as "ignore previous instructions" could …",
/// "the commonest wording was a variant of "print your system prompt"", a list of quoted phrases, a regular expression
/// in a deny list (<c>r"reveal (your )?system prompt"</c>). Security advisories, red-team reports and filter code quote
/// attacks this way; an attack gives its order instead. In content mode such a mention is no rule's evidence (the
/// learned scorer still reads its words). Both conditions must hold: the match sits inside a pair of quotes on one line,
/// and a cue that names it as a phrase (<see cref="Cue"/>) or another quoted phrase of a list comes just before the
/// opening quote — a quote alone is not enough, since an attack may quote what it wants said.
/// </summary>
internal static class QuotedMention
{
    /// <summary>How far before the opening quote a cue may end, and how far past the match its closing quote may be.</summary>
    private const int CueReach = 48;

    private const int CloseReach = 160;

    /// <summary>Opening quotes and the closing quote each expects.</summary>
    private static char Closing(char open) => open switch
    {
        '"' => '"',
        '\'' => '\'',
        '`' => '`',
        '\u201C' => '\u201D',
        '\u2018' => '\u2019',
        '\u00AB' => '\u00BB',
        _ => '\0',
    };

    /// <summary>
    /// What names the quoted text as words being discussed, ending where the quote opens: "such as", "like", "for
    /// example", "the phrase", "containing", "a variant of", "typed", a raw-string prefix (<c>r"</c>), or a list whose
    /// previous item is itself quoted (<c>"…", "…"</c>, <c>"…" or "…"</c>). "Says" and a bare colon are not cues: "the
    /// page says" and "Note:" introduce what an attack wants done as easily as a quotation.
    /// </summary>
    private static readonly Regex Cue = new(
        @"(?:\b(?:such as|like|e\.?g\.?,?|i\.?e\.?,?|for example,?|for instance,?|including|includes?|phrases?|strings?|sentences?|wordings?|words?|texts?|lines?|"
        + @"patterns?|payloads?|prompts?|keywords?|inputs?|contain(?:s|ed|ing)?(?: the)?|variants? of|versions? of|typ(?:ed|ing)|past(?:ed|ing)|"
        + @"(?:as|was|were|is) (?:simple|short|blunt) as|read(?:s|ing)? (?:like|as)|flag(?:s|ged)?|block(?:s|ed)?|reject(?:s|ed)?|detect(?:s|ed)?|match(?:es|ed)?)"
        + @"|\br|[""'`\u201D\u2019]\s*(?:,|/|\bor|\band))[\s(\[:-]*$",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Whether text[start..start+length) is a quoted mention.</summary>
    public static bool Is(string text, int start, int length)
    {
        // The opening quote: right before the match, or with a space or a bracket between.
        var open = start - 1;
        while (open >= 0 && start - open <= 2 && text[open] is ' ' or '(' or '[')
        {
            open--;
        }
        if (open < 0)
        {
            return false;
        }
        var close = Closing(text[open]);
        if (close == '\0')
        {
            return false;
        }
        // An apostrophe inside a word ("don't") opens nothing.
        if (text[open] == '\'' && open > 0 && char.IsLetterOrDigit(text[open - 1]))
        {
            return false;
        }
        var end = start + length;
        var limit = Math.Min(text.Length, end + CloseReach);
        var closed = false;
        for (var i = end; i < limit && text[i] != '\n'; i++)
        {
            if (text[i] == close)
            {
                closed = true;
                break;
            }
        }
        if (!closed)
        {
            return false;
        }
        var from = Math.Max(0, open - CueReach);
        var lineStart = text.LastIndexOf('\n', open == 0 ? 0 : open - 1);
        from = Math.Max(from, lineStart + 1);
        return Cue.IsMatch(text.AsSpan(from, open - from));
    }
}
