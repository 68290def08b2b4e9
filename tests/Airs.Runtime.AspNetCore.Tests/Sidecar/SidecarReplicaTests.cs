using Airs.Runtime.PostgreSql;
using Airs.Runtime.Stores;

namespace Airs.Runtime.AspNetCore.Tests.Sidecar;

public sealed class SidecarReplicaTests
{
    [Fact]
    public async Task TwoSidecarsOnOneSqliteStoreShareState()
    {
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundleFromSource(SidecarPolicies.Desk, directory);
        await using var store = await SqliteAirsStore.OpenAsync(Path.Combine(directory, "shared.db"));
        await using var a = await SidecarTestHost.StartAsync(directory, ["desk_bot"], store);
        await using var b = await SidecarTestHost.StartAsync(directory, ["desk_bot"], store);
        await SidecarReplicaScenario.RunAsync(a, b, store);
    }

    /// <summary>Two replicas, each with its own connection pool, on one PostgreSQL database.</summary>
    [PostgresFact]
    public async Task TwoReplicasOnOnePostgresDatabaseShareStateAndOneVerifiedAuditLog()
    {
        await using var server = await PostgresServer.StartAsync();
        var database = await server.CreateDatabaseAsync();
        var directory = SidecarTestHost.NewDirectory();
        SidecarTestHost.WriteBundleFromSource(SidecarPolicies.Desk, directory);
        var stores = await Task.WhenAll(PostgresAirsStore.OpenAsync(database), PostgresAirsStore.OpenAsync(database));
        await using var storeA = stores[0];
        await using var storeB = stores[1];
        await using var a = await SidecarTestHost.StartAsync(directory, ["desk_bot"], storeA);
        await using var b = await SidecarTestHost.StartAsync(directory, ["desk_bot"], storeB);
        await SidecarReplicaScenario.RunAsync(a, b, storeA);
    }
}
