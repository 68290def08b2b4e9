using Airs.Compiler.Binding;

namespace Airs.Cli.Tests;

public sealed class ImportCommandTests
{
    private static string Fixture(string name) => Path.Combine(CliRunner.RepoRoot, "tests", "Airs.Cli.Tests", "Mcp", name);

    [Fact]
    public void Writes_a_pack_that_a_policy_can_use_and_warns_on_stderr()
    {
        using var temp = new TempDirectory();
        var output = temp.File("payments.tools.airs");
        var run = CliRunner.Airs("import", "mcp", Fixture("payments.json"), "-o", output, "--pack", "mcp.payments");

        Assert.Equal(AirsCommand.Ok, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("warning: tool `payments.list_charges`: argument `created` is not expressible", run.Error);
        Assert.Contains("wrote 6 tools (3 writing)", run.Error);
        var policy = temp.File("bot.airs", """
            policy bot {
              tier high
              use "./payments.tools.airs"
              tools ["payments.get_balance"]
              review desk { sla 1h }
              guard big_refund on tool_call {
                when tool.name == "payments.create_refund" and tool.args.amount > 10000
                escalate desk
              }
            }
            """);
        var compilation = Compilation.FromFile(policy);
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        Assert.Contains(compilation.Policy!.Spec.Tools, t => t.Name == "payments.transfer" && t.Writes);
    }

    [Fact]
    public void Without_output_the_declarations_go_to_stdout()
    {
        var run = CliRunner.Airs("import", "mcp", Fixture("github.json"));
        Assert.Equal(AirsCommand.Ok, run.ExitCode);
        Assert.Contains("tool \"create_issue\" {", run.Out);
        Assert.Contains("// writes: annotations say `readOnlyHint: false`", run.Out);
        Assert.Contains("warning: tool `push_files`: argument `files` is not expressible", run.Error);
    }

    [Fact]
    public void Bad_input_is_one_line_and_a_nonzero_exit()
    {
        using var temp = new TempDirectory();
        var missing = CliRunner.Airs("import", "mcp", temp.File("missing.json"));
        Assert.Equal(AirsCommand.Usage, missing.ExitCode);

        var notJson = CliRunner.Airs("import", "mcp", temp.File("bad.json", "{ tools: "));
        Assert.Equal(AirsCommand.Problems, notJson.ExitCode);
        Assert.Single(notJson.Error.Trim().Split('\n'));
        Assert.StartsWith("error: ", notJson.Error);

        var badPack = CliRunner.Airs("import", "mcp", Fixture("slack.json"), "--pack", "not-a-name");
        Assert.Equal(AirsCommand.Usage, badPack.ExitCode);
        Assert.Contains("`not-a-name` is not a pack name", badPack.Error);
    }
}
