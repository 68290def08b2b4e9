using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;
using Airs.Runtime.Judges;
using Airs.Runtime.Stores;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.AI;

namespace Airs.Benchmarks.Engine;

/// <summary>
/// One output decision through the whole <see cref="PolicyEngine"/>: gate, the PII and secrets packs, a blocking
/// judge sampled at 100 % (a stub chat client that answers "pass" at once), breakers, PACE, and the audit record
/// appended to SQLite in a temp directory. What a decision costs on top of the model call. The second benchmark is
/// the same decision with the audit record chained in memory instead (<see cref="AuditInMemory"/>): the difference
/// is the durable write.
/// </summary>
[MemoryDiagnoser]
public class EngineDecisionBenchmarks
{
    public const string Policy = """"
        policy engine_bench {
          version "1.0.0"
          tier critical
          model "judge"
          use airs.pii
          use airs.secrets

          judge grounded on output {
            model "judge"
            sample { low: 100%, medium: 100%, high: 100%, critical: 100% }
            timeout 1500ms
            blocking
            prompt """
              Is the ANSWER supported by the SOURCES? Reply as JSON
              {"verdict": "pass" | "fail", "confidence": 0..1, "reason": "..."}.
              SOURCES: {{ retrieval.text }}
              ANSWER: {{ output.text }}
              """
            on fail block "We could not verify this answer."
          }

          breaker violations {
            trip when blocked >= 20 within 5m per user
            cooldown 10m
            fallback "Our assistant is offline."
          }
        }
        """";

    private EnginePolicies _engines = null!;
    private SqliteAirsStore _store = null!;
    private PolicyEngine _engine = null!;
    private PolicyEngine _engineWithoutDurableWrite = null!;
    private string _directory = "";
    public RequestContext Context { get; } = new()
    {
        OutputText = "Your contactless limit is 100 GBP per payment; you can raise it in the app under Cards > Limits.",
        RetrievalText = "Contactless payments are limited to 100 GBP each. Customers change limits in the app (Cards > Limits).",
        UserId = "u-1",
        SessionId = "s-1",
    };

    // Synchronous on purpose: BenchmarkDotNet's in-process toolchain does not await an async [GlobalSetup].
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _engines = EnginePolicies.FromText("engine_bench.airs", Policy);
        _directory = Directory.CreateTempSubdirectory("airs-bench-").FullName;
        _store = await SqliteAirsStore.OpenAsync(Path.Combine(_directory, "airs.db"));
        var judges = new DictionaryJudgeClientProvider(new Dictionary<string, IChatClient> { ["judge"] = new PassingJudge() });
        _engine = await PolicyEngine.CreateAsync(_engines.Compiled, _engines.Spec, _store, judges);
        _engineWithoutDurableWrite = await PolicyEngine.CreateAsync(_engines.Compiled, _engines.Spec, new AuditInMemory(_store), judges);
        foreach (var engine in new[] { _engine, _engineWithoutDurableWrite })
        {
            var first = await engine.DecideAsync(Stage.Output, Context);
            if (first.Outcome != Outcome.Allow)
            {
                throw new InvalidOperationException($"the engine benchmark expects an allowed decision, got {first.Outcome}");
            }
        }
    }

    private async Task CleanupAsync()
    {
        await _engine.DisposeAsync();
        await _engineWithoutDurableWrite.DisposeAsync();
        await _store.DisposeAsync();
        _engines.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark]
    public async Task<Outcome> DecideOutputWithJudge() => (await _engine.DecideAsync(Stage.Output, Context)).Outcome;

    [Benchmark]
    public async Task<Outcome> DecideOutputWithJudgeWithoutDurableWrite() =>
        (await _engineWithoutDurableWrite.DecideAsync(Stage.Output, Context)).Outcome;

    /// <summary>Answers every prompt with a passing verdict, at once.</summary>
    internal sealed class PassingJudge : IChatClient
    {
        // One finished task for every call: the stub's own allocation is not the engine's.
        private static readonly Task<ChatResponse> Verdict = Task.FromResult(
            new ChatResponse(new ChatMessage(ChatRole.Assistant, """{"verdict": "pass", "confidence": 0.95, "reason": "supported"}""")));

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            Verdict;

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("the stub judge does not stream");

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
