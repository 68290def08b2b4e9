using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;

namespace Airs.Runtime.Streaming;

/// <summary>
/// Releases a streamed answer as the policy's <c>output</c> stage checks it, instead of after the last chunk.
/// <code>
/// var release = new StreamingRelease(engine, context);          // context: identity, input.text; output.text is filled in
/// foreach (var delta in deltas)
/// {
///     var step = await release.AppendAsync(delta, ct);
///     if (step.IsRefused) { /* end the stream with an error: step.Decision */ return; }
///     Send(step.Text);                                          // may be empty
/// }
/// var last = await release.CompleteAsync(ct);                  // the full decision, judges included
/// if (last.IsRefused) { /* error */ } else Send(last.Text);
/// </code>
/// Text goes out at sentence ends (or <see cref="StreamingReleaseOptions.Window"/>), never within
/// <see cref="StreamingReleaseOptions.HoldBack"/> characters of the newest whole word, never inside a word or a
/// redaction, and only once the guardrails have passed the answer so far, read from <see cref="Lookback"/> characters
/// before the last release, or from the start of an HTML tag open there (<see cref="PolicyEngine"/>'s screening: no
/// judge, no audit record); text is not released more than <see cref="Lookback"/> characters into an open tag. Redactions apply to what
/// is released. A refusal ends the stream with the engine's full, audited decision on the text so far; an escalation
/// holds everything back until the end. <see cref="CompleteAsync"/> runs the ordinary decision on the whole answer
/// before the rest goes out; when that refuses, the sentences already released stay released (each passed the
/// guardrails over the answer up to it). One instance per stream; not thread-safe.
/// </summary>
public sealed class StreamingRelease
{
    /// <summary>
    /// How far back before the released point a screening reads: context for the guardrails, and a cost per screening
    /// that does not grow with the answer (the whole answer is read once, by the final decision).
    /// </summary>
    public const int Lookback = 2048;

    private static readonly string OutputPath = StageText.PathOf(Stage.Output);
    private static readonly SearchValues<char> Whitespace = SearchValues.Create(" \t\r\n\f\v\u00a0\u2028\u2029\u3000");

    private readonly PolicyEngine engine;
    private readonly RequestContext context;
    private readonly StreamingReleaseOptions options;
    private readonly StringBuilder text = new();
    private readonly List<int> boundaries = [];
    private int released;
    private int scanned;
    private int complete;
    private bool held;
    private ReleaseStep? end;
    private OpenTag screenTag = new();
    private OpenTag boundaryTag = new();

    /// <param name="context">The request's context (identity, <c>input.text</c>, attributes); its <c>output.text</c> is replaced by the answer.</param>
    public StreamingRelease(PolicyEngine engine, RequestContext context, StreamingReleaseOptions? options = null)
    {
        this.engine = engine ?? throw new ArgumentNullException(nameof(engine));
        this.context = context ?? throw new ArgumentNullException(nameof(context));
        this.options = options ?? StreamingReleaseOptions.Default;
    }

    /// <summary>The answer received so far, unredacted.</summary>
    public string Received => text.ToString();

    /// <summary>How many characters of the received answer have been released (redacted ones counted as received).</summary>
    public int ReleasedLength => released;

    /// <summary>Adds a piece of the answer and returns what may go out now. After a refusal, returns that refusal again.</summary>
    public async ValueTask<ReleaseStep> AppendAsync(string delta, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(delta);
        if (end is { } ended)
        {
            return ended with { Text = "" };
        }
        text.Append(delta);
        var last = delta.AsSpan().LastIndexOfAny(Whitespace);
        if (last >= 0)
        {
            complete = text.Length - delta.Length + last + 1;
        }
        if (held || !FindBoundaries())
        {
            return new ReleaseStep("", null);
        }

        // Only whole words are screened: a word still arriving (`docs.exa`) is not yet what it will be.
        var from = ScreenStart();
        var evaluation = engine.Screen(Stage.Output, WithOutput(text.ToString(from, complete - from)));
        ImmutableArray<Redaction> redactions;
        if (evaluation.Outcome >= Outcome.Block)
        {
            // The official, audited decision on the text so far: its id, message and any ticket go to the caller.
            var decision = await engine.DecideAsync(Stage.Output, WithOutput(text.ToString(0, complete)), cancellationToken).ConfigureAwait(false);
            if (!decision.IsReleased)
            {
                return Finish(new ReleaseStep("", decision));
            }
            redactions = decision.Redactions;
        }
        else if (evaluation.Outcome == Outcome.Escalate)
        {
            held = true; // the end decides, and opens the ticket over the whole answer
            return new ReleaseStep("", null);
        }
        else
        {
            redactions = [.. evaluation.Redactions.Where(r => r.Field == OutputPath).Select(r => r with { Start = r.Start + from })];
        }

        var boundary = LastBoundaryOutside(redactions);
        if (boundary <= released)
        {
            return new ReleaseStep("", null);
        }
        var piece = Redacted(text, released, boundary, redactions);
        released = boundary;
        boundaries.RemoveAll(b => b <= boundary);
        return new ReleaseStep(piece, null);
    }

    /// <summary>
    /// The answer is complete: runs the ordinary output decision on all of it (judges, review, breakers, audit) and
    /// returns the rest of the answer, or the refusal. An empty answer is not checked (there is nothing to release).
    /// </summary>
    public async ValueTask<ReleaseStep> CompleteAsync(CancellationToken cancellationToken = default)
    {
        if (end is { } ended)
        {
            return ended with { Text = "" };
        }
        if (text.Length == 0)
        {
            return Finish(new ReleaseStep("", null));
        }
        var whole = text.ToString();
        var decision = await engine.DecideAsync(Stage.Output, WithOutput(whole), cancellationToken).ConfigureAwait(false);
        if (!decision.IsReleased)
        {
            return Finish(new ReleaseStep("", decision));
        }
        var rest = Redacted(text, released, whole.Length, decision.Redactions);
        released = whole.Length;
        return Finish(new ReleaseStep(rest, decision));
    }

    private ReleaseStep Finish(ReleaseStep step)
    {
        end = step;
        return step;
    }

    /// <summary>Records the boundaries now at least the hold-back behind the last whole word; true when there is one to try.</summary>
    private bool FindBoundaries()
    {
        var limit = complete - options.HoldBack;
        for (; scanned < limit; scanned++)
        {
            var at = scanned + 1; // a boundary after the character at `scanned`
            if (IsBoundary(at))
            {
                boundaries.Add(at);
            }
        }
        if (boundaries.Count == 0)
        {
            return false;
        }
        return options.Window is not { } window || boundaries[^1] - released >= window;
    }

    /// <summary>
    /// After whitespace, never inside a word; by default only after a sentence's end or a line break; never more than
    /// <see cref="Lookback"/> characters into an open HTML tag, so a screening can always start at the tag (<see cref="ScreenStart"/>).
    /// </summary>
    private bool IsBoundary(int at)
    {
        var last = text[at - 1];
        if (!Whitespace.Contains(last) || (at < text.Length && Whitespace.Contains(text[at])))
        {
            return false; // inside a word, or not yet the end of a run of whitespace
        }
        boundaryTag.ReadTo(text, at);
        if (boundaryTag.Start >= 0 && at - boundaryTag.Start > Lookback)
        {
            return false; // held until the tag closes (or the answer ends)
        }
        if (options.Window is not null || last == '\n')
        {
            return true;
        }
        var i = at - 1;
        while (i > 0 && Whitespace.Contains(text[i - 1]))
        {
            i--;
        }
        return i > 0 && text[i - 1] is '.' or '!' or '?' or '…' or ':' or ';';
    }

    /// <summary>
    /// Where a screening starts reading: <see cref="Lookback"/> characters before the released point, just after a
    /// whitespace (never inside a word), or at the start of an HTML tag open there: a detector reads a tag from its
    /// <c>&lt;</c> (what an <c>src</c> fetches depends on the element), and an address that arrives long after its tag
    /// opened would otherwise be read without it. Anything else that begins earlier was whole, and seen, before that point
    /// was released. Each tag open there (a tag read inside another's value can be) began at most <see cref="Lookback"/>
    /// characters before (<see cref="IsBoundary"/>), or it closed before the released point and was read whole when that
    /// point was released: the screening starts at the earliest of the first kind, so it reads at most twice the window
    /// plus the text not yet released.
    /// </summary>
    private int ScreenStart()
    {
        var from = WindowStart();
        screenTag.ReadTo(text, from);
        var start = screenTag.EarliestSince(from - Lookback);
        return start >= 0 ? start : from;
    }

    private int WindowStart()
    {
        if (released <= Lookback)
        {
            return 0;
        }
        for (var i = released - Lookback; i < released; i++)
        {
            if (Whitespace.Contains(text[i]))
            {
                return i + 1;
            }
        }
        return released;
    }

    private int LastBoundaryOutside(ImmutableArray<Redaction> redactions)
    {
        for (var i = boundaries.Count - 1; i >= 0; i--)
        {
            var b = boundaries[i];
            if (!redactions.Any(r => r.Start < b && b < r.Start + r.Length))
            {
                return b;
            }
        }
        return released;
    }

    /// <summary>
    /// <paramref name="whole"/>[from..to) with the redactions that touch it applied. A redaction that began in text
    /// already released (a pattern longer than the hold-back) still masks its unreleased rest.
    /// </summary>
    private static string Redacted(StringBuilder whole, int from, int to, ImmutableArray<Redaction> redactions)
    {
        var piece = new StringBuilder(to - from);
        var position = from;
        foreach (var r in redactions)
        {
            var start = Math.Max(r.Start, from);
            var stop = Math.Min(r.Start + r.Length, to);
            if (stop <= start || start < position)
            {
                continue;
            }
            piece.Append(whole, position, start - position).Append(r.Replacement);
            position = stop;
        }
        return piece.Append(whole, position, to - position).ToString();
    }

    private RequestContext WithOutput(string output)
    {
        var mutable = new RequestContext.Mutable(context) { OutputText = output };
        mutable.Present.Add(ContextField.OutputText);
        return mutable.Build();
    }
}
