using System.Text.RegularExpressions;
using Airs.Cli;
using Airs.Cli.Commands;

namespace Airs.Runtime.AspNetCore.Tests.Sidecar;

/// <summary>The `airs serve` example in docs/sidecar.md uses only options the command has, so the docs cannot drift.</summary>
public sealed class SidecarDocsTests
{
    [Fact]
    public void TheServeExampleParses()
    {
        var text = File.ReadAllText(Path.Combine(SidecarTestHost.RepoRoot(), "docs", "sidecar.md"));
        var block = Regex.Match(text, "```sh\\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        var line = Regex.Match(block.Replace("\\\n", " "), "^airs serve (.*)$", RegexOptions.Multiline).Groups[1].Value;
        Assert.Contains("--token", line);
        var command = ServeCommand.Create(new CliConsole(new StringWriter(), new StringWriter()));
        var result = command.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Empty(result.Errors);
        Assert.Empty(result.UnmatchedTokens);
    }
}
