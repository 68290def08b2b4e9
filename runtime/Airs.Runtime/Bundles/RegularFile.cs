using System.Runtime.InteropServices;

namespace Airs.Runtime.Bundles;

/// <summary>
/// Whether a path names a regular file (a symbolic link followed), found without opening it: opening a FIFO for reading
/// blocks until a writer comes, and .NET has no non-blocking open. No managed API tells a FIFO, device or socket from a
/// file (their <see cref="FileAttributes"/> are <c>Normal</c>), so this asks stat(2) through the runtime's own native
/// shim, which every .NET on Unix ships (its file APIs call it) and which reports the type bits the same way everywhere.
/// </summary>
internal static class RegularFile
{
    private const int TypeMask = 0xF000, Regular = 0x8000; // the shim's S_IFMT and S_IFREG, alike on every Unix

    /// <summary>
    /// False for a FIFO, device, socket or directory. True on Windows, where a folder holds no FIFO, and when stat
    /// fails (a missing file): the open then fails and says why.
    /// </summary>
    public static bool Is(string path) =>
        OperatingSystem.IsWindows() || Stat(path, out var status) != 0 || (status.Mode & TypeMask) == Regular;

    /// <summary>The shim's <c>FileStatus</c> starts with its flags and mode; the rest (a little over 100 bytes) is room.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out FileStatus status);
}
