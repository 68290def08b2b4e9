using System.Runtime.InteropServices;

namespace Airs.Cli;

/// <summary>
/// Hands a command the native front end does not run to the managed `airs`: the one <see cref="Variable"/> names (its
/// `airs` executable, or `airs.dll` to run under `dotnet`), else `managed/airs` beside this executable, where the
/// publish puts it. The managed tool replaces this process (execvp), so signals, standard streams and the exit code
/// are its own, exactly as if it had been called directly.
/// </summary>
public static partial class ManagedTool
{
    public const string Variable = "AIRS_MANAGED";

    public static int Run(string[] args, TextWriter error)
    {
        var tool = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } named
            ? named
            : Path.Combine(AppContext.BaseDirectory, "managed", OperatingSystem.IsWindows() ? "airs.exe" : "airs");
        if (!File.Exists(tool))
        {
            error.WriteLine($"error: this native airs runs only `check`, `fmt` and `test`, and the managed airs for the other commands is not at {tool} (publish cli/Native without -p:AirsPublishManaged=false, or set {Variable})");
            return AirsCommand.Usage;
        }
        string[] command = tool.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? ["dotnet", tool, .. args] : [tool, .. args];
        if (OperatingSystem.IsWindows())
        {
            // No exec on Windows; a child process would not pass on Ctrl+C and exit codes as faithfully. Say what to run.
            error.WriteLine($"error: this native airs runs only `check`, `fmt` and `test`; run {string.Join(' ', command)}");
            return AirsCommand.Usage;
        }
        var argv = new nint[command.Length + 1];
        for (var i = 0; i < command.Length; i++)
        {
            argv[i] = Marshal.StringToCoTaskMemUTF8(command[i]);
        }
        ExecVp(command[0], argv);
        // Only reached when the exec failed.
        error.WriteLine($"error: cannot run {command[0]}: {Marshal.GetLastPInvokeErrorMessage()}");
        return AirsCommand.InternalError;
    }

    // Bound at link time (DirectPInvoke in the project): no library lookup at run time.
    [LibraryImport("libc", EntryPoint = "execvp", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int ExecVp(string file, nint[] argv);
}
