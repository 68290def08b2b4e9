using System.Diagnostics;

namespace Airs.Cli.Tests;

/// <summary>Runs the real `airs` command in-process and captures what it writes.</summary>
public static class CliRunner
{
    public sealed record Run(int ExitCode, string Out, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
    }

    public static Run Airs(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = AirsCommand.RunAsync(args, output, error).GetAwaiter().GetResult();
        return new Run(code, output.ToString(), error.ToString());
    }

    /// <summary>Whether `airs &lt;name&gt;` exists in this build (other commands are wired in parallel).</summary>
    public static bool IsRegistered(string command) =>
        Airs("--help").Out.Split('\n').SkipWhile(l => !l.StartsWith("Commands:", StringComparison.Ordinal))
            .Any(l => l.TrimStart().Split(' ')[0] == command);

    /// <summary>
    /// Runs <paramref name="file"/> as a process (quiet .NET CLI, no MSBuild node reuse, plus <paramref name="environment"/>),
    /// capturing what it writes; a process still running after <paramref name="timeout"/> is killed and fails the test.
    /// </summary>
    public static Run Exec(string file, IEnumerable<string> args, TimeSpan timeout, string? directory = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = directory ?? RepoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{file} {string.Join(' ', start.ArgumentList)}` did not finish in {timeout.TotalMinutes:0} minutes");
        }
        return new Run(process.ExitCode, stdout.Result, stderr.Result);
    }

    public static string RepoRoot { get; } = FindRepoRoot();

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AirsPolicy.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("the repository root (with AirsPolicy.sln) is not above the test binaries");
    }
}

/// <summary>A temporary directory, deleted when disposed.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = Directory.CreateTempSubdirectory("airs-cli-tests-").FullName;
    }

    public string Path { get; }

    public string File(string relative, string? content = null)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        if (content is not null)
        {
            System.IO.File.WriteAllText(full, content);
        }
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless.
        }
    }
}

/// <summary>
/// Tests that change the process's current directory (the CLI resolves and shows paths relative to it)
/// run alone, after the parallel ones.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WorkingDirectoryCollection
{
    public const string Name = "working directory";
}

/// <summary>Sets the current directory for the lifetime of the scope.</summary>
public sealed class CurrentDirectory : IDisposable
{
    private readonly string _previous = Environment.CurrentDirectory;

    public CurrentDirectory(string path)
    {
        Environment.CurrentDirectory = path;
    }

    public void Dispose() => Environment.CurrentDirectory = _previous;
}

/// <summary>
/// A fact that shows up as skipped, naming the commands, while an `airs` command it needs is not registered
/// (commands are wired in parallel; this keeps the gap visible in every test run).
/// </summary>
public sealed class AirsCommandFactAttribute : FactAttribute
{
    public AirsCommandFactAttribute(params string[] commands)
    {
        var missing = commands.Where(c => !CliRunner.IsRegistered(c)).ToList();
        if (missing.Count > 0)
        {
            Skip = $"not registered in this build of airs yet: {string.Join(", ", missing.Select(c => $"`airs {c}`"))}";
        }
    }
}
