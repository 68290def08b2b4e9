using System.Runtime.CompilerServices;
using Airs.Runtime.Audit;
using Airs.Runtime.Stores;

namespace Airs.Cli.Tests;

/// <summary>
/// The read-only store of verification (SQLite or PostgreSQL), with a writer's appends run right after the verifier has
/// read the log and before it reads the rest (the row count, the heads, the anchors, the state tables): the seam where a
/// live store's writers append while a verification is under way.
/// </summary>
internal sealed class WritesAfterTheLogIsRead(AdoAirsStore store, Func<Task> writes) : IAuditStore, IAuditInspection
{
    private bool written;

    public async IAsyncEnumerable<AuditRecord> ReadAuditAsync(long afterSequence = 0, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var record in store.ReadAuditAsync(afterSequence, cancellationToken))
        {
            yield return record;
        }
        if (!written)
        {
            written = true;
            await writes();
        }
    }

    public Task<AuditRecord> AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken = default) => store.AppendAuditAsync(entry, cancellationToken);

    public Task<AuditRecord?> GetAuditHeadAsync(CancellationToken cancellationToken = default) => store.GetAuditHeadAsync(cancellationToken);

    public Task<AuditSeal?> GetAuditSealAsync(CancellationToken cancellationToken = default) => store.GetAuditSealAsync(cancellationToken);

    public Task<long> CountAuditRowsAsync(CancellationToken cancellationToken = default) => store.CountAuditRowsAsync(cancellationToken);

    public Task<AuditedState> ReadAuditedStateAsync(CancellationToken cancellationToken = default) => store.ReadAuditedStateAsync(cancellationToken);

    public Task<IReadOnlyDictionary<string, AuditSeal>> GetSegmentSealsAsync(CancellationToken cancellationToken = default) => store.GetSegmentSealsAsync(cancellationToken);
}
