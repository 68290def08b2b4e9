using Airs.Runtime.Sequences;

namespace Airs.Runtime.Stores;

// The tool history of sequence rules, under the store's one lock, trimmed as the database stores trim it.
public sealed partial class InMemoryAirsStore
{
    private readonly Dictionary<(string Policy, string Session), List<ToolEvent>> toolEvents = [];

    public Task RecordToolEventAsync(string policy, string session, ToolEvent toolEvent, DateTimeOffset forgetBefore, int keep, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(toolEvent);
        return Write(() =>
        {
            foreach (var (key, events) in toolEvents.Where(e => e.Key.Policy == policy).ToList())
            {
                events.RemoveAll(e => e.At < forgetBefore);
                if (events.Count == 0)
                {
                    toolEvents.Remove(key);
                }
            }
            if (!toolEvents.TryGetValue((policy, session), out var list))
            {
                toolEvents[(policy, session)] = list = [];
            }
            list.Add(toolEvent);
            if (list.Count > keep)
            {
                list.RemoveRange(0, list.Count - keep);
            }
            return true;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<ToolEvent>> ReadToolEventsAsync(string policy, string session, DateTimeOffset since, int max, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyList<ToolEvent>>(() => toolEvents.TryGetValue((policy, session), out var list)
            ? [.. list.Where(e => e.At >= since).Reverse().Take(max)]
            : [], cancellationToken);
}
