using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Airs.LanguageServer;
using Airs.LanguageServer.Analysis;
using Airs.LanguageServer.Documents;
using Airs.LanguageServer.JsonRpc;
using Airs.LanguageServer.Protocol;
using Airs.LanguageServer.Server;
using BenchmarkDotNet.Attributes;

namespace Airs.Benchmarks.Lsp;

/// <summary>
/// The editor's wait: from a one-character <c>didChange</c> on a 2,000-line policy to its diagnostics being
/// published, over the real JSON-RPC transport (in-memory pipes). The debounce is set to zero so the figure is the
/// server's own work (parse, bind, check, convert, serialise); an editor adds the configured delay (200 ms default).
/// <see cref="Compile"/> is the compilation alone, for comparison. <see cref="Regexes"/> false swaps the regex
/// conditions for `contains`: checking a regex literal builds a NonBacktracking regex, which dominates the cost.
/// </summary>
[MemoryDiagnoser]
public class DidChangeToDiagnosticsBenchmarks
{
    private const string Uri = "file:///bench/large.airs";

    private readonly Pipe _toServer = new();
    private readonly Pipe _fromServer = new();
    private readonly Channel<JsonElement> _published = Channel.CreateUnbounded<JsonElement>();
    private Stream _input = Stream.Null;
    private Task<int> _server = Task.FromResult(0);
    private int _version = 1;
    private int _changeOffset;
    private string _text = "";

    [Params(true, false)]
    public bool Regexes { get; set; }

    public static int LineCount(string text) => text.Count(c => c == '\n');

    /// <summary>A realistic policy of about 2,000 lines: guards on every stage, reviews, tools, agents, tests.</summary>
    public static string LargePolicy(bool regexes = true)
    {
        var text = new StringBuilder("policy large {\n  version \"1.0.0\"\n  tier high\n  model \"judge\"\n\n  use airs.pii\n\n");
        text.Append("  review triage { sla 4h }\n\n");
        text.Append("  tool \"orders.refund\" { args { order_id: string, amount: number } writes }\n\n");
        for (var i = 0; LineCount(text.ToString()) < 1960; i++)
        {
            switch (i % 4)
            {
                case 0:
                    var condition = regexes ? $"input.text matches /ignore (all|any) rule {i}/i" : $"input.text contains \"ignore all rule {i}\"";
                    text.Append($"  guard injection_{i} on input {{\n    id \"GR-{i:D4}\"\n    when {condition} or injection.score(input.text) >= 0.8\n    block \"no {i}\"\n    maps owasp.llm01\n  }}\n\n");
                    break;
                case 1:
                    text.Append($"  guard pii_{i} on output {{\n    mode detect\n    when pii.found(output.text, [email, card, iban])\n    redact pii.spans(output.text, [email, card, iban]) with \"[REDACTED]\"\n  }}\n\n");
                    break;
                case 2:
                    text.Append($"  guard refund_{i} on tool_call {{\n    when tool.name == \"orders.refund\" and tool.args.amount > {i}\n    escalate triage\n  }}\n\n");
                    break;
                default:
                    text.Append($"  test \"case {i}\" {{\n    input.text = \"ignore all rule {i - 3}\"\n    expect block by injection_{i - 3}\n  }}\n\n");
                    break;
            }
        }
        text.Append("  agent planner { tools [\"orders.refund\"] }\n}\n");
        return text.ToString();
    }

    [GlobalSetup]
    public void Setup()
    {
        _text = LargePolicy(Regexes);
        _changeOffset = _text.IndexOf("no 0", StringComparison.Ordinal) + 3;
        _input = _toServer.Writer.AsStream();
        var options = new LanguageServerOptions { AnalysisDelay = TimeSpan.Zero, MinimumLogLevel = Microsoft.Extensions.Logging.LogLevel.Warning };
        _server = LanguageServerHost.RunAsync(_toServer.Reader.AsStream(), _fromServer.Writer.AsStream(), options, CancellationToken.None);
        _ = Task.Run(ReadAsync); // ends with the server's output
        Send(new { jsonrpc = "2.0", id = 1, method = "initialize", @params = new { capabilities = new { } } });
        Send(new { jsonrpc = "2.0", method = "initialized", @params = new { } });
        Send(new { jsonrpc = "2.0", method = "textDocument/didOpen", @params = new { textDocument = new { uri = Uri, languageId = "airs", version = 1, text = _text } } });
        var first = WaitForVersion(1);
        if (first.GetProperty("diagnostics").GetArrayLength() != 0)
        {
            throw new InvalidOperationException($"the benchmark policy should be clean: {first}");
        }
    }

    [Benchmark(Description = "didChange → publishDiagnostics, 2,000 lines")]
    public int DidChangeToPublishedDiagnostics()
    {
        _version++;
        var position = LineIndex.Create(_text).GetPosition(_changeOffset);
        var character = (char)('0' + _version % 10);
        Send(new
        {
            jsonrpc = "2.0",
            method = "textDocument/didChange",
            @params = new
            {
                textDocument = new { uri = Uri, version = _version },
                contentChanges = new[] { new { range = new { start = position, end = new Position(position.Line, position.Character + 1) }, text = character.ToString() } },
            },
        });
        return WaitForVersion(_version).GetProperty("diagnostics").GetArrayLength();
    }

    [Benchmark(Description = "compilation alone, 2,000 lines")]
    public int Compile()
    {
        var store = new DocumentStore();
        var document = store.Open(new TextDocumentItem(Uri, "airs", 1, _text));
        return new CompilationAnalyzer(store).Analyze(document).Diagnostics.Length;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Send(new { jsonrpc = "2.0", id = 2, method = "shutdown" });
        Send(new { jsonrpc = "2.0", method = "exit" });
        _server.Wait(TimeSpan.FromSeconds(10));
    }

    private void Send(object message)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(message, LspJson.Options);
        _input.Write(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
        _input.Write(body);
        _input.Flush();
    }

    private JsonElement WaitForVersion(int version)
    {
        while (true)
        {
            var published = _published.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30)).GetAwaiter().GetResult();
            if (published.TryGetProperty("version", out var v) && v.GetInt32() == version)
            {
                return published;
            }
        }
    }

    private async Task ReadAsync()
    {
        var reader = new MessageReader(_fromServer.Reader.AsStream());
        while (await reader.ReadAsync(CancellationToken.None) is FramedMessage.Body body)
        {
            using var message = JsonDocument.Parse(body.Bytes);
            if (message.RootElement.TryGetProperty("method", out var method) && method.GetString() == AnalysisScheduler.PublishDiagnosticsMethod)
            {
                await _published.Writer.WriteAsync(message.RootElement.GetProperty("params").Clone());
            }
        }
    }
}
