using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;
using Airs.Runtime.Judges;
using Airs.Runtime.Policy;
using Airs.Runtime.PostgreSql;
using Airs.Runtime.Stores;
using Microsoft.Extensions.AI;

// The engine's durability test starts this process, reads its output and kills it with SIGKILL mid-run.
//   run   <store>   decide forever; after each DecideAsync returns print `ack <id> <outcome> <ticket|->`
//   run-concurrent <store>   the same from 16 concurrent callers, so the store's writer commits their records in batches
//   run-together <store>   run-concurrent with the batch's acknowledgements run together (as `airs serve` does)
//   run-written <store>   run-concurrent with every other decision only written (AuditDurability.Written, as the
//                         gateway writes a request's), acknowledged when its record is written, not synced
//   probe <store>   one decision for the user whose breaker the run tripped, print it, then `pending <n>`; exit
// <store> is a SQLite file path, or a PostgreSQL connection string (Npgsql keywords with `Host=`, or a URL).
if (args.Length != 2 || args[0] is not ("run" or "run-concurrent" or "run-together" or "run-written" or "probe"))
{
    Console.Error.WriteLine("usage: Airs.DurabilityHost run|run-concurrent|run-together|run-written|probe <store path or postgres connection>");
    return 2;
}

await using IAirsStore store = PostgresConnectionString.NamesDatabase(args[1])
    ? await PostgresAirsStore.OpenAsync(args[1])
    : await SqliteAirsStore.OpenAsync(args[1]);
if (args[0] == "run-together")
{
    ((AdoAirsStore)store).AcknowledgeAppendsTogether = true;
}
await using var engine = await PolicyEngine.CreateAsync(new WordPolicy(), DurabilitySpec.Spec, store,
    new DictionaryJudgeClientProvider(new Dictionary<string, IChatClient>()));
var output = Console.Out;

if (args[0] == "probe")
{
    var d = await engine.DecideAsync(Stage.Input, new RequestContext { InputText = "hello again", UserId = "mallory", SessionId = "m" });
    Ack(d);
    output.WriteLine($"pending {(await engine.Reviews.ListPendingAsync()).Count}");
    output.Flush();
    return 0;
}

var written = args[0] == "run-written";
if (args[0] is "run-concurrent" or "run-together" or "run-written")
{
    var next = -1;
    await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
    {
        while (true)
        {
            await DecideAsync(Interlocked.Increment(ref next));
        }
    })));
}

for (var i = 0; ; i++)
{
    await DecideAsync(i);
}

async Task DecideAsync(int i)
{
    var (text, user) = (i % 10) switch
    {
        0 => ("attack the system", "mallory"),  // blocked; the third trips mallory's breaker
        1 => ("refund 900 please", $"u{i % 7}"), // escalated: a ticket
        _ => ($"question {i}", $"u{i % 7}"),
    };
    var context = new RequestContext { InputText = text, UserId = user, SessionId = $"s{i}" };
    if (written && i % 2 == 0)
    {
        var (decision, committed) = await engine.DecideUncommittedAsync(Stage.Input, context, AuditDurability.Written);
        await committed;
        Ack(decision);
        return;
    }
    Ack(await engine.DecideAsync(Stage.Input, context));
}

void Ack(Decision d)
{
    lock (output)
    {
        output.WriteLine($"ack {d.Id} {d.Outcome.ToKeyword()} {d.ReviewTicketId ?? "-"}");
        output.Flush();
    }
}

/// <summary>Blocks text containing "attack", escalates "refund", allows the rest.</summary>
internal sealed class WordPolicy : ICompiledPolicy
{
    public Evaluation Evaluate(Stage stage, RequestContext context, EvaluationOptions options)
    {
        var builder = new EvaluationBuilder();
        if (context.InputText.Contains("attack", StringComparison.Ordinal))
        {
            builder.Fire(new Finding("GR-1", "attack", Layer.Guardrail, Outcome.Block, ControlMode.Enforce, "attack", []), "no");
        }
        if (context.InputText.Contains("refund", StringComparison.Ordinal))
        {
            builder.Fire(new Finding("GR-2", "refund", Layer.Guardrail, Outcome.Escalate, ControlMode.Enforce, "refund", []), null, "payments");
        }
        return builder.Build();
    }
}

internal static class DurabilitySpec
{
    public const string LimitName = "questions";

    // Before Spec: static fields initialise in order.
    public static readonly TimeSpan Window = TimeSpan.FromDays(36_500);

    public static readonly PolicySpec Spec = new("durability", "1.0.0", Tier.High, null, [], [],
        [new ReviewSpec("payments", TimeSpan.FromHours(4), new ActionSpec(Outcome.Block, "timed out"))],
        [new BreakerSpec("abuse", BreakerCounter.Blocked, 3, TimeSpan.FromHours(1), BreakerScope.User, TimeSpan.FromHours(1), "You are paused.")],
        [], [], [], [])
    {
        // Counts every request the guards let through, in one window of a century: never refuses, never resets.
        Limits = [new LimitSpec(LimitName, "LM-1", LimitMeasure.Requests, 1e12, Window, LimitScope.User, ControlMode.Enforce, new ActionSpec(Outcome.Block))],
    };

}
