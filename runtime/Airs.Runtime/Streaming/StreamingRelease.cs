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
/// <see cref="StreamingReleaseOptions.HoldBack"/> characters of the newest text, never inside a word and never inside a
/// redaction, and only once the guardrails have passed the whole answer so far (<see cref="PolicyEngine"/>'s screening:
/// no judge, no audit record). Redactions apply to what is released. A refusal ends the stream with the engine's full,
/// audited decision on the text so far; an escalation holds everything back until the end. <see cref="CompleteAsync"/>
/// runs the ordinary decision on the whole answer before the rest goes out; when that refuses, the sentences already
/// released stay released (each passed the guardrails over the answer up to it). One instance per stream; not thread-safe.
/// </summary>
public sealed class StreamingRelease
{
    private static readonly string OutputPath = StageText.PathOf(Stage.Output);

    private readonly PolicyEngine engine;
    private readonly RequestContext context;
    private readonly StreamingReleaseOptions options;
    private readonly StringBuilder text = new();
    private readonly List<int> boundaries = [];
    private int released;
    private int scanned;
    private bool held;
    private ReleaseStep? end;

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
        if (held || !FindBoundaries())
        {
            return new ReleaseStep("", null);
        }

        var whole = text.ToString();
        var evaluation = engine.Screen(Stage.Output, WithOutput(whole));
        ImmutableArray<Redaction> redactions;
        if (evaluation.Outcome >= Outcome.Block)
        {
            // The official, audited decision on the text so far: its id, message and any ticket go to the caller.
            var decision = await engine.DecideAsync(Stage.Output, WithOutput(whole), cancellationToken).ConfigureAwait(false);
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
            redactions = [.. evaluation.Redactions.Where(r => r.Field == OutputPath)];
        }

        var boundary = LastBoundaryOutside(redactions);
        if (boundary <= released)
        {
            return new ReleaseStep("", null);
        }
        var piece = Redacted(whole, released, boundary, redactions);
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
        var rest = Redacted(whole, released, whole.Length, decision.Redactions);
        released = whole.Length;
        return Finish(new ReleaseStep(rest, decision));
    }

    private ReleaseStep Finish(ReleaseStep step)
    {
        end = step;
        return step;
    }

    /// <summary>Records the boundaries that are now at least the hold-back behind the newest text; true when there is one to try.</summary>
    private bool FindBoundaries()
    {
        var limit = text.Length - options.HoldBack;
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

    /// <summary>After whitespace, never inside a word; by default only after a sentence's end or a line break.</summary>
    private bool IsBoundary(int at)
    {
        var last = text[at - 1];
        if (!char.IsWhiteSpace(last) || (at < text.Length && char.IsWhiteSpace(text[at])))
        {
            return false; // inside a word, or not yet the end of a run of whitespace
        }
        if (options.Window is not null || last == '\n')
        {
            return true;
        }
        var i = at - 1;
        while (i > 0 && char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }
        return i > 0 && text[i - 1] is '.' or '!' or '?' or '…' or ':' or ';';
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
    private static string Redacted(string whole, int from, int to, ImmutableArray<Redaction> redactions)
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
