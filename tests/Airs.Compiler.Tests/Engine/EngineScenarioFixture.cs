using System.Collections.Immutable;
using Airs.Compiler.Binding;
using Airs.Compiler.Interpretation;
using Airs.Compiler.Lowering;
using Airs.Runtime.Audit;
using Airs.Runtime.Engine;
using Airs.Runtime.Judges;
using Airs.Runtime.Stores;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.AI;

namespace Airs.Compiler.Tests.Engine;

/// <summary>A real policy (compiled from .airs, run by the reference interpreter) behind a real engine on a SQLite file.</summary>
internal sealed class ScenarioEngine : IAsyncDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("airs-engine-").FullName;

    private ScenarioEngine(PolicyIR policy) => Policy = policy;

    public PolicyIR Policy { get; }

    public ManualClock Clock { get; } = new();

    public SqliteAirsStore Store { get; private set; } = null!;

    public PolicyEngine Engine { get; private set; } = null!;

    /// <summary>Judge health that reacts to a single error, so one scripted failure shows its effect on PACE.</summary>
    public static readonly PolicyEngineOptions Sensitive = new() { PacePrincipals = ["ops-lead"], JudgeErrorsBeforeFailing = 1, JudgeFailingUsers = 1 };

    public static Task<ScenarioEngine> ExampleAsync(string name, params (string Model, IChatClient Client)[] clients) =>
        ExampleAsync(name, null, clients);

    public static Task<ScenarioEngine> ExampleAsync(string name, PolicyEngineOptions options, Func<string>? ids, params (string Model, IChatClient Client)[] clients) =>
        CreateAsync(Compilation.FromFile(RepositoryPaths.Combine("policies", "examples", name + ".airs")), ids, clients, options);

    /// <param name="ids">Decision ids, e.g. ones a judge samples (sampling is deterministic from the id).</param>
    public static Task<ScenarioEngine> ExampleAsync(string name, Func<string>? ids, params (string Model, IChatClient Client)[] clients) =>
        CreateAsync(Compilation.FromFile(RepositoryPaths.Combine("policies", "examples", name + ".airs")), ids, clients, null);

    public static Task<ScenarioEngine> FromTextAsync(string text, PolicyEngineOptions options) =>
        CreateAsync(Compilation.FromText(RepositoryPaths.Combine("policies", "examples", "inline.airs"), text), null, [], options);

    public static Task<ScenarioEngine> FromTextAsync(string text, params (string Model, IChatClient Client)[] clients) =>
        CreateAsync(Compilation.FromText(RepositoryPaths.Combine("policies", "examples", "inline.airs"), text), null, clients, null);

    /// <summary>Decision ids that <paramref name="judge"/> samples at <paramref name="rate"/>.</summary>
    public static Func<string> SampledIds(string judge, double rate)
    {
        var n = 0;
        return () =>
        {
            string id;
            do
            {
                id = $"decision-{Interlocked.Increment(ref n)}";
            }
            while (!JudgeSampler.IsSampled(id, judge, rate));
            return id;
        };
    }

    private static async Task<ScenarioEngine> CreateAsync(Compilation compilation, Func<string>? ids, (string Model, IChatClient Client)[] clients,
        PolicyEngineOptions? options)
    {
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics.Select(d => d.ToString())));
        var scenario = new ScenarioEngine(compilation.Policy!);
        scenario.Store = await SqliteAirsStore.OpenAsync(Path.Combine(scenario.directory, "airs.db"));
        scenario.Engine = await PolicyEngine.CreateAsync(new InterpretedPolicy(scenario.Policy), scenario.Policy.Spec, scenario.Store,
            new DictionaryJudgeClientProvider(clients.ToDictionary(c => c.Model, c => c.Client)),
            (options ?? Sensitive) with { DecisionIds = ids }, scenario.Clock);
        return scenario;
    }

    public async Task<ImmutableArray<AuditRecord>> AuditAsync(string kind)
    {
        var records = ImmutableArray.CreateBuilder<AuditRecord>();
        await foreach (var record in Store.ReadAuditAsync())
        {
            if (record.Kind == kind)
            {
                records.Add(record);
            }
        }
        return records.ToImmutable();
    }

    public async ValueTask DisposeAsync()
    {
        await Engine.DisposeAsync();
        await Store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}

internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private long ticks = start.UtcTicks;

    public ManualClock()
        : this(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero))
    {
    }

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref ticks, by.Ticks);
}

/// <summary>A judge model that answers from a script and remembers every prompt it was shown.</summary>
internal sealed class ScriptedJudge(Func<string, string> reply) : IChatClient
{
    public List<string> Prompts { get; } = [];

    public static ScriptedJudge Always(string text) => new(_ => text);

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var prompt = string.Join("\n", messages.Select(m => m.Text));
        lock (Prompts)
        {
            Prompts.Add(prompt);
        }
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, reply(prompt))));
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
