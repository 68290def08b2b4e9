using System.Text.Json;

namespace Airs.Cli.Tests;

/// <summary>check, fmt, eval, test, build and keys through the real command line, in-process.</summary>
public sealed class CoreCommandsTests
{
    private static string Repo(params string[] parts) => Path.Combine([CliRun.RepositoryRoot, .. parts]);

    private const string Broken = """
        policy broken {
          tier extreme
          guard g on input {
            when output.text > 5
            block
          }
          guard g on input {
            when input.text == "never closed
          }
        }
        """;

    [Fact]
    public async Task Check_prints_every_error_with_code_and_location_and_exits_1()
    {
        using var folder = new TempFolder();
        var file = folder.Write("broken.airs", Broken);
        var run = await CliRun.Of("check", file);
        Assert.Equal(1, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("  help", StringComparison.Ordinal)).ToList();
        Assert.Contains(lines, l => l.Contains("broken.airs:2:8: error AIRS0116: `tier` must be one of"));
        Assert.Contains(lines, l => l.Contains("broken.airs:4:10: error AIRS0104: `output.text` is not available on stage `input`"));
        Assert.Contains(lines, l => l.Contains("broken.airs:8:24: error AIRS0002: unterminated string"));
        Assert.Contains(lines, l => l.Contains("error AIRS0101: `g` is already declared"));
        Assert.DoesNotContain("   at ", run.Out + run.Error);
    }

    [Fact] // a policy under review (a pull request) must not be able to drive the reviewer's terminal
    public async Task Check_and_test_print_control_and_bidi_characters_from_a_policy_escaped()
    {
        using var folder = new TempFolder();
        var broken = folder.Write("broken.airs", "policy p {\n  tier low\n  \u001b]0;owned\u0007 \u202e\n}\n");
        var tested = folder.Write("tested.airs", "policy p {\n  tier low\n"
            + "  guard g on input { when input.text contains \"x\"  flag \"\\u{1B}[31m\" }\n"
            + "  test \"t\\u{1B}[2J\u202e\" {\n    input.text = \"x\"\n    expect block by g\n  }\n}\n");

        var check = await CliRun.Of("check", broken);
        var test = await CliRun.Of("test", tested);
        var eval = await CliRun.Of("eval", tested, "--stage", "input", "--context", folder.Write("ctx.json", """{"input": {"text": "x"}}"""), "--trace");

        Assert.Contains("unexpected character `\\u{1B}`", check.Out);
        Assert.Contains("U+202E", check.Out);
        Assert.Contains("test \"t\\u{1B}[2J\\u{202E}\"", test.Out);
        foreach (var printed in new[] { check.Out, check.Error, test.Out, test.Error, eval.Out, eval.Error })
        {
            Assert.DoesNotContain(printed, c => (char.IsControl(c) && c is not '\n' and not '\r') || c is '\u202e');
        }
    }

    [Fact] // review, 2026-11-28: file names were printed raw, so a repository under review could forge lines and drive the terminal
    public async Task Check_test_and_fmt_print_control_and_bidi_characters_from_a_file_name_escaped()
    {
        using var folder = new TempFolder();
        folder.Write("evil\u001b]0;owned\u0007\u202e\nfake.airs:1:1: note.airs", "policy p {\n  tier low )\n}\n");

        var check = await CliRun.Of("check", folder.Path);
        var test = await CliRun.Of("test", folder.Path);
        var fmt = await CliRun.Of("fmt", "--check", folder.Path);

        Assert.Contains("evil\\u{1B}]0;owned\\u{7}\\u{202E}\\u{A}fake.airs:1:1: note.airs:2:", check.Out);
        Assert.Contains("error AIRS0023", check.Out);
        foreach (var printed in new[] { check.Out, check.Error, test.Out, test.Error, fmt.Out, fmt.Error })
        {
            Assert.DoesNotContain(printed, c => (char.IsControl(c) && c is not '\n' and not '\r') || c is '\u202e');
            Assert.DoesNotContain(printed.Split('\n'), line => line.StartsWith("fake.airs", StringComparison.Ordinal));
        }
    }

    /// <summary>
    /// A folder is read as `use` reads it: a `.airs` link to a file outside the folder is refused, not read. A repository
    /// under review put `leak.airs -> /etc/passwd` (or a CI runner's key, or /proc/self/environ) into `airs check .`'s
    /// diagnostics, quoted token by token into the CI log, and `zero.airs -> /dev/zero` read until memory ran out.
    /// </summary>
    [Fact]
    public async Task A_folder_is_read_without_following_links_out_of_it()
    {
        using var outside = new TempFolder();
        var secret = outside.Write("secret.txt", "hunter2_token = 1\n");
        using var folder = new TempFolder();
        folder.Write("ok.airs", "policy p { tier low }\n");
        File.CreateSymbolicLink(folder.File("leak.airs"), secret);
        Directory.CreateDirectory(folder.File("inner"));
        File.CreateSymbolicLink(folder.File("inner/same.airs"), "../ok.airs");

        foreach (var command in new[] { "check", "test", "fmt" })
        {
            var run = await CliRun.Of(command, folder.Path);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("leak.airs` links to a file outside", run.Error);
            Assert.DoesNotContain("hunter2", run.Out + run.Error);
        }
        File.Delete(folder.File("leak.airs"));
        Assert.Equal(0, (await CliRun.Of("check", folder.Path)).ExitCode);

        outside.Write("elsewhere.airs", "hunter2_token = 1\n");
        Directory.CreateSymbolicLink(folder.File("inner/linked"), outside.Path);
        var linkedFolder = await CliRun.Of("check", folder.Path);
        Assert.Equal(2, linkedFolder.ExitCode);
        Assert.Contains("linked` links to a file outside", linkedFolder.Error);
        Assert.DoesNotContain("hunter2", linkedFolder.Out + linkedFolder.Error);
    }

    /// <summary>
    /// A file named on the command line is held to its own folder: a shell glob (`airs check policies/*.airs`) names
    /// a repository's links as files, and `leak.airs -> /etc/passwd` printed the secret token by token in diagnostics.
    /// A link to a file beside it is read.
    /// </summary>
    [Fact]
    public async Task A_named_file_that_links_out_of_its_folder_is_refused()
    {
        using var outside = new TempFolder();
        var secret = outside.Write("secret.txt", "hunter2_token = 1\n");
        using var folder = new TempFolder();
        folder.Write("ok.airs", "policy p { tier low }\n");
        File.CreateSymbolicLink(folder.File("leak.airs"), secret);
        File.CreateSymbolicLink(folder.File("current.airs"), "ok.airs");

        foreach (var command in new[] { "check", "test", "fmt" })
        {
            var run = await CliRun.Of(command, folder.File("ok.airs"), folder.File("leak.airs"));
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("leak.airs` links to a file outside", run.Error);
            Assert.DoesNotContain("hunter2", run.Out + run.Error);
        }
        Assert.Equal(0, (await CliRun.Of("check", folder.File("current.airs"))).ExitCode);
    }

    /// <summary>
    /// A file a command reads as a policy must be a regular file of at most 1 MiB, checked on the opened file: `airs check
    /// /dev/zero` (a device named literally, not through a link) read until memory ran out, a FIFO waited for a writer
    /// for good, and a file of any size was read whole. They are refused with exit 2 before their text is read; a `use`
    /// of a FIFO beside the policy is an AIRS0127 error, not a wait.
    /// </summary>
    [Fact]
    public async Task A_named_file_that_is_not_a_regular_file_or_is_too_large_is_refused()
    {
        using var folder = new TempFolder();
        var large = folder.Write("large.airs", "policy p { tier low }\n// " + new string('x', 1 << 20) + "\n");
        foreach (var command in new[] { "check", "test", "fmt", "report" })
        {
            var run = await Guarded(CliRun.Of(command, large));
            Assert.Equal(2, run.ExitCode);
            Assert.Contains("large.airs` is over the limit of 1 MiB for a policy file", run.Error);
        }
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        var zero = await Guarded(CliRun.Of("check", "/dev/zero"));
        Assert.Equal(2, zero.ExitCode);
        Assert.Contains("`/dev/zero` is not a regular file", zero.Error);
        Assert.DoesNotContain("   at ", zero.Out + zero.Error);

        var pipe = folder.File("pipe.airs");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [pipe]))
        {
            await mkfifo.WaitForExitAsync();
        }
        var main = folder.Write("main.airs", "policy main { tier low  use \"./pipe.airs\" }\n");
        foreach (var args in new[] { new[] { "fmt", pipe }, ["check", pipe], ["check", main] })
        {
            var run = await Guarded(CliRun.Of(args), pipe);
            Assert.Equal(args[1] == main ? 1 : 2, run.ExitCode);
            Assert.Contains(args[1] == main ? "AIRS0127" : "pipe.airs` is not a regular file", run.Out + run.Error);
        }
    }

    /// <summary>
    /// The JSON a command reads besides policies (an `eval` context, `assess` answers, `import mcp` tool descriptions, an
    /// assessment beside a policy that `report` reads) goes through the same checks, with a bound of 16 MiB: `/dev/zero`
    /// read until memory ran out and a FIFO waited for a writer for good.
    /// </summary>
    [Fact]
    public async Task A_json_input_that_is_not_a_regular_file_is_refused()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        using var folder = new TempFolder();
        var policy = folder.Write("p.airs", "policy p { tier low }\n");
        foreach (var args in new[]
        {
            new[] { "eval", policy, "--stage", "input", "--context", "/dev/zero" },
            ["assess", "--answers", "/dev/zero"],
            ["import", "mcp", "/dev/zero"],
        })
        {
            var run = await Guarded(CliRun.Of(args));
            Assert.True(run.ExitCode == 2, string.Join(' ', args) + ": " + run.Out + run.Error);
            Assert.Contains("`/dev/zero` is not a regular file", run.Error);
            Assert.DoesNotContain("   at ", run.Out + run.Error);
        }

        var pipe = folder.File("p.assessment.json");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [pipe]))
        {
            await mkfifo.WaitForExitAsync();
        }
        var report = await Guarded(CliRun.Of("report", policy), pipe);
        Assert.Contains("p.assessment.json` is not a regular file", report.Out + report.Error);
        Assert.DoesNotContain("   at ", report.Out + report.Error);
    }

    /// <summary>A guard for a read that would never end, not the test's measure: a minute, then a FIFO's reader is let go.</summary>
    private static async Task<CliRun> Guarded(Task<CliRun> run, string? fifo = null)
    {
        try
        {
            return await run.WaitAsync(TimeSpan.FromMinutes(1));
        }
        catch (TimeoutException) when (fifo is not null)
        {
            using var writer = new FileStream(fifo, FileMode.Open, FileAccess.Write);
            throw;
        }
    }

    [Fact]
    public async Task Check_json_lists_diagnostics_for_scripts()
    {
        using var folder = new TempFolder();
        var run = await CliRun.Of("check", "--format", "json", folder.Write("broken.airs", Broken));
        using var json = JsonDocument.Parse(run.Out);
        Assert.True(json.RootElement.GetProperty("errors").GetInt32() >= 4);
        var first = json.RootElement.GetProperty("diagnostics")[0];
        Assert.StartsWith("AIRS", first.GetProperty("code").GetString());
        Assert.True(first.GetProperty("line").GetInt32() > 0);
    }

    [Fact]
    public async Task Check_is_clean_on_the_shipped_policies()
    {
        var run = await CliRun.Of("check", Repo("policies"));
        Assert.True(run.ExitCode == 0, run.Out + run.Error);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("eval", "x.airs")]
    [InlineData("check", "/no/such/file.airs")]
    [InlineData("nonsense")]
    public async Task Usage_errors_exit_2_with_one_line(params string[] args)
    {
        var run = await CliRun.Of(args);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public async Task Eval_blocks_an_injection_and_explains_it()
    {
        var run = await CliRun.Of("eval", Repo("policies", "examples", "support_bot.airs"), "--stage", "input",
            "--context", Repo("policies", "examples", "contexts", "injection.json"), "--trace");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("block", json.RootElement.GetProperty("outcome").GetString());
        Assert.Contains(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("control").GetString() == "prompt_injection");
        Assert.Contains("decision: block by", run.Error);
        Assert.Contains("FIRED", run.Error);
    }

    [Fact]
    public async Task Eval_rejects_a_malformed_context_in_one_line()
    {
        using var folder = new TempFolder();
        var context = folder.Write("ctx.json", """{ "input": { "text": 42 } }""");
        var run = await CliRun.Of("eval", Repo("policies", "examples", "summariser.airs"), "--stage", "input", "--context", context);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("`input.text` must be a string", run.Error);
    }

    [Fact]
    public async Task Fmt_check_reports_unformatted_files_and_fmt_fixes_them_idempotently()
    {
        using var folder = new TempFolder();
        var file = folder.Write("p.airs", "policy p {   tier low\n guard g on input { when input.text contains \"x\"  block } }\n");
        Assert.Equal(1, (await CliRun.Of("fmt", "--check", file)).ExitCode);
        Assert.Equal(0, (await CliRun.Of("fmt", file)).ExitCode);
        var once = File.ReadAllText(file);
        Assert.Equal(0, (await CliRun.Of("fmt", "--check", file)).ExitCode);
        Assert.Equal(once, File.ReadAllText(file));
        Assert.Contains("\n  guard g on input {\n", once);
    }

    [Fact]
    public async Task Shipped_policies_are_formatted()
    {
        var run = await CliRun.Of("fmt", "--check", Repo("policies"));
        Assert.True(run.ExitCode == 0, run.Out + run.Error);
    }

    [Fact]
    public async Task Test_reports_a_failing_test_with_its_location()
    {
        using var folder = new TempFolder();
        var file = folder.Write("p.airs", """
            policy p {
              tier low
              guard g on input { when input.text contains "x"  flag }
              test "wrong" {
                input.text = "x"
                expect block by g
              }
            }
            """);
        var run = await CliRun.Of("test", file);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("p.airs:4: test \"wrong\": expected `block` by `g`, got `flag` by `g`", run.Out);
    }

    [Fact]
    public async Task Shipped_policy_tests_pass_interpreted_and_compiled()
    {
        var interpreted = await CliRun.Of("test", Repo("policies"));
        Assert.True(interpreted.ExitCode == 0, interpreted.Out);
        var compiled = await CliRun.Of("test", "--compiled", Repo("policies"));
        Assert.True(compiled.ExitCode == 0, compiled.Out);
        Assert.Contains("compiled: ", compiled.Out);
    }

    [Fact]
    public async Task Keys_build_and_eval_bundle_round_trip_and_an_untrusted_bundle_is_refused()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, (await CliRun.Of("keys", "new", "--out", folder.Path)).ExitCode);
        var key = folder.File("airs-signing.key.pem");
        var bundle = folder.File("summariser.airsb");
        var build = await CliRun.Of("build", Repo("policies", "examples", "summariser.airs"), "-o", bundle, "--key", key, "--emit-cs", folder.File("cs"));
        Assert.True(build.ExitCode == 0, build.Error);
        Assert.True(File.Exists(bundle));
        Assert.Contains("// <auto-generated/>", File.ReadAllText(folder.File(Path.Combine("cs", "summariser.g.cs"))));

        var context = folder.Write("ctx.json", """{ "input": { "text": "notes" }, "user": { "roles": ["guest"] } }""");
        var eval = await CliRun.Of("eval", "--bundle", bundle, "--trust", folder.File("airs-signing.pub.pem"), "--stage", "input", "--context", context);
        Assert.True(eval.ExitCode == 0, eval.Error);
        using var json = JsonDocument.Parse(eval.Out);
        Assert.Equal("block", json.RootElement.GetProperty("outcome").GetString());
        Assert.Equal("compiled", json.RootElement.GetProperty("engine").GetString());

        var untrusted = await CliRun.Of("eval", "--bundle", bundle, "--stage", "input", "--context", context);
        Assert.Equal(2, untrusted.ExitCode);
        Assert.Contains("not in the trust store", untrusted.Error);
    }

    /// <summary>
    /// A key file is read whole, and had no bound: any file given as a key (a log, or a large sparse file named
    /// `*.pem` in a trust folder) was read into memory entire, and one big enough ran the process out of memory. A key
    /// file over 64 KiB (a PEM key is well under a kilobyte) is now refused with an error that says so.
    /// </summary>
    [Fact]
    public async Task A_key_file_larger_than_any_key_is_refused_with_a_clear_error()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, (await CliRun.Of("keys", "new", "--out", folder.Path)).ExitCode);
        var (key, trusted) = (folder.File("airs-signing.key.pem"), folder.File("airs-signing.pub.pem"));
        foreach (var file in new[] { key, trusted })
        {
            File.AppendAllText(file, new string('#', 64 * 1024) + "\n");
        }

        var build = await CliRun.Of("build", Repo("policies", "examples", "summariser.airs"), "-o", folder.File("s.airsb"), "--key", key);
        Assert.Equal(2, build.ExitCode);
        Assert.Contains($"cannot read key file `{key}`: it is over 65536 bytes, more than any key file holds", build.Error);
        Assert.DoesNotContain("   at ", build.Out + build.Error);

        var bundle = folder.Write("other.airsb", "not read: the trusted keys are read first");
        var context = folder.Write("ctx.json", """{ "input": { "text": "notes" } }""");
        var eval = await CliRun.Of("eval", "--bundle", bundle, "--trust", trusted, "--stage", "input", "--context", context);
        Assert.Equal(2, eval.ExitCode);
        Assert.Contains($"cannot read key file `{trusted}`: it is over 65536 bytes, more than any key file holds", eval.Error);
        Assert.DoesNotContain("   at ", eval.Out + eval.Error);
    }

    /// <summary>A review found `airs build` printing the policy's version raw: escape sequences could fake a passing run in a CI log.</summary>
    [Fact]
    public async Task Build_prints_the_policys_version_escaped()
    {
        using var folder = new TempFolder();
        var policy = folder.Write("esc.airs", "policy esc {\n  version \"1.0\\u{1B}[2K\\r\\u{1B}[32mALL TESTS PASSED\"\n  tier low\n}\n");
        var build = await CliRun.Of("build", policy, "-o", folder.File("esc.airsb"), "--unsigned");
        Assert.True(build.ExitCode == 0, build.Error);
        Assert.DoesNotContain('\u001B', build.Out);
        Assert.DoesNotContain('\r', build.Out);
        Assert.Contains("ALL TESTS PASSED", build.Out);
    }

    [Fact]
    public async Task Build_refuses_to_write_an_unsigned_bundle_unless_asked()
    {
        var run = await CliRun.Of("build", Repo("policies", "examples", "summariser.airs"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--key", run.Error);
    }
}
