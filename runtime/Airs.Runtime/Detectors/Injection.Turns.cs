using System.Collections.Frozen;

namespace Airs.Runtime.Detectors;

public static partial class Injection
{
    /// <summary>
    /// Whether the request in view[start..end) is a turn of a pasted conversation that the conversation goes on to
    /// answer: its line opens with an asker's label ("User:", "[user]", "&lt;user&gt;", "Customer (Ana):", or a "### User"
    /// line above it), and the next labelled line is an answerer's ("Assistant:", "AI:", "Agent:", "HR Bot:", "A:").
    /// A chat log's requests were put to the assistant in the log and answered there; a request set for the reader
    /// stands at the end of its turn with nothing after it. The lowercase view keeps line breaks and brackets.
    /// </summary>
    private static bool Replied(ReadOnlySpan<char> view, int start, int end)
    {
        var lineStart = view[..start].LastIndexOf('\n') + 1;
        var asked = SpeakerLabel(view[lineStart..start], out var asker, out _) && IsAsker(asker);
        if (!asked && lineStart > 0)
        {
            // A header line of its own above the turn: "### User".
            var above = view[..(lineStart - 1)];
            var line = above[(above.LastIndexOf('\n') + 1)..];
            asked = SpeakerLabel(line, out asker, out var rest) && IsAsker(asker) && rest.IsWhiteSpace();
        }
        if (!asked)
        {
            return false;
        }
        var after = view[end..Math.Min(view.Length, end + ReplyReach)];
        for (var lines = 0; lines < MaxTurnLines; lines++)
        {
            var newline = after.IndexOf('\n');
            if (newline < 0)
            {
                return false;
            }
            after = after[(newline + 1)..];
            if (SpeakerLabel(after, out var speaker, out _))
            {
                return IsAnswerer(speaker);
            }
        }
        return false;
    }

    /// <summary>
    /// Reads a speaker's label at the start of <paramref name="line"/>: markers (<c>#</c>, <c>[</c>, <c>&lt;</c>), one to
    /// three words, an optional name in brackets, then <c>:</c>, <c>]</c> or <c>&gt;</c>; <paramref name="speaker"/> is the
    /// label's words. A "### User" header has no terminator: the line ends after its words.
    /// </summary>
    private static bool SpeakerLabel(ReadOnlySpan<char> line, out ReadOnlySpan<char> speaker, out ReadOnlySpan<char> rest)
    {
        speaker = rest = default;
        if (line.IndexOf('\n') is >= 0 and var newline)
        {
            line = line[..newline];
        }
        var header = line.TrimStart(' ').StartsWith('#');
        var at = line.TrimStart(" #[<").Length;
        var text = line[(line.Length - at)..];
        var words = 0;
        var end = 0;
        while (end < text.Length && words < MaxLabelWords)
        {
            var word = 0;
            while (end + word < text.Length && (char.IsLetterOrDigit(text[end + word]) || text[end + word] == '-'))
            {
                word++;
            }
            if (word == 0)
            {
                break;
            }
            words++;
            end += word;
            if (end < text.Length && text[end] == ' ' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]))
            {
                end++;
                continue;
            }
            break;
        }
        if (words == 0)
        {
            return false;
        }
        speaker = text[..end];
        var tail = text[end..].TrimStart(' ');
        if (tail.StartsWith('('))
        {
            var close = tail.IndexOf(')');
            if (close < 0 || close > MaxNameLength)
            {
                return false;
            }
            tail = tail[(close + 1)..].TrimStart(' ');
        }
        if (tail is [':' or ']' or '>', ..])
        {
            rest = tail[1..].TrimStart(":] ");
            return true;
        }
        if (header && tail.IsWhiteSpace())
        {
            rest = tail;
            return true;
        }
        return false;
    }

    /// <summary>Whether a label names someone who asks: its first word is an asker's ("student a").</summary>
    private static bool IsAsker(ReadOnlySpan<char> label)
    {
        var space = label.IndexOf(' ');
        return Askers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(space < 0 ? label : label[..space]);
    }

    /// <summary>Whether a label names someone who answers: its last word is an answerer's, or ends in "bot" ("shopbot").</summary>
    private static bool IsAnswerer(ReadOnlySpan<char> label)
    {
        var last = label[(label.LastIndexOf(' ') + 1)..];
        return Answerers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(last) || (last.Length > 3 && last.EndsWith("bot"));
    }

    private static readonly FrozenSet<string> Askers = FrozenSet.ToFrozenSet(["user", "human", "customer", "visitor", "me", "q", "question",
        "client", "caller", "student", "employee", "reader", "guest", "patient", "member", "requester"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Answerers = FrozenSet.ToFrozenSet(["assistant", "ai", "bot", "chatbot", "agent", "support", "a", "answer",
        "model", "gpt", "chatgpt", "claude", "gemini", "copilot", "tutor", "helpdesk", "advisor", "adviser", "representative", "rep", "response"],
        StringComparer.Ordinal);

    /// <summary>How far past a request <see cref="Replied"/> looks for the reply, and over how many lines of the same turn.</summary>
    private const int ReplyReach = 400;

    private const int MaxTurnLines = 4;

    private const int MaxLabelWords = 3;

    private const int MaxNameLength = 24;
}
