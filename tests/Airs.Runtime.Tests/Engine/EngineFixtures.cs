using System.Collections.Immutable;
using Airs.Runtime.Audit;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;
using Airs.Runtime.Judges;
using Airs.Runtime.Policy;
using Airs.Runtime.Stores;
using Airs.Runtime.Tests.Stores;
using Microsoft.Extensions.AI;
using FakeClock = Airs.Runtime.Tests.Bundles.FakeTimeProvider;

namespace Airs.Runtime.Tests.Engine;

/// <summary>Deterministic controls as a script: whatever a test needs the guardrails to say.</summary>
internal sealed class ScriptedPolicy(Func<Stage, RequestContext, EvaluationOptions, Evaluation> evaluate) : ICompiledPolicy
{
    private int calls;

    public int Calls => calls;

    public EvaluationOptions? LastOptions { get; private set; }

    public Evaluation Evaluate(Stage stage, RequestContext context, EvaluationOptions options)
    {
        Interlocked.Increment(ref calls);
        LastOptions = options;
        return evaluate(stage, context, options);
    }

    public static ScriptedPolicy AllowAll() => new((_, _, _) => Evaluation.Allowed);

    /// <summary>Fires one guard when the stage's text contains <paramref name="word"/>.</summary>
    public static ScriptedPolicy When(string word, Outcome outcome, ControlMode mode = ControlMode.Enforce, string? message = null, string? review = null) =>
        new((stage, ctx, options) =>
        {
            var builder = new EvaluationBuilder();
            if (StageText.Read(stage, ctx).Contains(word, StringComparison.Ordinal))
            {
                var effective = options.EnforceAll ? ControlMode.Enforce : mode;
                builder.Fire(new Finding("GR-" + word, "guard_" + word, Layer.Guardrail, outcome, effective, $"`guard_{word}` asks to {outcome.ToKeyword()}", []),
                    message, review);
            }
            return builder.Build();
        });
}

internal static class EngineSpecs
{
    public const string Queue = "support_review";
    public static readonly TimeSpan Sla = TimeSpan.FromHours(4);

    public static PolicySpec Spec(
        Tier tier = Tier.High,
        ImmutableArray<JudgeSpec>? judges = null,
        ImmutableArray<BreakerSpec>? breakers = null,
        ImmutableArray<PaceStateSpec>? pace = null,
        ImmutableArray<ReviewSpec>? reviews = null) =>
        new("engine_test", "1.2.3", tier, null, ["judge", "challenger"], judges ?? [],
            reviews ?? [new ReviewSpec(Queue, Sla, new ActionSpec(Outcome.Block, "We couldn't verify this answer in time."))],
            breakers ?? [], [], [], [], pace ?? []);

    public static BreakerSpec Breaker(string name, BreakerCounter counter, int threshold, BreakerScope scope,
        TimeSpan? window = null, TimeSpan? cooldown = null, string fallback = "offline") =>
        new(name, counter, threshold, window ?? TimeSpan.FromMinutes(5), scope, cooldown ?? TimeSpan.FromMinutes(10), fallback);

    public static JudgeSpec Judge(
        string name = "grounded",
        bool blocking = true,
        double sample = 1.0,
        string? challenger = null,
        ActionSpec? onFail = null,
        ActionSpec? onError = null,
        ControlMode mode = ControlMode.Enforce,
        TimeSpan? timeout = null) =>
        new(name, "JG-" + name, Stage.Output, mode, "judge", challenger, sample, timeout ?? TimeSpan.FromMilliseconds(1500), blocking,
            "Is the ANSWER supported?\nSOURCES: {{ retrieval.text }}\nANSWER: {{ output.text }}",
            onFail ?? new ActionSpec(Outcome.Escalate, Review: Queue), onError ?? new ActionSpec(Outcome.Allow), []);

    public static PaceStateSpec Level(PaceLevel level, PaceTrigger? trigger, string? fallback, params PaceAction[] actions) =>
        new(level, trigger is null, trigger is null ? [] : [trigger], [.. actions], fallback);

    public static RequestContext Input(string text, string user = "alice", string session = "s1") =>
        new() { InputText = text, UserId = user, SessionId = session };

    public static RequestContext Output(string text, string user = "alice", string retrieval = "Refund 40 EUR issued on 3 May.") =>
        new() { OutputText = text, RetrievalText = retrieval, UserId = user, SessionId = "s1" };
}

/// <summary>An engine over a real SQLite file in a temp directory, with a manual clock.</summary>
internal sealed class EngineHarness : IAsyncDisposable
{
    private readonly TempStore files = new();

    private EngineHarness(FakeClock clock) => Clock = clock;

    /// <summary>Judge health that reacts to a single error, so one scripted failure shows its effect on PACE.</summary>
    public static readonly PolicyEngineOptions Sensitive = new() { PacePrincipals = ["ops-lead"], JudgeErrorsBeforeFailing = 1, JudgeFailingUsers = 1 };

    public FakeClock Clock { get; }

    public SqliteAirsStore Store { get; private set; } = null!;

    public PolicyEngine Engine { get; private set; } = null!;

    public Dictionary<string, IChatClient> Clients { get; } = new(StringComparer.Ordinal);

    public string StorePath => files.Path;

    public static async Task<EngineHarness> CreateAsync(ICompiledPolicy policy, PolicySpec spec, PolicyEngineOptions? options = null,
        params (string Model, IChatClient Client)[] clients)
    {
        var harness = new EngineHarness(new FakeClock());
        foreach (var (model, client) in clients)
        {
            harness.Clients[model] = client;
        }
        harness.Store = await harness.files.OpenAsync();
        harness.Engine = await PolicyEngine.CreateAsync(policy, spec, harness.Store, new DictionaryJudgeClientProvider(harness.Clients),
            options ?? Sensitive, harness.Clock);
        return harness;
    }

    public Task<System.Collections.Immutable.ImmutableArray<AuditRecord>> AuditAsync(string? kind = null) =>
        kind is null ? AuditReading.AllAsync(Store) : AuditReading.OfKindAsync(Store, kind);

    public long Scalar(string sql) => Convert.ToInt64(files.Scalar(sql), System.Globalization.CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        await Engine.DisposeAsync();
        await Store.DisposeAsync();
        await files.DisposeAsync();
    }
}

/// <summary>Scripted judge clients for the engine's fault-injection tests.</summary>
internal static class Models
{
    public const string Pass = """{"verdict": "pass", "confidence": 0.9, "reason": "supported by the sources"}""";
    public const string Fail = """{"verdict": "fail", "confidence": 0.8, "reason": "the amount is not in the sources"}""";

    public static Judges.ScriptedChatClient Replying(string text) => Judges.ScriptedChatClient.Replying(text);

    /// <summary>Signals when called, then waits for the token (the judge's timeout) to cancel it.</summary>
    public static (Judges.ScriptedChatClient Client, TaskCompletionSource Called) HangingUntilCancelled()
    {
        var called = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var client = new Judges.ScriptedChatClient(async (_, _, ct) =>
        {
            called.TrySetResult();
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("unreachable");
        });
        return (client, called);
    }
}
