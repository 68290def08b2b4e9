using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;

namespace Airs.Runtime.Engine;

/// <summary>What the engine decided for one stage of one request, after every layer ran.</summary>
/// <param name="Id">The decision id: judge sampling, the review ticket and the audit record all refer to it.</param>
/// <param name="Outcome">The strictest outcome of every enforcing control, the PACE gate and the breakers.</param>
/// <param name="Message">The user-facing message for block, halt or flag, if any.</param>
/// <param name="Release">
/// The stage's main field with redactions applied, to pass on; null when the decision blocked, halted or
/// escalated (escalated text is withheld until a reviewer approves the ticket).
/// </param>
/// <param name="Findings">Every control that fired, detect-mode included, guardrails first, then judges.</param>
/// <param name="ReviewTicketId">The ticket opened for an escalated decision.</param>
/// <param name="Pace">The PACE level the decision was made under.</param>
/// <param name="JudgesRan">Whether any judge was asked (sampled and not switched off by PACE), blocking or not.</param>
/// <param name="Timings">Time spent per layer.</param>
public sealed record Decision(
    string Id,
    string Policy,
    string Version,
    Stage Stage,
    Outcome Outcome,
    string? Message,
    string? Release,
    ImmutableArray<Finding> Findings,
    string? ReviewTicketId,
    PaceLevel Pace,
    bool JudgesRan,
    LayerTimings Timings)
{
    /// <summary>The text may be passed on now (allow, flag or redact).</summary>
    public bool IsReleased => Release is not null;

    /// <summary>
    /// The redactions <see cref="Release"/> applied to the checked text (merged, sorted, offsets into that text): lets a
    /// host that checked several fields as one text put each redaction back in its field (<see cref="TextBatch"/>).
    /// </summary>
    [JsonIgnore]
    public ImmutableArray<Redaction> Redactions { get; init; } = [];

    /// <summary>When an enforced <c>limit</c> refused the request: how long until its window ends and it may succeed.</summary>
    [JsonIgnore]
    public TimeSpan? RetryAfter { get; init; }

    /// <summary><see cref="RetryAfter"/> in whole seconds, rounded up (as HTTP's <c>Retry-After</c>); JSON <c>retryAfter</c>, absent when null.</summary>
    [JsonPropertyName("retryAfter")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? RetryAfterSeconds => RetryAfter is { } wait ? Math.Max(1, (long)Math.Ceiling(wait.TotalSeconds)) : null;
}

/// <summary>Time spent in each layer of one decision (zero for a layer that did not run).</summary>
/// <remarks>
/// JSON carries each as a number of milliseconds (<c>guardrailsMs</c>, …, <c>totalMs</c>), the unit docs/sidecar.md
/// promises and every language reads; a <see cref="TimeSpan"/> would be written as a <c>"00:00:00.0012"</c> string.
/// </remarks>
public sealed record LayerTimings(
    [property: JsonIgnore] TimeSpan Guardrails,
    [property: JsonIgnore] TimeSpan Judges,
    [property: JsonIgnore] TimeSpan Review,
    [property: JsonIgnore] TimeSpan Breakers,
    TimeSpan Audit)
{
    private TimeSpan audit = Audit;

    [JsonIgnore]
    public TimeSpan Audit { get => audit; init => audit = value; }

    [JsonIgnore]
    public TimeSpan Total => Guardrails + Judges + Review + Breakers + Audit;

    public double GuardrailsMs => Guardrails.TotalMilliseconds;

    public double JudgesMs => Judges.TotalMilliseconds;

    public double ReviewMs => Review.TotalMilliseconds;

    /// <summary>The gate's breaker admissions and the breaker counters after the decision.</summary>
    public double BreakersMs => Breakers.TotalMilliseconds;

    public double AuditMs => Audit.TotalMilliseconds;

    public double TotalMs => Total.TotalMilliseconds;

    /// <summary>The engine's one write, before the decision leaves it: the audit append ends after the decision is built.</summary>
    internal void RecordAudit(TimeSpan elapsed) => audit = elapsed;
}
