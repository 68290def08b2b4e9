using Airs.Runtime.PostgreSql;
using Airs.Runtime.Stores;
using Airs.Runtime.Tests.Stores;

namespace Airs.Runtime.Tests.PostgreSql;

/// <summary>The whole store contract, on a fresh PostgreSQL database per test.</summary>
[Collection(PostgresCollection.Name)]
[NeedsPostgres]
public sealed class PostgresAirsStoreContractTests(PostgresServer server) : AirsStoreContractTests, IAsyncLifetime
{
    private string? database;

    protected override async Task<IAirsStore> OpenAsync() =>
        await PostgresAirsStore.OpenAsync(database ?? throw new InvalidOperationException("no test database"));

    protected override bool SegmentPerOpen => true;

    public async Task InitializeAsync() => database = await server.CreateDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
