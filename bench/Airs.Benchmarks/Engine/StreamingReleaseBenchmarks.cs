using System.Text;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;
using Airs.Runtime.Judges;
using Airs.Runtime.Stores;
using Airs.Runtime.Streaming;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.AI;

namespace Airs.Benchmarks.Engine;

/// <summary>
/// A streamed answer through <see cref="StreamingRelease"/> (8-character deltas, released sentence by sentence, the
/// PII, secrets and exfiltration packs compiled, the final decision audited to SQLite) against one decision on the
/// same answer unstreamed. Divide by <see cref="AnswerKb"/> for the cost per KB streamed.
/// </summary>
[MemoryDiagnoser]
public class StreamingReleaseBenchmarks
{
    private const string Policy = """
        policy stream_bench {
          version "1.0.0"
          tier low
          use airs.pii
          use airs.secrets
          use airs.exfiltration
        }
        """;

    private static readonly string[] Sentences =
    [
        "Your contactless limit is 100 GBP per payment, and you can raise it in the app under Cards and Limits. ",
        "If the card is lost, freeze it first; a new one arrives within five working days. ",
        "Write to support@example.com when the statement looks wrong.\n",
        "See [the refunds page](https://docs.example.com/refunds) for the details of each case. ",
    ];

    private EnginePolicies _engines = null!;
    private SqliteAirsStore _store = null!;
    private PolicyEngine _engine = null!;
    private string _directory = "";
    private string _answer = "";
    private string[] _deltas = [];
    private readonly RequestContext _context = new()
    {
        InputText = "How do limits work?", UserId = "u-1", SessionId = "s-1",
        Present = new HashSet<ContextField> { ContextField.InputText, ContextField.UserId, ContextField.SessionId },
    };

    [Params(1, 4, 16)]
    public int AnswerKb { get; set; }

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _engines = EnginePolicies.FromText("stream_bench.airs", Policy);
        _directory = Directory.CreateTempSubdirectory("airs-bench-").FullName;
        _store = await SqliteAirsStore.OpenAsync(Path.Combine(_directory, "airs.db"));
        _engine = await PolicyEngine.CreateAsync(_engines.Compiled, _engines.Spec, _store, new DictionaryJudgeClientProvider(new Dictionary<string, IChatClient>()));
        var answer = new StringBuilder();
        for (var i = 0; answer.Length < AnswerKb * 1024; i++)
        {
            answer.Append(Sentences[i % Sentences.Length]);
        }
        _answer = answer.ToString();
        _deltas = [.. _answer.Chunk(8).Select(c => new string(c))];
        if (await StreamedAsync() != (await _engine.DecideAsync(Stage.Output, Whole())).Release?.Length)
        {
            throw new InvalidOperationException("the streamed answer differs from the unstreamed one");
        }
    }

    private async Task CleanupAsync()
    {
        await _engine.DisposeAsync();
        await _store.DisposeAsync();
        _engines.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private RequestContext Whole() => new()
    {
        InputText = _context.InputText, OutputText = _answer, UserId = _context.UserId, SessionId = _context.SessionId,
        Present = new HashSet<ContextField>(_context.Present) { ContextField.OutputText },
    };

    [Benchmark(Baseline = true)]
    public async Task<int> Unstreamed() =>
        (await _engine.DecideAsync(Stage.Output, Whole())).Release!.Length;

    [Benchmark]
    public Task<int> Streamed() => StreamedAsync();

    private async Task<int> StreamedAsync()
    {
        var release = new StreamingRelease(_engine, _context);
        var length = 0;
        foreach (var delta in _deltas)
        {
            length += (await release.AppendAsync(delta)).Text.Length;
        }
        return length + (await release.CompleteAsync()).Text.Length;
    }
}
