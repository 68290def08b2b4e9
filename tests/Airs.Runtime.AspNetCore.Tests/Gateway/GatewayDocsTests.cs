using System.Text.RegularExpressions;
using Airs.Cli;
using Airs.Cli.Commands;
using Airs.Runtime.AspNetCore.Tests.Guarding;

namespace Airs.Runtime.AspNetCore.Tests.Gateway;

/// <summary>docs/gateway.md: its command uses only options `airs gateway` has, and its apps change only their client line.</summary>
public sealed partial class GatewayDocsTests
{
    private static readonly string Text = File.ReadAllText(RepositoryPaths.Combine("docs", "gateway.md"));

    [Fact]
    public void The_gateway_example_parses()
    {
        var block = ShellBlock().Match(Text).Groups[1].Value;
        var line = GatewayLine().Match(block.Replace("\\\n", " ")).Groups[1].Value;
        Assert.Contains("--upstream-key-env", line);
        var command = GatewayCommand.Create(new CliConsole(new StringWriter(), new StringWriter()));

        var result = command.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Empty(result.Errors);
        Assert.Empty(result.UnmatchedTokens);
    }

    [Theory]
    [InlineData("python", "base_url=\"http://127.0.0.1:8788/v1\"")]
    [InlineData("typescript", "baseURL: \"http://127.0.0.1:8788/v1\"")]
    public void Before_and_after_differ_only_in_the_clients_construction(string language, string baseUrl)
    {
        var blocks = Regex.Matches(Text, $"```{language}\\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value.Split('\n')).ToList();
        Assert.Equal(2, blocks.Count);
        var (before, after) = (blocks[0], blocks[1]);

        Assert.Equal(before.Length, after.Length);
        var changed = Enumerable.Range(0, before.Length).Where(i => before[i] != after[i]).ToList();
        var line = Assert.Single(changed);
        Assert.Contains(baseUrl, after[line]);
        Assert.DoesNotContain("127.0.0.1", before[line]);
    }

    [GeneratedRegex("```sh\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();

    [GeneratedRegex("^airs gateway (.*)$", RegexOptions.Multiline)]
    private static partial Regex GatewayLine();
}
