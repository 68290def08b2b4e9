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

    public static CliRunner.Run Run(string file, string directory, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        CliRunner.Exec(file, args, TimeSpan.FromMinutes(10), directory, environment);

    public void Dispose() => _publish.Dispose();
}
