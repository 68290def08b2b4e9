using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;
using Xunit.Abstractions;

namespace Airs.Cli.Tests;

/// <summary>
/// Packs the projects the way a release does and installs the tool the way a user does (into a tool path,
/// never the machine's global tools), from the local folder only. Uses the binaries the test build made.
/// </summary>
[Collection(WorkingDirectoryCollection.Name)]
public sealed class PackagingTests(ITestOutputHelper output)
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    [Fact]
    public void The_tool_packs_installs_and_checks_a_policy()
    {
        using var temp = new TempDirectory();
        var packages = Path.Combine(temp.Path, "packages");
        var tools = Path.Combine(temp.Path, "tools");
        var watch = Stopwatch.StartNew();
        Dotnet("pack", "cli/Airs.Cli.csproj", "--no-build", "-c", Configuration, "-o", packages);
        Dotnet("tool", "install", "Airs.Cli", "--tool-path", tools, "--add-source", packages, "--ignore-failed-sources");
        output.WriteLine($"pack and install: {watch.Elapsed.TotalSeconds:F1} s");

        var airs = Path.Combine(tools, OperatingSystem.IsWindows() ? "airs.exe" : "airs");
        var help = Exec(airs, "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("check", help.Out);
        var check = Exec(airs, "check", "policies/examples/support_bot.airs");
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Contains("checked 1 file: 0 errors", check.Error);
        var broken = Path.Combine(temp.Path, "broken.airs");
        File.WriteAllText(broken, "policy broken { tier low guard g on input { when input.nope block \"x\" } }\n");
        Assert.Equal(1, Exec(airs, "check", broken).ExitCode);
    }

    /// <summary>
    /// Issue 15.8: the install steps of docs/getting-started.md (its <c>```sh install</c> block), run as written in this
    /// checkout: the clone and <c>cd</c> lines are what made the checkout, every other line runs, in order.
    /// </summary>
    [Fact]
    public void The_documented_install_from_a_clone_works()
    {
        var page = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, "docs", "getting-started.md")).Replace("\r\n", "\n");
        const string Fence = "```sh install\n";
        var start = page.IndexOf(Fence, StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/getting-started.md has no ```sh install block");
        start += Fence.Length;
        var lines = page[start..page.IndexOf("```", start, StringComparison.Ordinal)].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var artifacts = Path.Combine(CliRunner.RepoRoot, "artifacts");
        var variables = new Dictionary<string, string> { ["PWD"] = CliRunner.RepoRoot, ["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "" };
        DeleteInstall(artifacts);
        try
        {
            var ran = new List<string>();
            foreach (var line in lines)
            {
                var command = ShellCommand.Parse(line, variables);
                switch (command.Program)
                {
                    case "git" when command.Arguments[0] == "clone":
                    case "cd" when command.Arguments.Single() == "airspolicy":
                        continue; // this checkout is that clone
                    case "export":
                        var (name, value) = (command.Arguments.Single().Split('=', 2)[0], command.Arguments.Single().Split('=', 2)[1]);
                        variables[name] = value;
                        break;
                    case "dotnet":
                        Dotnet([.. command.Arguments]);
                        break;
                    case "airs":
                        var airs = Which("airs", variables["PATH"]);
                        Assert.StartsWith(Path.Combine(artifacts, "tools"), airs);
                        var run = Exec(airs, [.. command.Arguments]);
                        Assert.True(run.ExitCode == 0, run.ToString());
                        Assert.Contains("check", run.Out);
                        break;
                    default:
                        Assert.Fail($"`{line}` is a step this test does not know how to run");
                        break;
                }
                ran.Add(command.Program);
            }
            Assert.Equal(["dotnet", "dotnet", "export", "airs"], ran);
        }
        finally
        {
            DeleteInstall(artifacts);
        }
    }

    private static void DeleteInstall(string artifacts)
    {
        foreach (var folder in new[] { "packages", "tools" })
        {
            if (Directory.Exists(Path.Combine(artifacts, folder)))
            {
                Directory.Delete(Path.Combine(artifacts, folder), recursive: true);
            }
        }
    }

    private static string Which(string program, string path) =>
        path.Split(Path.PathSeparator).Select(d => Path.Combine(d, OperatingSystem.IsWindows() ? program + ".exe" : program)).First(File.Exists);

    [Theory]
    [InlineData("runtime/Airs.Runtime/Airs.Runtime.csproj", "Airs.Runtime")]
    [InlineData("runtime/Airs.Runtime.AI/Airs.Runtime.AI.csproj", "Airs.Runtime.AI")]
    [InlineData("compiler/Airs.Compiler.csproj", "Airs.Compiler")]
    [InlineData("cli/Airs.Cli.csproj", "Airs.Cli")]
    public void Packages_carry_their_metadata_readme_and_symbols(string project, string id)
    {
        using var temp = new TempDirectory();
        Dotnet("pack", project, "--no-build", "-c", Configuration, "-o", temp.Path);
        var nupkg = Directory.GetFiles(temp.Path, $"{id}.*.nupkg").Single(f => Path.GetFileName(f).StartsWith(id + ".", StringComparison.Ordinal)
            && char.IsDigit(Path.GetFileName(f)[id.Length + 1]));
        Assert.True(File.Exists(Path.ChangeExtension(nupkg, ".snupkg")), "no symbols package beside " + nupkg);

        using var archive = ZipFile.OpenRead(nupkg);
        var nuspec = XDocument.Load(archive.GetEntry($"{id}.nuspec")!.Open());
        var metadata = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;
        XElement Element(string name) => metadata.Elements().Single(e => e.Name.LocalName == name);

        Assert.Equal(id, Value("id"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("expression", Element("license").Attribute("type")?.Value);
        Assert.Equal("README.md", Value("readme"));
        Assert.NotNull(archive.GetEntry("README.md"));
        Assert.StartsWith("https://github.com/", Element("repository").Attribute("url")?.Value);
        Assert.True(Value("description").Length > 40, Value("description"));
        Assert.Contains("ai-security", Value("tags"));
    }

    private void Dotnet(params string[] args)
    {
        var run = Exec("dotnet", args);
        output.WriteLine($"dotnet {string.Join(' ', args)}: exit {run.ExitCode}");
        Assert.True(run.ExitCode == 0, run.ToString());
    }

    private static CliRunner.Run Exec(string file, params string[] args) => CliRunner.Exec(file, args, TimeSpan.FromMinutes(3));
}
