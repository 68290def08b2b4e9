using System.Text;

namespace Airs.Runtime.Engine;

/// <summary>
/// Several texts of one request checked in one decision: joined by a separator, and the decision's redactions put
/// back into the texts they touch. A check then costs one decision per request, not one per field, and text split
/// across fields is seen whole.
/// </summary>
public sealed class TextBatch
{
    private readonly string[] texts;
    private readonly int[] starts;

    public TextBatch(IEnumerable<string> texts, string separator)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(separator);
        this.texts = [.. texts];
        starts = new int[this.texts.Length];
        var joined = new StringBuilder();
        for (var i = 0; i < this.texts.Length; i++)
        {
            if (i > 0)
            {
                joined.Append(separator);
            }
            starts[i] = joined.Length;
            joined.Append(this.texts[i]);
        }
        Text = joined.ToString();
    }

    /// <summary>The texts joined: what the decision checks.</summary>
    public string Text { get; }

    /// <summary>
    /// Each text as <paramref name="decision"/> released it. A redaction inside one text applies there; one that spans
    /// several is cut at their edges: its replacement goes where it starts, the rest of the span is removed, so no
    /// redacted character survives anywhere. A redaction of a separator alone changes nothing (separators are not
    /// passed on).
    /// </summary>
    public string[] Released(Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.Release is null)
        {
            throw new ArgumentException("the decision released nothing", nameof(decision));
        }
        var released = new string[texts.Length];
        var placed = new bool[decision.Redactions.Length];
        for (var i = 0; i < texts.Length; i++)
        {
            var start = starts[i];
            var end = start + texts[i].Length;
            var builder = new StringBuilder(texts[i].Length);
            var position = start;
            for (var r = 0; r < decision.Redactions.Length; r++)
            {
                var redaction = decision.Redactions[r];
                var from = Math.Max(redaction.Start, start);
                var to = Math.Min(redaction.Start + redaction.Length, end);
                if (from > to || (from == to && texts[i].Length > 0) || from < position)
                {
                    continue; // does not touch this text
                }
                builder.Append(Text, position, from - position);
                if (!placed[r])
                {
                    builder.Append(redaction.Replacement);
                    placed[r] = true;
                }
                position = to;
            }
            builder.Append(Text, position, end - position);
            released[i] = builder.ToString();
        }
        return released;
    }
}
