using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Airs.Compiler.Binding;
using Airs.Compiler.Interpretation;
using Airs.Compiler.Lowering;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;
using Airs.Runtime.Functions;
using Airs.Runtime.Judges;
using Airs.Runtime.Policy;
using Airs.Runtime.Stores;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.AI;
using Outcome = Airs.Runtime.Decisions.Outcome;

namespace Airs.Compiler.Tests.Engine;

/// <summary>
/// One semantics: the same policies and contexts decided by <c>airs test</c>'s path (<see cref="PolicyTestRunner"/> with
/// stubbed verdicts) and by a real <see cref="PolicyEngine"/> on a SQLite file whose judge models answer from a
/// script (pass, fail, low confidence, timeout, garbage, an exception) must agree on the outcome, the message, the
/// findings and the review queue. Production runs a judge only when sampled and at PACE level primary; the test
/// samples every judge and starts each decision on a fresh store, so only the semantics can differ.
/// </summary>
public sealed class JudgeSemanticsDifferentialTests
{
    /// <summary>What a scripted judge model does, and the stub that says the same in an <c>airs test</c>.</summary>
    public enum Script
    {
        Pass,
        PassWithLowConfidence,
        Fail,
        FailWithLowConfidence,
        Timeout,
        Garbage,
        Exception,
    }

    private static readonly Script[] Answers = Enum.GetValues<Script>();

    private static JudgeVerdict StubOf(Script script) => script switch
    {
        Script.Pass or Script.PassWithLowConfidence => JudgeVerdict.Pass,
        Script.Fail or Script.FailWithLowConfidence => JudgeVerdict.Fail,
        Script.Timeout => JudgeVerdict.Timeout,
        _ => JudgeVerdict.Error,
    };

    private static Script ScriptOf(JudgeVerdict stub) => stub switch
    {
        JudgeVerdict.Pass => Script.Pass,
        JudgeVerdict.Fail => Script.Fail,
        JudgeVerdict.Timeout => Script.Timeout,
        _ => Script.Garbage,
    };

    public static TheoryData<string> RepositoryPolicies() =>
        [.. Directory.EnumerateFiles(RepositoryPaths.Combine("policies"), "*.airs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepositoryPaths.Combine("policies"), f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    /// <summary>
    /// Every test block of every policy and pack in <c>policies/</c>, with its own stubs, and again with each judge of
    /// its stage answering every way a model can.
    /// </summary>
    [Theory]
    [MemberData(nameof(RepositoryPolicies))]
    public async Task The_repository_policies_decide_the_same_in_airs_test_and_in_the_engine(string file)
    {
        var compilation = Compilation.FromFile(RepositoryPaths.Combine("policies", file));
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics.Select(d => d.ToString())));
        var policy = Scriptable(compilation.Policy!);

        var cases = new List<(TestIR Test, ImmutableDictionary<string, Script> Scripts)>();
        foreach (var test in policy.Tests.Where(t => t.Options is null || t.Options == EvaluationOptions.Default))
        {
            var own = policy.JudgesFor(test.Stage).ToImmutableDictionary(j => j.Name,
                j => test.JudgeStubs.TryGetValue(j.Name, out var stub) ? ScriptOf(stub) : Script.Pass);
            cases.Add((test, own));
            foreach (var judge in policy.JudgesFor(test.Stage))
            {
                cases.AddRange(Answers.Select(answer => (test, own.SetItem(judge.Name, answer))));
            }
        }
        Assert.NotEmpty(cases);
        foreach (var (test, scripts) in cases)
        {
            await AssertSameDecisionAsync(policy, test, scripts);
        }
    }

    /// <summary>
    /// Generated policies over every tier, judge mode, <c>blocking</c>, challenger, <c>on fail</c> and <c>on error</c>, judges
    /// with and without an intent (and its <c>evaluate</c>), judges that read the acting agent's intent, and every
    /// <c>workflow.point</c> a request can be at.
    /// </summary>
    [Fact]
    public void Generated_policies_decide_the_same_in_airs_test_and_in_the_engine()
    {
        string[] tiers = ["low", "medium", "high", "critical"];
        string[] guards = ["", "flag \"guarded\"", "block \"guarded\"", "escalate r"];
        string[] onFail = ["", "on fail block \"failed\"", "on fail flag \"failed\"", "on fail escalate r", "on fail halt", "on fail pace alternate", "on fail allow"];
        string[] onError = ["", "on error allow", "on error flag \"down\"", "on error block \"down\"", "on error escalate r", "on error halt", "on error pace alternate"];
        string[] frequencies = ["every_action", "per_phase", "after_execution"];
        var judge = from mode in Gen.Elements("", "mode detect")
                    from blocking in Gen.Elements("blocking", "blocking", "")
                    from challenger in Gen.Elements("", "", "challenger \"second\"")
                    from fail in Gen.Elements(onFail)
                    from error in Gen.Elements(onError)
                    from intent in Gen.Elements(frequencies.Select(f => $"intent {{ goal \"grade\"  evaluate {f} }}").Concat(["", "", "intent { goal \"grade\" }"]).ToArray())
                    from readsAgent in Gen.Elements(false, false, true)
                    from answer in Gen.Elements(Answers)
                    select (Text: string.Join("\n    ", new[] { mode, blocking, challenger, fail, error }.Where(s => s.Length > 0)), Intent: intent,
                        ReadsAgent: readsAgent, Answer: answer);
        var cases = (from tier in Gen.Elements(tiers)
                     from guard in Gen.Elements(guards)
                     from judges in Gen.ListOf(judge).Select(j => j.Take(3).ToArray())
                     from text in Gen.Elements("a fine answer", "a bad answer")
                     from agentEvaluates in Gen.Elements(frequencies)
                     from point in Gen.Elements("", "action", "phase_end", "workflow_end")
                     select (tier, guard, judges, text, agentEvaluates, point)).ToArbitrary();

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(60), Prop.ForAll(cases, c =>
        {
            var allowed = EvaluationFrequencies.AllowedFor(Tiers.Table.ByKeyword[c.tier]).Select(f => f.ToKeyword()).ToHashSet();
            bool Fits(string intent) => !frequencies.Any(f => intent.Contains(f, StringComparison.Ordinal) && !allowed.Contains(f));
            var agentIntent = allowed.Contains(c.agentEvaluates) ? $"intent {{ goal \"help\"  evaluate {c.agentEvaluates} }}" : "intent { goal \"help\" }";
            var source = $$"""
                policy generated {
                  version "1.0.0"
                  tier {{c.tier}}
                  model "judge"
                  model "second"
                  review r { sla 1h }
                  agent a { {{agentIntent}} }
                  pace {
                    alternate when judge.failing { judges off }
                  }
                {{(c.guard.Length == 0 ? "" : $"  guard g on output {{\n    when output.text contains \"bad\"\n    {c.guard}\n  }}\n")}}
                {{string.Concat(c.judges.Select((j, i) => $"  judge j{i} on output {{\n    model \"judge\"\n    {j.Text}\n    {(Fits(j.Intent) ? j.Intent : "")}\n    prompt \"\"\"\n      Is this fine? {(j.ReadsAgent ? "GOAL: {{ agent.intent.goal }} " : "")}{{{{ output.text }}}}\n      \"\"\"\n  }}\n"))}}
                }
                """;
            var compilation = Compilation.FromText(RepositoryPaths.Combine("policies", "generated.airs"), source);
            Assert.False(compilation.HasErrors, source + "\n" + string.Join("\n", compilation.Diagnostics.Select(d => d.ToString())));
            var policy = Scriptable(compilation.Policy!);
            var scripts = c.judges.Select((j, i) => (Name: $"j{i}", j.Answer)).ToImmutableDictionary(p => p.Name, p => p.Answer);
            var test = new TestIR("generated", Stage.Output, new RequestContext { InputText = "a question", OutputText = c.text, AgentId = "a", WorkflowPoint = c.point },
                scripts.ToImmutableDictionary(p => p.Key, p => StubOf(p.Value)), Outcome.Allow, null, 1);
            AssertSameDecisionAsync(policy, test, scripts).GetAwaiter().GetResult();
            return true;
        }));
    }

    /// <summary>
    /// Gives each judge (and challenger) its own model name, so each can be scripted alone, and samples every judge.
    /// Both paths get this same spec.
    /// </summary>
    private static PolicyIR Scriptable(PolicyIR policy) => policy with
    {
        Spec = policy.Spec with
        {
            Judges = [.. policy.Spec.Judges.Select(j => j with
            {
                Model = $"{j.Name}-model",
                ChallengerModel = j.ChallengerModel is null ? null : $"{j.Name}-challenger",
                SampleRate = 1,
            })],
        },
    };

    private static async Task AssertSameDecisionAsync(PolicyIR policy, TestIR test, ImmutableDictionary<string, Script> scripts)
    {
        var stubs = scripts.ToImmutableDictionary(s => s.Key, s => StubOf(s.Value));
        var run = PolicyTestRunner.Run(policy with { Tests = [test with { JudgeStubs = stubs }] });
        var expected = Describe(run.Results[0].Evaluation, policy.Spec);

        var directory = Directory.CreateTempSubdirectory("airs-differential-").FullName;
        try
        {
            var clients = new Dictionary<string, IChatClient>();
            foreach (var judge in policy.Spec.Judges)
            {
                var script = scripts.GetValueOrDefault(judge.Name, Script.Pass);
                clients[judge.Model] = new ScriptedModel(script);
                if (judge.ChallengerModel is { } challenger)
                {
                    clients[challenger] = new ScriptedModel(script);
                }
            }
            await using var store = await SqliteAirsStore.OpenAsync(Path.Combine(directory, "airs.db"));
            Decided actual;
            var clock = new ManualClock(PolicyTestRunner.ClockStart);
            await using (var engine = await PolicyEngine.CreateAsync(new InterpretedPolicy(policy), policy.Spec, store,
                new DictionaryJudgeClientProvider(clients), new PolicyEngineOptions(), clock))
            {
                // A test's earlier requests and waits, as `airs test` runs them (limits count them).
                foreach (var step in test.Steps)
                {
                    clock.Advance(step.Wait);
                    for (var i = 0; i < step.Times; i++)
                    {
                        await engine.DecideAsync(step.Stage, step.Context);
                    }
                }
                var decision = await engine.DecideAsync(test.Stage, test.Context);
                var queue = decision.ReviewTicketId is { } ticket ? (await engine.GetTicketAsync(ticket))!.Review : null;
                actual = new Decided(decision.Outcome, decision.Message, [.. decision.Findings.Select(Line)], queue);
                await engine.WhenIdleAsync();
            }

            var context = $"{policy.Spec.Name}: test `{test.Name}` with {string.Join(", ", scripts.OrderBy(s => s.Key).Select(s => $"{s.Key}={s.Value}"))}";
            Assert.True(expected == actual, $"{context}\n  airs test: {expected}\n  engine:    {actual}");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>
    /// What <c>airs test</c> decided, as the engine's decision reads: judges that are not <c>blocking</c> run after the
    /// decision in production, so their findings are not part of it; an escalation goes to its queue.
    /// </summary>
    private static Decided Describe(Evaluation evaluation, PolicySpec spec)
    {
        var background = spec.Judges.Where(j => !j.Blocking).Select(j => j.Name).ToHashSet(StringComparer.Ordinal);
        var queue = evaluation.Outcome == Outcome.Escalate
            ? evaluation.Escalations.FirstOrDefault() ?? spec.Reviews.FirstOrDefault()?.Name
            : null;
        return new Decided(evaluation.Outcome, evaluation.Message,
            [.. evaluation.Findings.Where(f => !(f.Layer == Layer.Judge && background.Contains(f.Control))).Select(Line)], queue);
    }

    /// <summary>
    /// A finding as one comparable line. Why a judge errored (a stub says only `error`; a model throws or babbles in its
    /// own words) is normalised; what the error leads to is compared exactly.
    /// </summary>
    private static string Line(Finding f) =>
        $"{f.ControlId}|{f.Control}|{f.Layer}|{f.Outcome.ToKeyword()}|{f.Mode}|{ErrorDetail.Replace(f.Message, "$1 (error): …; $2")}|{string.Join(",", f.Evidence)}";

    private static readonly Regex ErrorDetail = new(@"^(judge `[^`]+` could not decide) \((?:exception|unparseable verdict)\): .*; (\w+ by [^;]*)$",
        RegexOptions.NonBacktracking | RegexOptions.Singleline);

    private sealed record Decided(Outcome Outcome, string? Message, ImmutableArray<string> Findings, string? Queue)
    {
        public bool Equals(Decided? other) =>
            other is not null && Outcome == other.Outcome && Message == other.Message && Queue == other.Queue && Findings.SequenceEqual(other.Findings);

        public override int GetHashCode() => HashCode.Combine(Outcome, Message, Queue);

        public override string ToString() =>
            $"{Outcome.ToKeyword()} message={Message ?? "-"} queue={Queue ?? "-"} findings=[{string.Join("; ", Findings)}]";
    }

    /// <summary>A judge model that answers one way, as a real one can: a verdict, a timeout, prose, an exception.</summary>
    private sealed class ScriptedModel(Script script) : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            script switch
            {
                Script.Pass => Reply("""{"verdict": "pass"}"""),
                Script.PassWithLowConfidence => Reply("""{"verdict": "pass", "confidence": 0.02}"""),
                Script.Fail => Reply("""{"verdict": "fail"}"""),
                Script.FailWithLowConfidence => Reply("""{"verdict": "fail", "confidence": 0.02}"""),
                // What HttpClient throws when its own timeout passes.
                Script.Timeout => Task.FromException<ChatResponse>(new TaskCanceledException("the request timed out", new TimeoutException())),
                Script.Garbage => Reply("Looks fine to me, I suppose."),
                Script.Exception => Task.FromException<ChatResponse>(new HttpRequestException("connection refused")),
                _ => throw new ArgumentOutOfRangeException(nameof(script)),
            };

        private static Task<ChatResponse> Reply(string text) => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, text)));

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
