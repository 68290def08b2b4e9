using System.Text.Json.Nodes;
using Airs.Runtime.Stores;

namespace Airs.Runtime.Audit;

/// <summary>Appends to the audit chain with the time read from the injected clock.</summary>
public sealed class AuditLog(IAuditStore store, TimeProvider time)
{
    public Task<AuditRecord> AppendAsync(string kind, string actor, JsonObject payload, CancellationToken cancellationToken = default) =>
        store.AppendAuditAsync(Entry(time, kind, actor, payload), cancellationToken);

    internal static AuditEntry Entry(TimeProvider time, string kind, string actor, JsonObject payload) =>
        Entry(time, kind, actor, payload.ToJsonString());

    /// <summary>An entry whose payload is already JSON text.</summary>
    internal static AuditEntry Entry(TimeProvider time, string kind, string actor, string payload) =>
        new(time.GetUtcNow(), kind, actor, payload);

    /// <summary>An entry whose payload is JSON already written as UTF-8 (the decision path writes it with a pooled writer).</summary>
    internal static AuditEntry Entry(TimeProvider time, string kind, string actor, byte[] utf8Payload) =>
        new(time.GetUtcNow(), kind, actor, utf8Payload);
}
