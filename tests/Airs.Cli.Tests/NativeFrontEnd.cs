using System.Diagnostics;

namespace Airs.Cli.Tests;

/// <summary>
/// The native front end (cli/Native), published once for the tests that compare it with the managed tool: NativeAOT,
/// without the managed tool beside it (<c>-p:AirsPublishManaged=false</c>). About 1.5 minutes on 2 busy cores.
/// </summary>
public sealed class NativeFrontEnd : IDisposable
{
#if DEBUG
    public const string Configuration = "Debug";
#else
    public const string Configuration = "Release";
#endif

    private readonly TempDirectory _publish = new();

    public NativeFrontEnd()
    {
        var watch = Stopwatch.StartNew();
        var publish = Run("dotnet", CliRunner.RepoRoot, new Dictionary<string, string>(), "publish", "cli/Native/Airs.Cli.Native.csproj", "-c", Configuration,
            "--nologo", "-p:AirsPublishManaged=false", "-o", _publish.Path);
        PublishTime = watch.Elapsed;
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"the native front end did not publish\n{publish}");
        }
    }

    public string Airs => Path.Combine(_publish.Path, OperatingSystem.IsWindows() ? "airs.exe" : "airs");

    public TimeSpan PublishTime { get; }

    /// <summary>The managed tool's build output, which the native front end hands other commands to.</summary>
    public static string ManagedDll => Path.Combine(CliRunner.RepoRoot, "cli", "bin", Configuration, "net10.0", "airs.dll");

    public static CliRunner.Run Run(string file, string directory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = directory,
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
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"`{file} {string.Join(' ', args)}` did not finish in 10 minutes");
        }
        return new CliRunner.Run(process.ExitCode, stdout.Result, stderr.Result);
    }

    public void Dispose() => _publish.Dispose();
}
