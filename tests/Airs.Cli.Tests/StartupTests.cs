namespace Airs.Cli.Tests;

/// <summary>
/// Issue 21.6: the short commands an editor or a pre-commit hook runs never load Roslyn (its assemblies alone cost more
/// start-up than the check); only `airs build` and `airs test --compiled` do. Each command runs as its own process, the
/// way a hook runs it, and <see cref="LoadedAssembliesHook"/> lists what that process loaded.
/// </summary>
public sealed class StartupTests
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private const string Policy = "policies/examples/support_bot.airs";

    [Theory]
    [InlineData("check", Policy)]
    [InlineData("check", "--format", "sarif", Policy)]
    [InlineData("fmt", "--check", Policy)]
    [InlineData("test", Policy)]
    public void A_short_command_never_loads_Roslyn(params string[] args)
    {
        var (run, loaded) = Airs(args);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Airs.Compiler", loaded);
        Assert.DoesNotContain(loaded, name => name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
    }

    /// <summary>The same hook sees Roslyn when a command needs it, so the test above cannot pass by seeing nothing.</summary>
    [Fact]
    public void Test_compiled_loads_Roslyn()
    {
        var (run, loaded) = Airs("test", "--compiled", "policies/examples/summariser.airs");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Microsoft.CodeAnalysis.CSharp", loaded);
    }

    private static (CliRunner.Run Run, IReadOnlyList<string> Loaded) Airs(params string[] args)
    {
        using var temp = new TempDirectory();
        var list = temp.File("loaded.txt");
        var environment = new Dictionary<string, string>
        {
            ["DOTNET_STARTUP_HOOKS"] = typeof(LoadedAssembliesHook).Assembly.Location,
            [LoadedAssembliesHook.Variable] = list,
        };
        var run = CliRunner.Exec("dotnet", [Path.Combine(CliRunner.RepoRoot, "cli", "bin", Configuration, "net10.0", "airs.dll"), .. args],
            TimeSpan.FromMinutes(3), environment: environment);
        Assert.True(File.Exists(list), $"the start-up hook wrote no list\n{run}");
        return (run, File.ReadAllLines(list));
    }
}
