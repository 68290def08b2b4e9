namespace Airs.Runtime.Breakers;

/// <summary>A breaker key as seen now.</summary>
/// <param name="ProbeDue">Open (not manually) and the cooldown has passed: the next admission is a probe.</param>
/// <param name="Fallback">What to serve while it is not closed.</param>
public sealed record BreakerStatus(BreakerKey Key, BreakerState State, bool Manual, DateTimeOffset? Since, bool ProbeDue, string Fallback)
{
    /// <summary>Normal traffic does not pass (open or half-open).</summary>
    public bool IsOpen => State != BreakerState.Closed;
}

/// <summary>The outcome of one event recorded against one breaker key.</summary>
/// <param name="Count">Events in the window after this one (since the last close, if more recent).</param>
/// <param name="Tripped">This event opened the breaker.</param>
public sealed record BreakerCount(BreakerKey Key, int Count, bool Tripped);

public enum Admission
{
    /// <summary>Closed: go ahead.</summary>
    Allowed,
    /// <summary>Half-open: this request is the probe; report its result with <see cref="CircuitBreakers.CompleteProbeAsync"/>.</summary>
    Probe,
    /// <summary>Open: serve <see cref="BreakerAdmission.Fallback"/>.</summary>
    Rejected,
}

/// <param name="ProbeVersion">For a probe, the state version it was granted at; only that probe can close or re-open the breaker.</param>
public sealed record BreakerAdmission(BreakerKey Key, Admission Admission, string? Fallback, long ProbeVersion = 0);
