namespace Airs.Runtime.Detectors;

public static partial class Injection
{
    /// <summary>
    /// The label of the evidence (content mode) that a document asks its AI reader to put out a link whose query the AI
    /// is to fill: the shape of exfiltration through a rendered image or link, which carries the user's data to whoever
    /// owns the URL (rule 2d of bench/quality/data/injection-confirm/README.md). A rule rather than a lesson for the
    /// scorer: taught by example, links cost ordinary documents that use them (rules 1w, 1y, 1z).
    /// </summary>
    public const string ExfilLinkLabel = "exfil-link";

    private const double ExfilLinkScore = 0.85;

    /// <summary>How far before and after the URL, within its paragraph, the AI reader or its answer is looked for.</summary>
    private const int ExfilReachBefore = 300, ExfilReachAfter = 200;

    private static readonly string[] AiReaderWords =
        ["ai", "assistant", "assistants", "llm", "llms", "chatbot", "chatbots", "bot", "bots", "summariser", "summarisers",
         "summarizer", "summarizers", "copilot", "copilots", "gpt"];

    private static readonly string[] ModelWords = ["model", "models"];

    private static readonly string[] AnswerOwners = ["your", "the", "every", "each"];

    private static readonly string[] AnswerWords =
        ["reply", "replies", "answer", "answers", "response", "responses", "summary", "summaries", "output"];

    /// <summary>
    /// Adds <see cref="ExfilLinkLabel"/> evidence over each http(s) URL whose query leaves a value to fill (empty, a
    /// <c>{…}</c> or capitals placeholder, an ellipsis, or the URL stopping at a <c>&lt;…&gt;</c> or <c>[…]</c> right
    /// after its <c>=</c>) when its paragraph, near it, names an AI reader or the reader's answer.
    /// </summary>
    private static void AddExfilLinks(string text, ref List<DetectorMatch>? found)
    {
        var span = text.AsSpan();
        var from = 0;
        int scheme;
        while ((scheme = span[from..].IndexOf("://", StringComparison.Ordinal)) >= 0)
        {
            scheme += from;
            var before = span[..scheme];
            var start = before.EndsWith("https", StringComparison.OrdinalIgnoreCase) ? scheme - 5
                : before.EndsWith("http", StringComparison.OrdinalIgnoreCase) ? scheme - 4 : -1;
            var end = scheme + 3;
            while (end < span.Length && !char.IsWhiteSpace(span[end]) && span[end] is not ('"' or '\'' or '<' or '>' or '(' or ')' or '[' or ']'))
            {
                end++;
            }
            if (start >= 0 && HasSlot(span[start..end]) && NamesAiReader(span, start, end))
            {
                (found ??= []).Add(new DetectorMatch(start, end - start, ExfilLinkLabel, ExfilLinkScore));
            }
            from = Math.Max(end, scheme + 3);
        }
    }

    /// <summary>Whether a URL's query has a value that is empty or a placeholder (the URL stops before <c>&lt;</c> and <c>[</c>).</summary>
    internal static bool HasSlot(ReadOnlySpan<char> url)
    {
        var q = url.IndexOf('?');
        if (q < 0)
        {
            return false;
        }
        var query = url[(q + 1)..];
        var hash = query.IndexOf('#');
        if (hash >= 0)
        {
            query = query[..hash];
        }
        foreach (var range in query.Split('&'))
        {
            var pair = query[range];
            var eq = pair.IndexOf('=');
            if (eq >= 0 && pair[(eq + 1)..].TrimEnd(".,;:!?") is var value && (value.IsEmpty || IsPlaceholder(value)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary><c>{…}</c>, an ellipsis (<c>...</c> is trimmed before), or four or more capitals, digits and underscores with a capital.</summary>
    private static bool IsPlaceholder(ReadOnlySpan<char> value)
    {
        if (value[0] == '{' || value.EndsWith("…"))
        {
            return true;
        }
        if (value.Length < 4)
        {
            return false;
        }
        var capital = false;
        foreach (var c in value)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                capital = true;
            }
            else if (!char.IsAsciiDigit(c) && c != '_')
            {
                return false;
            }
        }
        return capital;
    }

    /// <summary>
    /// Whether the URL's paragraph (cut at a blank line), within <see cref="ExfilReachBefore"/> characters before the URL
    /// and <see cref="ExfilReachAfter"/> after it, names an AI reader (<c>AI</c>, <c>assistant</c>, <c>language model</c>
    /// …) or the reader's answer (<c>your reply</c>, <c>the summary</c>, <c>every answer</c> …).
    /// </summary>
    private static bool NamesAiReader(ReadOnlySpan<char> text, int urlStart, int urlEnd)
    {
        var lo = Math.Max(0, urlStart - ExfilReachBefore);
        var blank = text[lo..urlStart].LastIndexOf("\n\n", StringComparison.Ordinal);
        lo = blank < 0 ? lo : lo + blank + 2;
        var hi = Math.Min(text.Length, urlEnd + ExfilReachAfter);
        blank = text[urlEnd..hi].IndexOf("\n\n", StringComparison.Ordinal);
        hi = blank < 0 ? hi : urlEnd + blank;
        return NamesAiReader(text[lo..urlStart]) || NamesAiReader(text[urlEnd..hi]);
    }

    private static bool NamesAiReader(ReadOnlySpan<char> part)
    {
        ReadOnlySpan<char> previous = default;
        var i = 0;
        while (i < part.Length)
        {
            var word = part[NextWord(part, ref i)..i];
            if (IsAny(word, AiReaderWords)
                || IsAny(word, ModelWords) && previous.Equals("language", StringComparison.OrdinalIgnoreCase)
                || IsAny(word, AnswerWords) && IsAny(previous, AnswerOwners))
            {
                return true;
            }
            previous = word;
        }
        return false;
    }

    /// <summary>Where the next run of ASCII letters from <paramref name="i"/> starts; <paramref name="i"/> moves past it (`language-model` is two words).</summary>
    private static int NextWord(ReadOnlySpan<char> text, ref int i)
    {
        while (i < text.Length && !char.IsAsciiLetter(text[i]))
        {
            i++;
        }
        var start = i;
        while (i < text.Length && char.IsAsciiLetter(text[i]))
        {
            i++;
        }
        return start;
    }

    private static bool IsAny(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var w in words)
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
