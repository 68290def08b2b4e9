using System.Text.Json;
using Xunit.Abstractions;

namespace Airs.Cli.Tests;

/// <summary>
/// Every `airs …` command of the example GitHub workflow runs against the real CLI, on a copy of the
/// repository's policies, in the order the workflow runs them.
/// </summary>
[Collection(WorkingDirectoryCollection.Name)]
public sealed class CiWorkflowTests(ITestOutputHelper output)
{
    private static readonly string WorkflowPath = Path.Combine(CliRunner.RepoRoot, "examples", "ci", "airs-policies.yml");

    /// <summary>The commands of every `run:` step, one-line or block (`run: |`), in order.</summary>
    public static IReadOnlyList<string> RunLines(string yaml)
    {
        var lines = yaml.Replace("\r\n", "\n").Split('\n');
        var commands = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimStart(' ', '-');
            if (!trimmed.StartsWith("run:", StringComparison.Ordinal))
            {
                continue;
            }
            var value = trimmed["run:".Length..].Trim();
            if (value is "|" or ">")
            {
                var indent = lines[i].Length - lines[i].TrimStart().Length;
                for (i++; i < lines.Length && (lines[i].Trim().Length == 0 || lines[i].Length - lines[i].TrimStart().Length > indent); i++)
                {
                    if (lines[i].Trim().Length > 0)
                    {
                        commands.Add(lines[i].Trim());
                    }
                }
                i--;
            }
            else
            {
                commands.Add(value);
            }
        }
        return commands;
    }

    [Fact]
    public void The_workflow_uses_the_required_actions_and_steps()
    {
        var yaml = File.ReadAllText(WorkflowPath);
        Assert.Contains("actions/setup-dotnet@", yaml);
        Assert.Contains("dotnet-version: \"10.0.x\"", yaml);
        Assert.Contains("github/codeql-action/upload-sarif@", yaml);
        Assert.Contains("actions/upload-artifact@", yaml);
        Assert.Contains("secrets.AIRS_SIGNING_KEY", yaml);
        var airs = RunLines(yaml).Where(l => l.StartsWith("airs ", StringComparison.Ordinal)).Select(l => l.Split(' ')[1]).ToList();
        Assert.Equal(["fmt", "check", "test", "build"], airs);
    }

    [Fact]
    public void Every_airs_command_in_the_workflow_runs() => RunWorkflow(_ => true);

    [AirsCommandFact("fmt")]
    public void The_formatting_step_runs() => Assert.Equal(["fmt"], RunWorkflow(name => name == "fmt"));

    [AirsCommandFact("keys", "build")]
    public void The_signed_build_step_runs() => Assert.Equal(["build"], RunWorkflow(name => name == "build"));

    /// <summary>Runs the workflow's `airs` commands that <paramref name="include"/> selects; returns those that ran.</summary>
    private List<string> RunWorkflow(Func<string, bool> include)
    {
        using var temp = new TempDirectory();
        CopyDirectory(Path.Combine(CliRunner.RepoRoot, "policies"), Path.Combine(temp.Path, "policies"));
        var runnerTemp = Directory.CreateDirectory(Path.Combine(temp.Path, "runner-temp")).FullName;
        var variables = new Dictionary<string, string> { ["RUNNER_TEMP"] = runnerTemp, ["GITHUB_PATH"] = Path.Combine(runnerTemp, "path") };
        var ran = new List<string>();
        var skipped = new List<string>();
        using (new CurrentDirectory(temp.Path))
        {
            foreach (var line in RunLines(File.ReadAllText(WorkflowPath)))
            {
                var program = line.Split(' ')[0];
                if (program is not ("airs" or "mkdir"))
                {
                    // Installing the tool is what PackagingTests does; writing and removing the key is shell.
                    output.WriteLine($"not an airs command (covered elsewhere or plain shell): {line}");
                    continue;
                }
                var command = ShellCommand.Parse(line, variables);
                if (program == "mkdir")
                {
                    Directory.CreateDirectory(command.Arguments.Last());
                    continue;
                }
                var name = command.Arguments[0];
                if (!include(name))
                {
                    continue;
                }
                if (!CliRunner.IsRegistered(name))
                {
                    skipped.Add(name);
                    output.WriteLine($"SKIPPED `airs {name}`: not registered in this build of airs yet: {line}");
                    continue;
                }
                if (name == "build")
                {
                    PrepareSigningKey(runnerTemp);
                }
                var run = DocumentedCommands.RunAirs(command);
                output.WriteLine($"ran: {line}\n{run}");
                Assert.True(run.ExitCode == AirsCommand.Ok, $"{line}\n{run}");
                ran.Add(name);
            }
            if (ran.Contains("check"))
            {
                using var sarif = JsonDocument.Parse(File.ReadAllText("airs.sarif"));
                Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
            }
            if (ran.Contains("build"))
            {
                Assert.True(File.Exists("bundles/support_bot.airsb"));
            }
        }
        // Only commands still being wired elsewhere may be skipped.
        Assert.All(skipped, name => Assert.Contains(name, new[] { "fmt", "build" }));
        if (include("check"))
        {
            Assert.Contains("check", ran);
            Assert.Contains("test", ran);
        }
        return ran;
    }

    /// <summary>The workflow writes the key from a secret; here a fresh key stands in for it.</summary>
    private void PrepareSigningKey(string runnerTemp)
    {
        var keys = CliRunner.Airs("keys", "new", "--out", runnerTemp);
        output.WriteLine($"airs keys new: {keys}");
        Assert.Equal(AirsCommand.Ok, keys.ExitCode);
        Assert.True(File.Exists(Path.Combine(runnerTemp, "airs-signing.key.pem")));
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
