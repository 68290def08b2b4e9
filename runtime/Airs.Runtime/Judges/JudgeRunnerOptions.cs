namespace Airs.Runtime.Judges;

public sealed record JudgeRunnerOptions
{
    /// <summary>Used when a judge declares no timeout (zero). Polly bounds every timeout to [10 ms, 1 day].</summary>
    public TimeSpan DefaultTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Retries of a call that threw, inside the judge's timeout. None by default: a judge is on the hot path.</summary>
    public int MaxRetryAttempts { get; init; }

    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    public int MaxOutputTokens { get; init; } = 256;

    public static readonly JudgeRunnerOptions Default = new();
}
