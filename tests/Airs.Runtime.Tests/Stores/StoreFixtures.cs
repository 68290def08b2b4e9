using System.Collections.Immutable;
using Airs.Runtime.Audit;
using Airs.Runtime.Stores;
using Microsoft.Data.Sqlite;

namespace Airs.Runtime.Tests.Stores;

/// <summary>A clock that moves only when told to.</summary>
internal sealed class FakeTimeProvider(DateTimeOffset start) : TimeProvider
{
    private long ticks = start.UtcTicks;

    public FakeTimeProvider() : this(new DateTimeOffset(2026, 1, 15, 9, 0, 0, TimeSpan.Zero))
    {
    }

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref ticks, by.Ticks);
}

/// <summary>A SQLite store file in its own temp directory, deleted afterwards.</summary>
internal sealed class TempStore : IAsyncDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("airs-store-").FullName;

    public string Path => System.IO.Path.Combine(directory, "airs.db");

    public Task<SqliteAirsStore> OpenAsync() => SqliteAirsStore.OpenAsync(Path);

    public Task<SqliteAirsStore> OpenAsync(AuditKey? key) => SqliteAirsStore.OpenAsync(Path, key);

    /// <summary>Runs raw SQL against the file, as an attacker with file access could.</summary>
    public void Tamper(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete; " + sql;
        command.ExecuteNonQuery();
    }

    public object? Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
        return ValueTask.CompletedTask;
    }
}

internal static class AuditReading
{
    public static async Task<ImmutableArray<AuditRecord>> AllAsync(IAuditStore store)
    {
        var records = ImmutableArray.CreateBuilder<AuditRecord>();
        await foreach (var record in store.ReadAuditAsync())
        {
            records.Add(record);
        }

        return records.ToImmutable();
    }

    public static async Task<ImmutableArray<AuditRecord>> OfKindAsync(IAuditStore store, string kind) =>
        [.. (await AllAsync(store)).Where(r => r.Kind == kind)];
}
