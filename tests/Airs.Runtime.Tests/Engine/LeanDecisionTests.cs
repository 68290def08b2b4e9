using System.Collections.Frozen;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Airs.Runtime.Audit;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;
using Airs.Runtime.Judges;
using Airs.Runtime.Policy;
using Airs.Runtime.Stores;
using Airs.Runtime.Tests.Stores;
using static Airs.Runtime.Tests.Engine.EngineSpecs;

namespace Airs.Runtime.Tests.Engine;

/// <summary>
/// The decision's own cost (issue 21, item 2) without changing what it writes: the audit payload from the pooled
/// writer reads as the JSON document it replaced, the chain hash is the one records already carry, and the default
/// decision ids keep their form while costing one string.
/// </summary>
public sealed class LeanDecisionTests
{
    private static readonly DateTimeOffset T0 = new(638_000_000_000_000_000, TimeSpan.Zero);

    [Fact]
    public void The_chain_hash_is_the_one_stored_records_carry()
    {
        // Computed outside .NET (Python hashlib) over the documented encoding: old records must keep verifying.
        Assert.Equal("e552575f74a4d686377756c83d22516cf00cf1da9b1a638b994add1d667f7005",
            AuditHash.Compute(7, T0, "decision", "system", """{"a":"é→𝄞"}""", AuditHash.Genesis));
        // The engine's own entries carry the UTF-8 its writer wrote; chained, they hash as the text.
        Assert.Equal("e552575f74a4d686377756c83d22516cf00cf1da9b1a638b994add1d667f7005",
            AuditRecord.Chain(6, AuditHash.Genesis, new AuditEntry(T0, "decision", "system", """{"a":"é→𝄞"}"""u8.ToArray())).Hash);
    }

    [Fact]
    public void A_long_text_hashes_as_its_utf8_bytes()
    {
        Assert.Equal("c59d3c0480cc2d71d8f646e735e92da65450311eec46e81a5db8c7e6e8a92054", StageText.Sha256(new string('x', 5000)));
    }

    [Fact]
    public async Task The_decision_payload_reads_as_the_document_it_replaced()
    {
        var spec = Spec() with
        {
            Attributes = [new AttributeSpec("user.email", ArgType.String) { Rules = new ValueRules { Sensitive = true } },
                new AttributeSpec("user.tier", ArgType.String)],
        };
        var policy = new ScriptedPolicy((_, _, _) =>
        {
            var b = new EvaluationBuilder();
            b.Fire(new Finding("GR-1", "shout", Layer.Guardrail, Outcome.Flag, ControlMode.Enforce, "loud", []), "calm down");
            b.Fire(new Finding("GR-1", "shout", Layer.Guardrail, Outcome.Flag, ControlMode.Enforce, "louder", []), "calm down");
            b.Fire(new Finding("GR-2", "probe", Layer.Guardrail, Outcome.Block, ControlMode.Detect, "probe", []), null);
            return b.Build();
        });
        var key = new byte[32];
        await using var store = new InMemoryAirsStore();
        await using var engine = await PolicyEngine.CreateAsync(policy, spec, store,
            new DictionaryJudgeClientProvider(new Dictionary<string, Microsoft.Extensions.AI.IChatClient>()), new PolicyEngineOptions { AttributeHashKey = key });
        var context = new RequestContext
        {
            InputText = "Ünïcode <b>&</b> text",
            UserId = "alice",
            SessionId = "s\"1",
            AgentId = "planner",
            AgentChain = ["planner", "executor"],
            Attributes = new Dictionary<string, JsonElement>
            {
                ["user.tier"] = JsonDocument.Parse("\"gold <vip> & \\u00e9\"").RootElement,
                ["user.email"] = JsonDocument.Parse("\"a@b.example\"").RootElement,
                ["user.nick"] = JsonDocument.Parse("\"x\"").RootElement,
            }.ToFrozenDictionary(),
        };

        var decision = await engine.DecideAsync(Stage.Input, context);

        var record = (await AuditReading.OfKindAsync(store, AuditKinds.Decision)).Single();
        Assert.Equal(OldPayload(decision, context, key), record.Payload);
    }

    public static TheoryData<string> Texts =>
    [
        "",
        "plain ASCII",
        "Ünïcode → 𝄞, 中文, emoji 😀",
        "quote \" backslash \\ newline \n <script>&amp;</script> \u0001",
        new string('x', 1024),
        string.Concat(Enumerable.Repeat("naïve 𝄞 \"q\" ", 2000)), // large, past the stack buffer
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void The_text_hash_is_written_as_the_hex_string_it_replaced(string text)
    {
        var decision = new Decision("0190aa5b6b5f7a3c8d2e4f6a8b0c1d2e", "engine_test", "1.2.3", Stage.Output, Outcome.Allow, null, text, [],
            null, PaceLevel.Primary, true, new LayerTimings(default, default, default, default, default));
        var context = new RequestContext { OutputText = text, UserId = "alice", SessionId = "s1" };

        var payload = Encoding.UTF8.GetString(DecisionAudit.Payload(decision, context, text, Spec(), null));

        var expected = new JsonObject { ["text_length"] = text.Length, ["text_sha256"] = StageText.Sha256(text) }.ToJsonString();
        Assert.Contains(expected[1..^1], payload, StringComparison.Ordinal); // the same bytes the JsonObject wrote
    }

    [Fact]
    public void Default_decision_ids_are_version_7_uuids_in_time_order()
    {
        var ids = Enumerable.Range(0, 1000).Select(i => DecisionIds.Next(T0.AddMilliseconds(i / 10))).ToList();

        Assert.All(ids, id =>
        {
            var guid = Guid.ParseExact(id, "N");
            Assert.Equal(id, guid.ToString("N"));
            Assert.Equal(7, guid.Version);
            Assert.Equal(0b10, guid.Variant >> 2);
        });
        Assert.Equal(ids.Count, ids.ToHashSet(StringComparer.Ordinal).Count);
        Assert.Equal(ids, ids.Order(StringComparer.Ordinal)); // by time, then by the counter within one millisecond
        Assert.Equal(T0.ToUnixTimeMilliseconds(), Convert.ToInt64(ids[0][..12], 16));
    }

    [Fact]
    public void Writing_a_payload_allocates_only_the_finished_bytes()
    {
        var decision = new Decision("0190aa5b6b5f7a3c8d2e4f6a8b0c1d2e", "engine_test", "1.2.3", Stage.Output, Outcome.Allow, null, "ok", [],
            null, PaceLevel.Primary, true, new LayerTimings(default, default, default, default, default));
        var context = new RequestContext { OutputText = new string('a', 2000), UserId = "alice", SessionId = "s1" };
        var spec = Spec();
        DecisionAudit.Payload(decision, context, context.OutputText, spec, null); // the thread's buffer, once

        var before = GC.GetAllocatedBytesForCurrentThread();
        var payload = DecisionAudit.Payload(decision, context, context.OutputText, spec, null);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var bytes = payload.Length + 32; // the array's UTF-8 bytes and its header
        Assert.InRange(allocated, 1, bytes);
    }

    [OptimizedFact]
    public async Task A_decision_on_which_nothing_fires_allocates_little_beyond_its_audit_record()
    {
        // Nothing but the guardrails (which allow at no cost here), a manual PACE level, no judge, no breaker: what
        // remains is the engine's own bookkeeping and the audit record.
        var spec = Spec(pace: [Level(PaceLevel.Emergency, null, "offline", PaceAction.Halt)]);
        var policy = new ScriptedPolicy((_, _, _) => Evaluation.Allowed);
        await using var store = new InMemoryAirsStore();
        await using var engine = await PolicyEngine.CreateAsync(policy, spec, store,
            new DictionaryJudgeClientProvider(new Dictionary<string, Microsoft.Extensions.AI.IChatClient>()));
        var context = new RequestContext { OutputText = new string('a', 2000), UserId = "alice", SessionId = "s1" };
        for (var i = 0; i < 50; i++)
        {
            await engine.DecideAsync(Stage.Output, context); // warm: pooled writer, store lists, cached options
        }

        // The fewest bytes of ten rounds: until the optimised code is in (later on a loaded machine, when the tiering
        // compiler runs late), a round allocates what optimised code keeps on the stack.
        const int Decisions = 100;
        var perDecision = long.MaxValue;
        for (var round = 0; round < 10; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < Decisions; i++)
            {
                var pending = engine.DecideAsync(Stage.Output, context);
                Assert.True(pending.IsCompletedSuccessfully, "the in-memory store answers at once, so the decision completes on this thread");
            }
            perDecision = Math.Min(perDecision, (GC.GetAllocatedBytesForCurrentThread() - before) / Decisions);
        }

        var payload = (await AuditReading.OfKindAsync(store, AuditKinds.Decision))[^1].Payload;
        var payloadBytes = Encoding.UTF8.GetByteCount(payload) + 32; // kept as the UTF-8 the writer wrote
        // 923 B now; about 2.4 KB before the engine was trimmed: two evaluation builders with their lists, a second
        // Decision for the audit time, the probe list, the options record, tasks for synchronous steps, PACE's LINQ.
        Assert.InRange(perDecision - payloadBytes, 1, 1200);
    }

    [OptimizedFact]
    public async Task A_judged_decision_allocates_little_beyond_its_prompt_and_audit_records()
    {
        // A blocking judge that answers at once: what remains beyond the four texts (the prompt's two messages and the
        // two audit payloads) is the chat messages and options the IChatClient contract asks for, the verdict, the two
        // chained records and the engine's own bookkeeping.
        var judge = new AnsweringJudge();
        await using var store = new InMemoryAirsStore();
        await using var engine = await PolicyEngine.CreateAsync(new ScriptedPolicy((_, _, _) => Evaluation.Allowed), Spec(judges: [Judge()]), store,
            new DictionaryJudgeClientProvider(new Dictionary<string, Microsoft.Extensions.AI.IChatClient> { ["judge"] = judge }));
        var context = Output("Your refund of 40 EUR was issued on 3 May.");
        for (var i = 0; i < 50; i++)
        {
            await engine.DecideAsync(Stage.Output, context); // warm: pooled writers, store lists, the parsed template
        }

        const int Decisions = 100;
        var perDecision = long.MaxValue;
        for (var round = 0; round < 10; round++) // the fewest bytes of ten rounds, as above
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < Decisions; i++)
            {
                var pending = engine.DecideAsync(Stage.Output, context);
                Assert.True(pending.IsCompletedSuccessfully, "the judge and the store answer at once, so the decision completes on this thread");
            }
            perDecision = Math.Min(perDecision, (GC.GetAllocatedBytesForCurrentThread() - before) / Decisions);
        }

        static long Text(string s) => sizeof(char) * s.Length + 22;
        static long Utf8(string s) => Encoding.UTF8.GetByteCount(s) + 24; // an audit payload is kept as the UTF-8 the writer wrote
        var texts = judge.LastPrompt!.Sum(m => Text(m.Text))
            + Utf8((await AuditReading.OfKindAsync(store, AuditKinds.Decision))[^1].Payload)
            + Utf8((await AuditReading.OfKindAsync(store, AuditKinds.JudgeVerdict))[^1].Payload);
        // 2.4 KB beyond the texts now (this store's write closure included); 3.1 KB before the runner's and the gate's
        // tasks, the reason's hex string, the verdict parser's lists, the list of blocking runs and two closures went.
        Assert.InRange(perDecision - texts, 1, 2700);
    }

    /// <summary>Answers every prompt with a passing verdict from one finished task, and keeps the last prompt.</summary>
    private sealed class AnsweringJudge : Microsoft.Extensions.AI.IChatClient
    {
        private static readonly Task<Microsoft.Extensions.AI.ChatResponse> Verdict = Task.FromResult(new Microsoft.Extensions.AI.ChatResponse(
            new Microsoft.Extensions.AI.ChatMessage(Microsoft.Extensions.AI.ChatRole.Assistant, """{"verdict": "pass", "confidence": 0.9, "reason": "supported"}""")));

        public IEnumerable<Microsoft.Extensions.AI.ChatMessage>? LastPrompt { get; private set; }

        public Task<Microsoft.Extensions.AI.ChatResponse> GetResponseAsync(IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages,
            Microsoft.Extensions.AI.ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            LastPrompt = messages;
            return Verdict;
        }

        public IAsyncEnumerable<Microsoft.Extensions.AI.ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages,
            Microsoft.Extensions.AI.ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }

    [Fact]
    public void Reading_a_request_body_allocates_its_fields_and_the_context()
    {
        var body = new System.Buffers.ReadOnlySequence<byte>(
            """{"input":{"text":"Notes: we agreed to ship on Friday."},"user":{"id":"u-1","roles":["staff"]},"session":{"id":"s-1"}}"""u8.ToArray());
        RequestContext.FromUtf8Json(body); // the schema's lookups, once

        var before = GC.GetAllocatedBytesForCurrentThread();
        var context = RequestContext.FromUtf8Json(body);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(["staff"], context.UserRoles);
        // The four strings and the roles array are the request's; the rest is the context, its builder and its field set.
        // 672 B in all now (436 B beyond the fields); 1,192 B before: an error-message string per field, a list per list,
        // two enumerators and a second copy of the field set.
        long Text(string s) => 22 + (2 * s.Length) + 6;
        var fields = Text(context.InputText) + Text(context.UserId) + Text(context.SessionId) + Text(context.UserRoles[0]) + 32;
        Assert.InRange(allocated - fields, 1, 500);
    }

    /// <summary>The payload as the engine wrote it before the pooled writer, a <see cref="JsonObject"/> serialised.</summary>
    private static string OldPayload(Decision decision, RequestContext context, byte[] key)
    {
        var attributes = new JsonObject
        {
            ["user.email"] = "hmac-sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(key, "\"a@b.example\""u8)),
            ["user.nick"] = "[undeclared]",
            ["user.tier"] = JsonNode.Parse("\"gold <vip> & \\u00e9\""),
        };
        return new JsonObject
        {
            ["decision_id"] = decision.Id,
            ["policy"] = decision.Policy,
            ["version"] = decision.Version,
            ["stage"] = "input",
            ["outcome"] = "flag",
            ["controls"] = new JsonArray("GR-1", "GR-2"),
            ["detect_only"] = 1,
            ["agent_id"] = "planner",
            ["agent_chain"] = new JsonArray("planner", "executor"),
            ["user_id"] = "alice",
            ["session_id"] = "s\"1",
            ["attributes"] = attributes,
            ["pace"] = "primary",
            ["field"] = "input.text",
            ["text_length"] = context.InputText.Length,
            ["text_sha256"] = StageText.Sha256(context.InputText),
            ["review_ticket"] = null,
            ["judges_ran"] = false,
        }.ToJsonString();
    }
}
