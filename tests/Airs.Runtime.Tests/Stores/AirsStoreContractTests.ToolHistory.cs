using System.Collections.Immutable;
using Airs.Runtime.Sequences;

namespace Airs.Runtime.Tests.Stores;

// The tool history of sequence rules (issue 17.3), the same on every store.
public abstract partial class AirsStoreContractTests
{
    private static ToolEvent ToolCall(string orderId, DateTimeOffset at, string agent = "executor") =>
        new("orders.lookup", agent, ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("order_id", orderId)]), at);

    [StoreFact]
    public async Task ToolEventsAreReadNewestFirstFromTheWindowPerSessionAndSurviveReopening()
    {
        await using (var store = await OpenAsync())
        {
            for (var i = 0; i < 3; i++)
            {
                await store.RecordToolEventAsync("p", "s1", ToolCall($"A-{i}", T0.AddMinutes(i)), T0, keep: 10);
            }
            await store.RecordToolEventAsync("p", "s2", ToolCall("B-1", T0.AddMinutes(3)), T0, keep: 10);
            await store.RecordToolEventAsync("q", "s1", ToolCall("C-1", T0.AddMinutes(3)), T0, keep: 10);
        }
        await using (var store = await OpenAsync())
        {
            var events = await store.ReadToolEventsAsync("p", "s1", T0.AddMinutes(1), max: 10);
            Assert.Equal([ToolCall("A-2", T0.AddMinutes(2)), ToolCall("A-1", T0.AddMinutes(1))], events, new ToolEventComparer());
            Assert.Single(await store.ReadToolEventsAsync("p", "s1", T0, max: 1));
        }
    }

    [StoreFact]
    public async Task ToolHistoryKeepsTheNewestPerSessionAndForgetsExpiredEventsOfEverySession()
    {
        await using var store = await OpenAsync();
        for (var i = 0; i < 5; i++)
        {
            await store.RecordToolEventAsync("p", "s1", ToolCall($"A-{i}", T0.AddMinutes(i)), T0, keep: 3);
        }
        Assert.Equal(["A-4", "A-3", "A-2"], (await store.ReadToolEventsAsync("p", "s1", T0, 10)).Select(e => e.Args["order_id"]));

        // A record in another session forgets the policy's events older than its window, in every session.
        await store.RecordToolEventAsync("p", "s2", ToolCall("B-1", T0.AddHours(2)), T0.AddHours(1), keep: 3);
        Assert.Empty(await store.ReadToolEventsAsync("p", "s1", DateTimeOffset.MinValue.AddYears(1), 10));
    }

    [StoreFact]
    public async Task ConcurrentToolEventsKeepExactlyTheBound()
    {
        await using var store = await OpenAsync();
        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() =>
            store.RecordToolEventAsync("p", "busy", ToolCall($"A-{i}", T0.AddSeconds(i)), T0, keep: 50))));
        Assert.Equal(50, (await store.ReadToolEventsAsync("p", "busy", T0, 1_000)).Count);
    }

    private sealed class ToolEventComparer : IEqualityComparer<ToolEvent>
    {
        public bool Equals(ToolEvent? x, ToolEvent? y) =>
            x is not null && y is not null && (x.Tool, x.Agent, x.At) == (y.Tool, y.Agent, y.At) && x.Args.SequenceEqual(y.Args);

        public int GetHashCode(ToolEvent obj) => HashCode.Combine(obj.Tool, obj.At);
    }
}
