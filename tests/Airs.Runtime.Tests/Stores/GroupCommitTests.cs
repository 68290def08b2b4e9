using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Airs.Runtime.Audit;
using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;
using Airs.Runtime.Reviews;
using Airs.Runtime.Stores;
using Airs.Runtime.Telemetry;
using Microsoft.Data.Sqlite;

namespace Airs.Runtime.Tests.Stores;

/// <summary>
/// The SQLite writer's group commit (issue 21, item 3): concurrent appends share transactions, each batch reads the
/// audit tail once and inserts its plain appends together, and a state operation that fails in a batch takes only
/// its own audit record with it.
/// </summary>
public sealed class GroupCommitTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 14, 0, 0, TimeSpan.Zero);
    private readonly TempStore files = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await files.DisposeAsync();

    [Fact]
    public async Task Concurrent_appends_commit_in_shared_batches_as_one_unbroken_chain()
    {
        var batches = new ConcurrentBag<int>();
        using var listener = Listen(StoreTelemetry.BatchSizeName, batches);
        await using var store = await files.OpenAsync();

        var records = await Task.WhenAll(Enumerable.Range(0, 500).Select(i => Task.Run(() =>
            store.AppendAuditAsync(new AuditEntry(T0.AddTicks(i), AuditKinds.Decision, "system", $$"""{"n":{{i}}}""")))));

        Assert.Equal(Enumerable.Range(1, 500).Select(i => (long)i), records.Select(r => r.Sequence).Order());
        var verification = await AuditVerifier.VerifyAsync(store);
        Assert.True(verification.IsValid, verification.ToString());
        Assert.Equal(500, verification.RecordsChecked);
        var statistics = store.WriteStatistics;
        Assert.Equal(500, statistics.Operations);
        Assert.InRange(statistics.Batches, 1, 499); // at least one batch held several appends
        Assert.NotEmpty(batches); // and the batch sizes reach the meter
    }

    /// <summary>
    /// Written appends (the gateway's request) commit without the disk; the next durable commit syncs them, and a
    /// sync with none since writes a page of its own so that its commit has something to sync.
    /// </summary>
    [Fact]
    public async Task Written_appends_wait_for_no_disk_and_become_durable_with_the_next_durable_commit_or_a_sync()
    {
        await using var store = await files.OpenAsync();
        var version = () => Convert.ToInt64(files.Scalar("PRAGMA user_version;"), System.Globalization.CultureInfo.InvariantCulture);

        await store.AppendAuditWrittenAsync(Entry(1));
        Assert.Equal((1L, 0L), (store.WriteStatistics.Batches, store.WriteStatistics.DurableBatches));
        var before = version();
        await store.SyncAuditAsync();
        Assert.Equal((2L, 1L), (store.WriteStatistics.Batches, store.WriteStatistics.DurableBatches));
        Assert.Equal(before + 1, version());
        await store.SyncAuditAsync(); // nothing written since the durable batch
        Assert.Equal(2L, store.WriteStatistics.Batches);

        await store.AppendAuditWrittenAsync(Entry(2));
        await store.AppendAuditAsync(Entry(3)); // durable: syncs 2 with it
        Assert.Equal((4L, 2L), (store.WriteStatistics.Batches, store.WriteStatistics.DurableBatches));
        await store.SyncAuditAsync();
        Assert.Equal(4L, store.WriteStatistics.Batches);
        Assert.Equal(before + 1, version());

        // Mixed and concurrent: a batch holding one durable append commits durably; the chain stays whole.
        await Task.WhenAll(Enumerable.Range(4, 400).Select(i => Task.Run(() =>
            i % 2 == 0 ? store.AppendAuditWrittenAsync(Entry(i)) : store.AppendAuditAsync(Entry(i)))));
        await store.SyncAuditAsync();
        var settled = store.WriteStatistics.Batches;
        await store.SyncAuditAsync();
        Assert.Equal(settled, store.WriteStatistics.Batches);
        var verification = await AuditVerifier.VerifyAsync(store);
        Assert.True(verification.IsValid, verification.ToString());
        Assert.Equal(403, verification.RecordsChecked);

        static AuditEntry Entry(int i) => new(T0.AddTicks(i), AuditKinds.Decision, "system", $$"""{"n":{{i}}}""");
    }

    [Fact]
    public async Task Appends_acknowledged_together_commit_as_one_unbroken_chain()
    {
        await using var store = await files.OpenAsync();
        store.AcknowledgeAppendsTogether = true;

        var records = await Task.WhenAll(Enumerable.Range(0, 500).Select(i => Task.Run(() =>
            store.AppendAuditAsync(new AuditEntry(T0.AddTicks(i), AuditKinds.Decision, "system", $$"""{"n":{{i}}}""")))));

        Assert.Equal(Enumerable.Range(1, 500).Select(i => (long)i), records.Select(r => r.Sequence).Order());
        var verification = await AuditVerifier.VerifyAsync(store);
        Assert.True(verification.IsValid, verification.ToString());
        Assert.Equal(500, store.WriteStatistics.Operations);
    }

    [Fact]
    public async Task A_continuation_of_an_append_acknowledged_together_does_not_hold_up_the_writer()
    {
        await using var store = await files.OpenAsync();
        store.AcknowledgeAppendsTogether = true;

        // The continuation runs inline and blocks until a later append is durable: it must not run on the writer's loop.
        var later = store.AppendAuditAsync(new AuditEntry(T0, AuditKinds.Decision, "system", """{"n":1}"""))
            .ContinueWith(_ => store.AppendAuditAsync(new AuditEntry(T0, AuditKinds.Decision, "system", """{"n":2}""")).Wait(TimeSpan.FromSeconds(10)),
                TaskContinuationOptions.ExecuteSynchronously);

        Assert.True(await later.WaitAsync(TimeSpan.FromSeconds(20)));
        Assert.Equal(2, (await AuditVerifier.VerifyAsync(store)).RecordsChecked);
    }

    [Fact]
    public async Task A_failing_state_operation_in_a_batch_fails_alone()
    {
        await using var store = await files.OpenAsync();
        var queue = new ReviewQueue("p", [new ReviewSpec("payments", TimeSpan.FromHours(4), new ActionSpec(Outcome.Block, "late"))], store, TimeProvider.System);
        var ticket = await queue.OpenAsync("payments", "d-1", "refund");
        var opened = (await AuditReading.OfKindAsync(store, AuditKinds.ReviewOpened)).Single();

        // Queued together: appends around a second insert of the same ticket, which the primary key refuses.
        var appends = new List<Task<AuditRecord>>();
        Task? duplicate = null;
        for (var i = 0; i < 50; i++)
        {
            appends.Add(store.AppendAuditAsync(new AuditEntry(T0, AuditKinds.Decision, "system", $$"""{"n":{{i}}}""")));
            if (i == 25)
            {
                duplicate = store.InsertTicketAsync(ticket, new AuditEntry(opened.Time, opened.Kind, opened.Actor, opened.Payload));
            }
        }

        await Assert.ThrowsAnyAsync<Exception>(() => duplicate!);
        Assert.All(await Task.WhenAll(appends), r => Assert.True(r.Sequence > 1));
        var verification = await AuditVerifier.VerifyAsync(store);
        Assert.True(verification.IsValid, verification.ToString());
        Assert.Equal(51, verification.RecordsChecked); // the ticket's record and the 50 appends; the refused insert left nothing
    }

    /// <summary>
    /// Before: the write queue was unbounded and a caller that gave up left its append queued, so while the store stalled
    /// (here another process holds SQLite's write lock) requests that timed out or disconnected piled up in memory
    /// without limit. Past the queue's capacity a caller now waits for room, and one that gives up while waiting is
    /// never queued.
    /// </summary>
    [Fact]
    public async Task A_stalled_store_holds_callers_back_instead_of_queueing_without_limit()
    {
        static AuditEntry Entry(int i) => new(T0.AddTicks(i), AuditKinds.Decision, "system", $$"""{"n":{{i}}}""");
        await using var store = await files.OpenAsync();
        await store.AppendAuditAsync(Entry(0));
        var callers = AdoWriteQueue.Capacity + AdoWriteQueue.MaxBatch + 500;
        using (var holder = new SqliteConnection($"Data Source={files.Path};Pooling=False"))
        {
            holder.Open();
            Execute(holder, "BEGIN IMMEDIATE;");
            using var gaveUp = new CancellationTokenSource();
            var appends = Enumerable.Range(1, callers).Select(i => store.AppendAuditAsync(Entry(i), gaveUp.Token)).ToList();
            await gaveUp.CancelAsync();
            await Task.WhenAll(appends.Select(t => t.ContinueWith(static _ => { }, TaskScheduler.Default)));
            Execute(holder, "ROLLBACK;");
        }

        await store.AppendAuditAsync(Entry(callers + 1)); // queued behind everything that was queued
        var rows = await store.CountAuditRowsAsync();
        // The first record, the batch that was waiting for the lock, what the queue held, and the last record.
        Assert.InRange(rows, 2, 1 + AdoWriteQueue.MaxBatch + AdoWriteQueue.Capacity + 1);
        var verification = await AuditVerifier.VerifyAsync(store);
        Assert.True(verification.IsValid, verification.ToString());

        static void Execute(SqliteConnection connection, string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }

    private static MeterListener Listen(string instrument, ConcurrentBag<int> into)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (i, l) =>
            {
                if (i.Meter.Name == AirsTelemetry.Name && i.Name == instrument)
                {
                    l.EnableMeasurementEvents(i);
                }
            },
        };
        listener.SetMeasurementEventCallback<int>((_, value, _, _) => into.Add(value));
        listener.Start();
        return listener;
    }
}
