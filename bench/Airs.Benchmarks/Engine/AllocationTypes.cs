using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace Airs.Benchmarks.Engine;

/// <summary>
/// The runtime's allocation sampling (an event about every 100 KB, naming the type that crossed the line) summed by
/// type: over thousands of decisions the counts say which types a decision allocates, in proportion to their bytes.
/// </summary>
internal sealed class AllocationTypes : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<string, int> samples = new(StringComparer.Ordinal);

    public bool Recording { get; set; }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (Recording && e.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) == true && e.Payload is { } payload)
        {
            var index = e.PayloadNames!.IndexOf("TypeName");
            var type = index >= 0 ? payload[index] as string ?? "?" : "?";
            samples.AddOrUpdate(type, 1, (_, n) => n + 1);
        }
    }

    public void Clear() => samples.Clear();

    public string Top(int count) =>
        string.Join(Environment.NewLine, samples.OrderByDescending(s => s.Value).Take(count).Select(s => $"  {s.Value,6}  {s.Key}"));
}
