using System.Diagnostics;
using System.Globalization;
using Airs.Benchmarks.Compare;
using Airs.Runtime.AI.Guarding;
using Airs.Runtime.Engine;
using Airs.Runtime.Judges;
using Airs.Runtime.Stores;
using Microsoft.Extensions.AI;

namespace Airs.Benchmarks.Engine;

/// <summary>
/// `guarded-call-cost [calls] [store directory] [think ms]`: one call through the guarded <see cref="IChatClient"/> with a
/// tool result in its history and a tool call in its answer, so four decisions (input, tool_result, output, tool_call),
/// to a model that answers at once; the four standard packs, SQLite audit on disk (a temp directory) or in the given
/// one. Reports the call's median and p99 after a warm-up, and the store's write batches per call and those that waited
/// for the disk: what the guarded client adds to a model call, most of it the audit's commits. Then the time to the first
/// text of a streamed answer (20 chunks of a sentence each, after the model thinks for the given time, 5 ms unless
/// told), straight from the model and through the guarded client in turn, and the difference.
/// </summary>
internal static class GuardedCallCost
{
    private const string Policy = """
        policy guarded_call {
          version "1.0.0"
          tier medium
          tools ["faq.search"]
          use airs.injection
          use airs.pii
          use airs.secrets
          use airs.exfiltration
          tool "faq.search" {
            args { query: string }
          }
        }
        """;

    private static readonly ChatMessage[] Conversation =
    [
        new(ChatRole.System, "You help customers with their orders."),
        new(ChatRole.User, "What does the FAQ say about returns? My order 42 arrived damaged."),
        new(ChatRole.Assistant, [new FunctionCallContent("c1", "faq.search", new Dictionary<string, object?> { ["query"] = "returns" })]),
        new(ChatRole.Tool, [new FunctionResultContent("c1", "Damaged items can be returned within 30 days for a full refund.")]),
    ];

    public static int Run(string[] args) => RunAsync(
        args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3_000,
        args.Length > 1 && args[1] != "-" ? args[1] : null,
        TimeSpan.FromMilliseconds(args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 5)).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(int calls, string? storeDirectory, TimeSpan think)
    {
        var directory = storeDirectory ?? Directory.CreateTempSubdirectory("airs-guarded-call-").FullName;
        var storeFile = Path.Combine(directory, $"airs-guarded-call-{Guid.NewGuid():n}.db");
        try
        {
            await using var store = await SqliteAirsStore.OpenAsync(storeFile);
            using var policies = EnginePolicies.FromText("guarded_call.airs", Policy);
            await using var engine = await PolicyEngine.CreateAsync(policies.Compiled, policies.Spec, store,
                new DictionaryJudgeClientProvider(new Dictionary<string, IChatClient>()));
            var client = new AnsweringModel().WithAirsPolicy(engine);

            var first = await client.GetResponseAsync(Conversation);
            if (first.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>().Count() != 1)
            {
                throw new InvalidOperationException($"expected the answer's tool call to pass, got: {first.Text}");
            }
            for (var i = 0; i < Math.Max(500, calls / 2); i++)
            {
                await client.GetResponseAsync(Conversation); // warm-up: tiered compilation, pools
            }

            var before = store.WriteStatistics;
            var samples = new double[calls];
            for (var i = 0; i < calls; i++)
            {
                var start = Stopwatch.GetTimestamp();
                await client.GetResponseAsync(Conversation);
                samples[i] = Timing.Nanoseconds(Stopwatch.GetTimestamp() - start);
            }
            var after = store.WriteStatistics;
            Array.Sort(samples);
            Console.WriteLine($"guarded call, 4 decisions, SQLite in {directory}: median {Timing.Quantile(samples, 0.5) / 1e6:F3} ms, " +
                $"p99 {Timing.Quantile(samples, 0.99) / 1e6:F3} ms; per call {(after.Batches - before.Batches) / (double)calls:F2} write batches, " +
                $"{(after.DurableBatches - before.DurableBatches) / (double)calls:F2} durable ({calls} calls; load {Timing.LoadAverage()})");
            await TimeToFirstTextAsync(engine, Math.Max(100, calls / 5), think);
        }
        finally
        {
            foreach (var file in Directory.GetFiles(directory, Path.GetFileName(storeFile) + "*"))
            {
                File.Delete(file);
            }
            if (storeDirectory is null)
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        return 0;
    }

    /// <summary>A streamed answer's first text, straight from a model that thinks first and through the guarded client, in turn.</summary>
    private static async Task TimeToFirstTextAsync(PolicyEngine engine, int streams, TimeSpan think)
    {
        IChatClient model = new StreamingModel(think);
        var guarded = model.WithAirsPolicy(engine);
        ChatMessage[] question = [new(ChatRole.User, "When will my order 42 arrive?")];
        var samples = new[] { new double[streams], new double[streams] };
        for (var i = -streams / 2; i < streams; i++) // the first half a warm-up
        {
            for (var way = 0; way < 2; way++)
            {
                var start = Stopwatch.GetTimestamp();
                var first = 0L;
                await foreach (var update in (way == 0 ? model : guarded).GetStreamingResponseAsync(question))
                {
                    first = first == 0 && update.Text.Length > 0 ? Stopwatch.GetTimestamp() - start : first;
                }
                if (i >= 0)
                {
                    samples[way][i] = Timing.Nanoseconds(first);
                }
            }
        }
        Array.Sort(samples[0]);
        Array.Sort(samples[1]);
        string Ms(double[] s, double q) => (Timing.Quantile(s, q) / 1e6).ToString("F3", CultureInfo.InvariantCulture);
        Console.WriteLine($"streamed, model thinking {think.TotalMilliseconds} ms: time to first text straight {Ms(samples[0], 0.5)} / {Ms(samples[0], 0.99)} ms, " +
            $"guarded {Ms(samples[1], 0.5)} / {Ms(samples[1], 0.99)} ms (median / p99), added " +
            $"{(Timing.Quantile(samples[1], 0.5) - Timing.Quantile(samples[0], 0.5)) / 1e6:F3} / " +
            $"{(Timing.Quantile(samples[1], 0.99) - Timing.Quantile(samples[0], 0.99)) / 1e6:F3} ms ({streams} streams each way)");
    }

    /// <summary>A model that thinks, then streams twenty sentences as fast as it is read.</summary>
    private sealed class StreamingModel(TimeSpan think) : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("this model only streams");

        public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
            [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await Task.Delay(think, cancellationToken);
            for (var i = 0; i < 20; i++)
            {
                yield return new ChatResponseUpdate(ChatRole.Assistant, $"Step {i} of the delivery is on time. ") { MessageId = "m1" };
            }
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }

    /// <summary>A model that answers at once with a sentence and one tool call.</summary>
    private sealed class AnsweringModel : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant,
            [
                new TextContent("Damaged items can go back within 30 days; I will look up the label for order 42."),
                new FunctionCallContent("c2", "faq.search", new Dictionary<string, object?> { ["query"] = "return label" }),
            ]))
            { FinishReason = ChatFinishReason.ToolCalls });

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
            CancellationToken cancellationToken = default) => throw new NotSupportedException("this benchmark does not stream");

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
