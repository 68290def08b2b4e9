using System.Runtime.CompilerServices;
using Airs.Runtime.Audit;
using Airs.Runtime.Stores;

namespace Airs.Runtime.Tests.Audit;

/// <summary>An in-memory audit store whose records tests may rewrite freely.</summary>
internal sealed class ListAuditStore(IEnumerable<AuditRecord> records) : IAuditStore
{
    public List<AuditRecord> Records { get; } = [.. records];

    public Task<AuditRecord> AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        var record = AuditRecord.Chain(Records.Count == 0 ? null : Records[^1], entry);
        Records.Add(record);
        return Task.FromResult(record);
    }

    public async IAsyncEnumerable<AuditRecord> ReadAuditAsync(long afterSequence = 0, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        foreach (var record in Records.Where(r => r.Sequence > afterSequence).OrderBy(r => r.Sequence))
        {
            yield return record;
        }
    }

    public Task<AuditRecord?> GetAuditHeadAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(Records.Count == 0 ? null : Records.MaxBy(r => r.Sequence));
}
