using System.Text.RegularExpressions;
using System.Xml.Linq;
using Airs.Compiler.Binding;
using Airs.Compiler.Interpretation;
using Airs.Runtime.Audit;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;
using Airs.Runtime.Judges;
using Airs.Runtime.Stores;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.AI;

namespace Airs.Cli.Tests;

/// <summary>
/// The issue's goal: a scripted judge grades 1,000 decisions in shadow mode, scripted reviewers decide every one, and
/// `airs report --judges` shows exactly the disagreement that was scripted; every run is in the audit chain once and
/// `airs audit verify` still verifies. All on a real SQLite file.
/// </summary>
public sealed partial class JudgeCalibrationGoalTests
{
    private const int Decisions = 1_000;

    // Decision i is bad text when i % 4 == 0 (250 of them), good otherwise (750).
    private static bool IsBad(int i) => i % 4 == 0;

    // The judge is wrong when i % 8 == 1 (odd, so good text it fails: 125 false blocks) or i % 40 == 0 (bad text it
    // passes: 25 false passes): 150 disagreements in 1,000, 15.0%.
    private static bool JudgeIsWrong(int i) => i % 8 == 1 || i % 40 == 0;

    private const string Policy = """
        policy shadow_rollout {
          version "1.0.0"
          tier high
          model "judge"
          review calibration { sla 4h }
          guard review_everything on output { when true  escalate calibration }
          judge grounded on output {
            MODE
            model "judge"
            sample 100%
            blocking
            prompt "Is the ANSWER supported? ANSWER: {{ output.text }}"
            on fail escalate calibration
          }
        }
        """;

    [Fact]
    public async Task The_report_shows_exactly_the_scripted_disagreement_and_the_chain_verifies()
    {
        using var folder = new TempFolder();
        var storePath = folder.File("airs.db");
        var compilation = Compilation.FromText("shadow_rollout.airs", Policy.Replace("MODE", "mode detect", StringComparison.Ordinal));
        Assert.True(compilation.Diagnostics.IsEmpty, string.Join("\n", compilation.Diagnostics));
        var policy = compilation.Policy!;

        await using (var store = await SqliteAirsStore.OpenAsync(storePath))
        {
            var clients = new Dictionary<string, IChatClient> { ["judge"] = new ScriptedJudge() };
            await using var engine = await PolicyEngine.CreateAsync(new InterpretedPolicy(policy), policy.Spec, store, new DictionaryJudgeClientProvider(clients));
            for (var i = 0; i < Decisions; i++)
            {
                var decision = await engine.DecideAsync(Stage.Output, new RequestContext { OutputText = $"answer #{i}", UserId = "u" + (i % 7) });
                Assert.Equal(Outcome.Escalate, decision.Outcome);
                var reviewer = i % 2 == 0 ? "rev-a@bank.example" : "rev-b@bank.example";
                _ = IsBad(i)
                    ? await engine.RejectAsync(decision.ReviewTicketId!, reviewer, "not supported by the sources")
                    : await engine.ApproveAsync(decision.ReviewTicketId!, reviewer, "supported");
            }

            var verdicts = 0;
            await foreach (var record in store.ReadAuditAsync())
            {
                verdicts += record.Kind == AuditKinds.JudgeVerdict ? 1 : 0;
            }
            Assert.Equal(Decisions, verdicts);
        }
        SqliteConnection.ClearAllPools();

        var report = folder.File("calibration.md");
        var run = await CliRun.Of("report", "--judges", "--store", storePath, "-o", report);
        Assert.True(run.ExitCode == 0, run.Error);
        var markdown = File.ReadAllText(report);
        var row = Assert.Single(markdown.Split('\n'), l => l.StartsWith("| shadow_rollout | grounded |", StringComparison.Ordinal));
        Assert.Equal("| shadow_rollout | grounded | detect | 1000 | 1000 | 0 | 0 | 1000 | 2 | 85.0% (850/1000) | 16.7% (125/750) | 10.0% (25/250) |", row);
        Assert.Contains("![agreement, false-block and false-pass rate per judge](calibration.svg)", markdown);
        Assert.Contains("Every enforced judge at tier high or critical has enough reviewed verdicts.", markdown); // a detect judge needs none

        var svg = XDocument.Load(folder.File("calibration.svg"));
        var bars = svg.Descendants().Where(e => e.Name.LocalName == "rect" && e.Elements().Any(c => c.Name.LocalName == "title")).ToList();
        Assert.Equal(3, bars.Count);
        Assert.Contains(bars, b => b.Value == "grounded: agreement 85.0%");
        Assert.Contains(svg.Descendants(), e => e.Name.LocalName == "text" && e.Value == "n = 1000 reviewed");

        var verify = await CliRun.Of("audit", "verify", "--store", storePath);
        Assert.True(verify.ExitCode == 0, verify.Error);
        Assert.Matches(new Regex(@"^ok: \d+ records verified"), verify.Out);
    }

    [Fact]
    public async Task An_enforced_high_tier_judge_needs_the_configured_number_of_reviewed_verdicts()
    {
        using var folder = new TempFolder();
        var storePath = folder.File("airs.db");
        await using (var store = await SqliteAirsStore.OpenAsync(storePath))
        {
            await store.AppendAuditAsync(new AuditEntry(DateTimeOffset.UnixEpoch, AuditKinds.Decision, "system", "{}"));
        }
        SqliteConnection.ClearAllPools();
        var file = folder.Write("enforced.airs", Policy.Replace("MODE", "mode enforce", StringComparison.Ordinal));

        var run = await CliRun.Of("report", "--judges", "--store", storePath, "--min-reviewed", "50", file);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("The audit log holds no `judge_verdict` record.", run.Out);
        Assert.Contains("- **shadow_rollout**: judge `grounded` enforces at tier `high` with 0 reviewed verdicts; at least 50 are needed", run.Out);
        Assert.Contains("1 conformance warning", run.Error);
    }

    [Fact]
    public async Task Misuse_is_a_clear_error()
    {
        using var folder = new TempFolder();
        var noStore = await CliRun.Of("report", "--judges");
        Assert.Equal(2, noStore.ExitCode);
        Assert.Contains("error: `--judges` reads an audit log: give `--store <sqlite file>`", noStore.Error);
        var missing = await CliRun.Of("report", "--judges", "--store", folder.File("none.db"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no store at", missing.Error);
        var notAStore = await CliRun.Of("report", "--judges", "--store", folder.Write("x.db", "hello"));
        Assert.Equal(2, notAStore.ExitCode);
        Assert.Contains("is not an airs store", notAStore.Error);
        var noPaths = await CliRun.Of("report");
        Assert.Equal(2, noPaths.ExitCode);
    }

    /// <summary>
    /// Names in a report come from audit payloads, which policy and host input wrote: a crafted policy, judge or mode
    /// name with a pipe, a line break, backticks or a link broke the table or planted a link in the Markdown a reviewer
    /// reads. Every cell shows the text literally and the table keeps its shape.
    /// </summary>
    [Fact]
    public async Task Names_from_the_audit_log_are_shown_literally_in_the_markdown()
    {
        using var folder = new TempFolder();
        var storePath = folder.File("airs.db");
        const string policy = "p|x\n| forged | row |";
        const string judge = "j`code` [click](http://evil.example) <b>*bold*</b>\n## heading";
        const string mode = "enforce\r\n| 1 | 2 |";
        await using (var store = await SqliteAirsStore.OpenAsync(storePath))
        {
            var payload = new System.Text.Json.Nodes.JsonObject
            {
                ["decision_id"] = "d1", ["policy"] = policy, ["tier"] = "high", ["judge"] = judge, ["mode"] = mode,
                ["trigger"] = "sample", ["verdict"] = "pass",
            };
            await store.AppendAuditAsync(new AuditEntry(DateTimeOffset.UnixEpoch, AuditKinds.JudgeVerdict, "system", payload.ToJsonString()));
        }
        SqliteConnection.ClearAllPools();

        var run = await CliRun.Of("report", "--judges", "--store", storePath);

        Assert.True(run.ExitCode == 0, run.Error);
        var lines = run.Out.Split('\n');
        var header = Array.FindIndex(lines, l => l.StartsWith("| policy | judge |", StringComparison.Ordinal));
        Assert.True(header >= 0, run.Out);
        var row = lines[header + 2];
        Assert.Equal("", lines[header + 3]); // one row: no line break escaped the cell
        Assert.Equal(CellCount(lines[header]), CellCount(row));
        Assert.StartsWith(@"| p\|x\\u{A}\| forged \| row \| | j\`code\` \[click\](http://evil.example) \<b\>\*bold\*\</b\>\\u{A}## heading "
            + @"| enforce\\u{D}\\u{A}\| 1 \| 2 \| | 1 |", row, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?<!\\)\]\(", run.Out); // no link
        Assert.DoesNotMatch(@"(?<!\\)<b>", run.Out);   // no HTML
    }

    /// <summary>
    /// A payload string JSON can hold but .NET cannot read as text (a lone surrogate, <c>\ud800</c>) ended the report in
    /// "internal error" (exit 3): whoever hands over a store file chose it. Such a payload is odd, and skipped as one.
    /// </summary>
    [Fact]
    public async Task A_payload_with_a_lone_surrogate_is_skipped_not_an_internal_error()
    {
        using var folder = new TempFolder();
        var storePath = folder.File("airs.db");
        await using (var store = await SqliteAirsStore.OpenAsync(storePath))
        {
            const string verdict = """{"decision_id":"d1","policy":"p","tier":"high","judge":"JUDGE","mode":"detect","trigger":"sample","verdict":"pass"}""";
            await store.AppendAuditAsync(new AuditEntry(DateTimeOffset.UnixEpoch, AuditKinds.JudgeVerdict, "system", verdict.Replace("JUDGE", "\\ud800", StringComparison.Ordinal)));
            await store.AppendAuditAsync(new AuditEntry(DateTimeOffset.UnixEpoch, AuditKinds.JudgeVerdict, "system", verdict.Replace("JUDGE", "grounded", StringComparison.Ordinal)));
        }
        SqliteConnection.ClearAllPools();

        var run = await CliRun.Of("report", "--judges", "--store", storePath);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("| p | grounded | detect | 1 |", run.Out, StringComparison.Ordinal);
        Assert.Contains("calibrated 1 judge:", run.Error, StringComparison.Ordinal);
    }

    /// <summary>
    /// A NULL where the schema says NOT NULL (a crafted file declares its tables as it likes) ended `airs report --judges`
    /// and `airs audit verify` in "internal error" (exit 3). Both now say in one line that the row was edited (exit 1).
    /// </summary>
    [Fact]
    public async Task A_null_in_an_audit_row_is_a_clear_error_not_an_internal_error()
    {
        using var folder = new TempFolder();
        var storePath = folder.File("airs.db");
        await using (var store = await SqliteAirsStore.OpenAsync(storePath))
        {
            await store.AppendAuditAsync(new AuditEntry(DateTimeOffset.UnixEpoch, AuditKinds.Decision, "system", "{}"));
        }
        SqliteConnection.ClearAllPools();
        using (var connection = new SqliteConnection($"Data Source={storePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DROP TABLE audit_log; CREATE TABLE audit_log (sequence INTEGER PRIMARY KEY, time_ticks, kind, actor, payload, "
                + "previous_hash, hash, mac); INSERT INTO audit_log VALUES (1, 0, NULL, 'system', '{}', '', '', NULL);";
            command.ExecuteNonQuery();
        }

        var report = await CliRun.Of("report", "--judges", "--store", storePath);
        var verify = await CliRun.Of("audit", "verify", "--store", storePath);

        foreach (var run in new[] { report, verify })
        {
            Assert.True(run.ExitCode == 1, run.Error);
            Assert.Contains("cannot read the audit log of", run.Error, StringComparison.Ordinal);
            Assert.Contains("is NULL: the row was edited", run.Error, StringComparison.Ordinal);
        }
    }

    /// <summary>The cells of a Markdown table row: its unescaped pipes, less the outer one.</summary>
    private static int CellCount(string row) => Regex.Matches(row, @"(?<!\\)\|").Count - 1;

    /// <summary>
    /// A store's own text in an error is shown escaped, as `airs audit verify` shows it. A crafted file's schema version
    /// (SQLite keeps text in any column) reached the reader's terminal as it was, escape sequences and all: whoever
    /// hands over a store file could retitle the terminal, hide lines or forge output of `airs report --judges`.
    /// </summary>
    [Fact]
    public async Task A_crafted_store_writes_no_control_characters_to_the_terminal()
    {
        using var folder = new TempFolder();
        var path = folder.File("crafted.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE audit_log (sequence INTEGER); CREATE TABLE schema_version (version); "
                + "INSERT INTO schema_version VALUES ('\u001b]0;owned\u0007\u001b[2K');";
            command.ExecuteNonQuery();
        }

        var report = await CliRun.Of("report", "--judges", "--store", path);
        Assert.Equal(1, report.ExitCode);
        Assert.Contains("is not one airs ever wrote", report.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Error, c => char.IsControl(c) && c != '\n' && c != '\r');
    }

    /// <summary>Reads the decision's number from the fenced answer and says pass or fail as the script wants.</summary>
    private sealed partial class ScriptedJudge : IChatClient
    {
        [GeneratedRegex(@"answer #(\d+)")]
        private static partial Regex Number();

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            var i = int.Parse(Number().Match(string.Join("\n", messages.Select(m => m.Text))).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var fail = IsBad(i) != JudgeIsWrong(i);
            var reply = $$"""{"verdict": "{{(fail ? "fail" : "pass")}}", "confidence": 0.9, "reason": "scripted"}""";
            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, reply)));
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
            CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
