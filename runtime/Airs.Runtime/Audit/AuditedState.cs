using Airs.Runtime.Breakers;
using Airs.Runtime.Pace;
using Airs.Runtime.Reviews;

namespace Airs.Runtime.Audit;

/// <summary>Every row of the state tables that audited changes write: review tickets, PACE levels, breaker states.</summary>
public sealed record AuditedState(IReadOnlyList<ReviewTicket> Tickets, IReadOnlyList<PaceRecord> Pace, IReadOnlyList<BreakerRecord> Breakers);

/// <summary>What a store offers the verifier beyond its records: the keyed head, a row count, and its state tables.</summary>
public interface IAuditInspection
{
    Task<AuditSeal?> GetAuditSealAsync(CancellationToken cancellationToken = default);

    /// <summary>Every row of the audit table, whatever its sequence: the verifier must walk each of them.</summary>
    Task<long> CountAuditRowsAsync(CancellationToken cancellationToken = default);

    Task<AuditedState> ReadAuditedStateAsync(CancellationToken cancellationToken = default);

    /// <summary>The keyed head of each writer's segment (not the shared chain's, which <see cref="GetAuditSealAsync"/> returns).</summary>
    Task<IReadOnlyDictionary<string, AuditSeal>> GetSegmentSealsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<string, AuditSeal>>(new Dictionary<string, AuditSeal>());
}
