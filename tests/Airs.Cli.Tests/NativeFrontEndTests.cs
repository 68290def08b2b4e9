using Xunit.Abstractions;

namespace Airs.Cli.Tests;

/// <summary>
/// Issue 21.6: the native `airs` (cli/Native) compiles the managed tool's own command sources, and these tests hold it to
/// the managed tool's answers — standard output, standard error and exit code — for every command it runs itself, on
/// every example policy and every baseline input, in every format; every other command goes to the managed tool.
/// The managed commands run in-process, the native ones as processes in the same working directory, so paths are
/// shown alike; the inputs are copied under that directory so they are shown relative to it, as in a repository.
/// </summary>
public sealed class NativeFrontEndTests(NativeFrontEnd native, ITestOutputHelper output) : IClassFixture<NativeFrontEnd>
{
    private static readonly Dictionary<string, string> NoVariables = [];

    [Fact]
    public void Check_fmt_and_test_answer_exactly_as_the_managed_tool_does()
    {
        output.WriteLine($"native publish: {native.PublishTime.TotalSeconds:F0} s");
        using var inputs = new ParityInputs();
        var differences = new List<string>();
        var runs = 0;
        void Compare(params string[] args)
        {
            runs++;
            var managed = CliRunner.Airs(args);
            var ours = Native(args);
            if (ours != managed)
            {
                differences.Add($"airs {string.Join(' ', args)}\n--- managed: {managed}\n--- native: {ours}");
            }
        }
        foreach (var file in inputs.Files)
        {
            Compare("check", file);
            Compare("check", "--format", "json", file);
            Compare("check", "--format", "sarif", file);
            Compare("fmt", "--check", file);
            Compare("test", file);
            differences.AddRange(CompareFormatting(file));
        }
        Compare("check", inputs.Examples);
        Compare("check", "--format", "sarif", inputs.Examples);
        Compare("test", inputs.Examples);
        // Usage errors: exit code 2 and the same one-line messages.
        Compare("check");
        Compare("check", "missing.airs");
        Compare("check", "--format", "xml", inputs.Files[0]);
        Compare("check", "--no-such-option", inputs.Files[0]);
        Compare("fmt", Path.GetDirectoryName(inputs.Examples)!, "--check");
        Compare("test", "missing");
        output.WriteLine($"{runs} command lines and {inputs.Files.Count} rewrites compared on {inputs.Files.Count} files");
        Assert.True(differences.Count == 0, $"{differences.Count} differences:\n{string.Join("\n\n", differences.Take(5))}");
    }

    /// <summary>Help is printed under the executable's name, so it is compared with the managed tool run as a process.</summary>
    [Theory]
    [InlineData("check", "--help")]
    [InlineData("fmt", "--help")]
    [InlineData("test", "--help")]
    public void Help_is_the_managed_tools(params string[] args)
    {
        var managed = NativeFrontEnd.Run("dotnet", CliRunner.RepoRoot, NoVariables, [NativeFrontEnd.ManagedDll, .. args]);
        Assert.Equal(managed, NativeFrontEnd.Run(native.Airs, CliRunner.RepoRoot, NoVariables, args));
    }

    /// <summary>Everything else — the root help, other commands, unknown ones — is the managed tool's, run in place of this process.</summary>
    [Theory]
    [InlineData("--help")]
    [InlineData("no-such-command")]
    [InlineData("keys", "--help")]
    public void Other_commands_are_handed_to_the_managed_tool(params string[] args)
    {
        var managed = NativeFrontEnd.Run("dotnet", CliRunner.RepoRoot, NoVariables, [NativeFrontEnd.ManagedDll, .. args]);
        var handed = NativeFrontEnd.Run(native.Airs, CliRunner.RepoRoot, new Dictionary<string, string> { ["AIRS_MANAGED"] = NativeFrontEnd.ManagedDll }, args);
        Assert.Equal(managed, handed);
    }

    [Fact]
    public void Without_the_managed_tool_other_commands_are_a_usage_error_that_says_where_it_was_looked_for()
    {
        var run = NativeFrontEnd.Run(native.Airs, CliRunner.RepoRoot, NoVariables, "build", "policies", "-o", "bundles");
        Assert.Equal(AirsCommand.Usage, run.ExitCode);
        Assert.Contains("managed", run.Error);
        Assert.Contains("AIRS_MANAGED", run.Error);
        Assert.Equal("", run.Out);
    }

    /// <summary>`airs fmt` rewrites the file: both tools start from the same text and must leave the same text.</summary>
    private IEnumerable<string> CompareFormatting(string file)
    {
        var original = File.ReadAllBytes(file);
        var ours = Native("fmt", file);
        var oursText = File.ReadAllBytes(file);
        File.WriteAllBytes(file, original);
        var managed = CliRunner.Airs("fmt", file);
        var managedText = File.ReadAllBytes(file);
        File.WriteAllBytes(file, original);
        if (ours != managed)
        {
            yield return $"airs fmt {file}\n--- managed: {managed}\n--- native: {ours}";
        }
        if (!oursText.AsSpan().SequenceEqual(managedText))
        {
            yield return $"airs fmt {file}: the rewritten files differ";
        }
    }

    private CliRunner.Run Native(params string[] args) => NativeFrontEnd.Run(native.Airs, Environment.CurrentDirectory, NoVariables, args);
}

/// <summary>
/// Copies of the example policies and of every baseline case (with its neighbours, which some inputs use), in a folder
/// under the working directory; <see cref="Files"/> are relative to it.
/// </summary>
public sealed class ParityInputs : IDisposable
{
    private readonly string _root = Path.Combine(Environment.CurrentDirectory, $"native-parity-{Guid.NewGuid():N}");

    public ParityInputs()
    {
        var files = new List<string>();
        foreach (var example in Directory.GetFiles(Path.Combine(CliRunner.RepoRoot, "policies", "examples"), "*.airs").Order(StringComparer.Ordinal))
        {
            files.Add(Copy(example, Path.Combine("examples", Path.GetFileName(example))));
        }
        foreach (var baseline in Directory.GetDirectories(Path.Combine(CliRunner.RepoRoot, "tests", "baselines")).Order(StringComparer.Ordinal))
        {
            foreach (var file in Directory.GetFiles(baseline))
            {
                var copy = Copy(file, Path.Combine("baselines", Path.GetFileName(baseline), Path.GetFileName(file)));
                if (Path.GetFileName(file) == "main.airs")
                {
                    files.Add(copy);
                }
            }
        }
        Files = files;
        Examples = Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(_root, "examples"));
    }

    public IReadOnlyList<string> Files { get; }

    /// <summary>The folder of example policies.</summary>
    public string Examples { get; }

    private string Copy(string from, string to)
    {
        var full = Path.Combine(_root, to);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.Copy(from, full);
        return Path.GetRelativePath(Environment.CurrentDirectory, full);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
