using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Abstractions;

namespace Airs.Cli.Tests;

/// <summary>
/// docs/getting-started.md is run, not just read: its files are written to a fresh directory, its `airs`
/// commands run in order against the real CLI, and its C# program is compiled against the runtime packages.
/// </summary>
[Collection(WorkingDirectoryCollection.Name)]
public sealed partial class GettingStartedTests(ITestOutputHelper output)
{
    private static readonly string PagePath = Path.Combine(CliRunner.RepoRoot, "docs", "getting-started.md");

    /// <summary>Commands of other tools on the page, and what covers them instead.</summary>
    private static readonly Dictionary<string, string> CoveredElsewhere = new(StringComparer.Ordinal)
    {
        ["dotnet tool install"] = "PackagingTests packs Airs.Cli and installs it with --tool-path",
        ["dotnet new"] = "the C# program is compiled by Csharp_program_compiles_against_the_runtime",
        ["dotnet add"] = "the test project references Airs.Runtime and Airs.Runtime.AI, whose packages PackagingTests checks",
        ["dotnet run"] = "needs a model endpoint; the program is compiled, not run",
    };

    public sealed record CodeBlock(string Language, string Text, string? FileName);

    public static IReadOnlyList<CodeBlock> Blocks(string markdown)
    {
        var blocks = new List<CodeBlock>();
        foreach (Match match in Fence().Matches(markdown.Replace("\r\n", "\n")))
        {
            var file = match.Groups["file"].Success ? match.Groups["file"].Value : null;
            blocks.Add(new CodeBlock(match.Groups["lang"].Value, match.Groups["body"].Value, file));
        }
        return blocks;
    }

    [Fact]
    public void Every_shell_command_runs() => RunPage(_ => true);

    [AirsCommandFact("assess")]
    public void The_assessment_step_runs() => Assert.Equal(["assess"], RunPage(name => name == "assess"));

    [AirsCommandFact("keys", "build")]
    public void The_key_and_build_steps_run() => Assert.Equal(["keys", "build"], RunPage(name => name is "keys" or "build"));

    /// <summary>Runs the page's `airs` commands that <paramref name="include"/> selects, in order; returns those that ran.</summary>
    private List<string> RunPage(Func<string, bool> include)
    {
        var blocks = Blocks(File.ReadAllText(PagePath));
        using var temp = new TempDirectory();
        foreach (var block in blocks.Where(b => b.FileName is not null))
        {
            temp.File(block.FileName!, block.Text);
        }
        var lines = blocks.Where(b => b.Language == "sh")
            .SelectMany(b => b.Text.Split('\n'))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();
        Assert.NotEmpty(lines);
        var ran = new List<string>();
        var skipped = new List<string>();
        using (new CurrentDirectory(temp.Path))
        {
            foreach (var line in lines)
            {
                var command = ShellCommand.Parse(line, new Dictionary<string, string>());
                if (command.Program != "airs")
                {
                    var known = CoveredElsewhere.Keys.FirstOrDefault(k => line.StartsWith(k, StringComparison.Ordinal));
                    Assert.True(known is not null, $"`{line}` is neither an airs command nor one this test knows is covered elsewhere");
                    output.WriteLine($"not run here: `{line}`: {CoveredElsewhere[known!]}");
                    continue;
                }
                var name = command.Arguments.FirstOrDefault() ?? "";
                if (!include(name))
                {
                    continue;
                }
                if (!name.StartsWith('-') && !CliRunner.IsRegistered(name))
                {
                    skipped.Add(name);
                    output.WriteLine($"SKIPPED `airs {name}`: not registered in this build of airs yet: {line}");
                    continue;
                }
                var run = DocumentedCommands.RunAirs(command);
                output.WriteLine($"ran: {line}\n{run}");
                Assert.True(run.ExitCode == AirsCommand.Ok, $"{line}\n{run}");
                ran.Add(name);
            }
        }
        // Only commands still being wired elsewhere may be skipped.
        Assert.All(skipped, name => Assert.Contains(name, new[] { "assess", "keys", "build" }));
        if (include("check"))
        {
            Assert.Contains("check", ran);
            Assert.Contains("test", ran);
            Assert.Contains("eval", ran);
        }
        return ran;
    }

    [Fact]
    public void The_policy_on_the_page_blocks_the_injection_it_shows()
    {
        var blocks = Blocks(File.ReadAllText(PagePath));
        using var temp = new TempDirectory();
        foreach (var block in blocks.Where(b => b.FileName is not null))
        {
            temp.File(block.FileName!, block.Text);
        }
        var run = CliRunner.Airs("eval", Path.Combine(temp.Path, "policies", "chat_bot.airs"), "--stage", "input", "--context", Path.Combine(temp.Path, "injection.json"));
        Assert.Equal(AirsCommand.Ok, run.ExitCode);
        Assert.Contains("\"outcome\": \"block\"", run.Out);
    }

    [Fact]
    public void Csharp_program_compiles_against_the_runtime()
    {
        var program = Assert.Single(Blocks(File.ReadAllText(PagePath)), b => b.Language == "csharp").Text;
        // What `dotnet new console` turns on: implicit usings.
        const string implicitUsings = """
            global using System;
            global using System.Collections.Generic;
            global using System.IO;
            global using System.Linq;
            global using System.Net.Http;
            global using System.Threading;
            global using System.Threading.Tasks;
            """;
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create("ChatApp",
            [CSharpSyntaxTree.ParseText(program, path: "Program.cs"), CSharpSyntaxTree.ParseText(implicitUsings)],
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        var problems = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n" + program);
    }

    [GeneratedRegex(@"(?:<!-- file: (?<file>[^ ]+) -->\n)?```(?<lang>[a-z]+)\n(?<body>.*?)```\n", RegexOptions.Singleline)]
    private static partial Regex Fence();
}
