using Airs.Runtime.Audit;
using Airs.Runtime.Reviews;
using Airs.Runtime.Stores;

namespace Airs.Runtime.Tests.Stores;

/// <summary>The whole store contract on the in-memory store.</summary>
public sealed class InMemoryAirsStoreContractTests : AirsStoreContractTests
{
    // The object is the whole store: "reopening" hands back the same object, as a host that keeps it would.
    private readonly InMemoryAirsStore store = new();

    protected override Task<IAirsStore> OpenAsync() => Task.FromResult<IAirsStore>(store);
}

public sealed class InMemoryAirsStoreTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 15, 9, 0, 0, TimeSpan.Zero);

    private static AuditEntry Entry(string payload = "{}") => new(T0, AuditKinds.Decision, "tester", payload);

    [Fact]
    public async Task AKeyedStoreMacsEveryRecordAndTheLogVerifiesOnlyWithItsKey()
    {
        var key = AuditKey.Generate();
        await using var store = new InMemoryAirsStore(key);
        for (var i = 0; i < 5; i++)
        {
            await store.AppendAuditAsync(Entry($$"""{"n":{{i}}}"""));
        }

        var records = await AuditReading.AllAsync(store);
        Assert.All(records, r => Assert.NotNull(r.Mac));
        Assert.Equal((5L, records[^1].Hash), ((await store.GetAuditSealAsync())?.Sequence, (await store.GetAuditSealAsync())?.Hash));
        Assert.True((await AuditVerifier.VerifyAsync(store, null, key)).IsValid);
        Assert.False((await AuditVerifier.VerifyAsync(store, null, AuditKey.Generate())).IsValid);
    }

    [Fact]
    public async Task TimesComeBackInUtcAsTheDatabaseStoresGiveThem()
    {
        await using var store = new InMemoryAirsStore();
        var local = new DateTimeOffset(2026, 1, 15, 11, 0, 0, TimeSpan.FromHours(2));
        var ticket = new ReviewTicket("t1", "p", "r", "d", "s", local, local.AddHours(1), ReviewStatus.Pending, null);
        await store.InsertTicketAsync(ticket, Entry());

        var read = await store.GetTicketAsync("t1");
        Assert.Equal(TimeSpan.Zero, read?.CreatedAt.Offset);
        Assert.Equal(local.UtcTicks, read?.CreatedAt.UtcTicks);
    }
}
