using System.Data.Common;
using Airs.Runtime.Sequences;

namespace Airs.Runtime.Stores;

// The tool history of sequence rules: one table, trimmed by every write, so it stays small.
public abstract partial class AdoAirsStore
{
    public Task RecordToolEventAsync(string policy, string session, ToolEvent toolEvent, DateTimeOffset forgetBefore, int keep, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(toolEvent);
        return WriteAsync(async transaction =>
        {
            await using (var insert = Command(transaction, ToolHistorySql.Insert))
            {
                AddSession(insert, policy, session);
                Add(insert, "tool", toolEvent.Tool);
                Add(insert, "agent", toolEvent.Agent);
                Add(insert, "args", toolEvent.ArgsJson());
                Add(insert, "at", toolEvent.At.UtcTicks);
                await insert.ExecuteNonQueryAsync().ConfigureAwait(false);
            }
            await using (var forget = Command(transaction, ToolHistorySql.ForgetExpired))
            {
                Add(forget, "policy", policy);
                Add(forget, "forget_before", forgetBefore.UtcTicks);
                await forget.ExecuteNonQueryAsync().ConfigureAwait(false);
            }
            await using var trim = Command(transaction, ToolHistorySql.KeepNewest);
            AddSession(trim, policy, session);
            Add(trim, "keep", (long)keep);
            return await trim.ExecuteNonQueryAsync().ConfigureAwait(false);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<ToolEvent>> ReadToolEventsAsync(string policy, string session, DateTimeOffset since, int max, CancellationToken cancellationToken = default) =>
        ReadAllAsync(ToolHistorySql.Select, command =>
        {
            AddSession(command, policy, session);
            Add(command, "since", since.UtcTicks);
            Add(command, "max", (long)max);
        }, ReadToolEvent, cancellationToken);

    private static void AddSession(DbCommand command, string policy, string session)
    {
        Add(command, "policy", policy);
        Add(command, "session", session);
    }

    // Time checks the ticks: an edited row is a store that cannot be read (FormatException), not an ArgumentOutOfRangeException.
    private static ToolEvent ReadToolEvent(DbDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), ToolEvent.ParseArgs(reader.GetString(2)), Time(reader.GetInt64(3)));
}
