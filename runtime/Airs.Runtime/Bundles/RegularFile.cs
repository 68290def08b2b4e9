using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Airs.Runtime.Bundles;

/// <summary>
/// Opens a file for reading only when it is a regular file (a symbolic link followed), decided on the opened handle so
/// that nothing can be swapped in between a check and the open. Opening a FIFO for reading blocks until a writer comes,
/// and .NET has no non-blocking open, so on Linux and macOS the file is opened with the C library's <c>open</c> and
/// <c>O_NONBLOCK</c> (a FIFO's open then returns at once) and its type read with fstat(2) through the runtime's own native
/// shim, which every .NET on Unix ships and which reports the type bits the same way everywhere. No managed API tells a
/// FIFO, device or socket from a file (their <see cref="FileAttributes"/> are <c>Normal</c>).
/// </summary>
internal static class RegularFile
{
    private const int TypeMask = 0xF000, Regular = 0x8000; // the shim's S_IFMT and S_IFREG, alike on every Unix

    /// <summary>
    /// <paramref name="path"/> opened for reading, or null when it is a FIFO, device, socket or directory. A missing or
    /// unreadable file throws as <see cref="FileStream"/> does (<see cref="FileNotFoundException"/>,
    /// <see cref="UnauthorizedAccessException"/>, <see cref="IOException"/>). On Windows, where a folder holds no FIFO,
    /// the file is opened as usual.
    /// </summary>
    public static FileStream? OpenRead(string path)
    {
        if (OperatingSystem.IsWindows() || NonBlockingFlags() is not { } flags)
        {
            return OperatingSystem.IsWindows() || Is(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete) : null;
        }
        var descriptor = Open(path, flags);
        if (descriptor < 0)
        {
            throw OpenFailed(path, Marshal.GetLastPInvokeError());
        }
        var handle = new SafeFileHandle(descriptor, ownsHandle: true);
        try
        {
            if (FStat(handle, out var status) != 0)
            {
                throw new IOException($"cannot read `{path}`: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}");
            }
            if ((status.Mode & TypeMask) != Regular)
            {
                handle.Dispose();
                return null;
            }
            // A regular file ignores O_NONBLOCK; cleared so that the stream sees the handle it would have opened itself.
            SetIsNonBlocking(handle, 0);
            return new FileStream(handle, FileAccess.Read);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The text (UTF-8, a byte order mark honoured) of <paramref name="path"/>, or null when it is not a regular file (see
    /// <see cref="OpenRead"/>). At most one byte over <paramref name="maxBytes"/> is read, whatever the file's length says
    /// (it may grow, or lie): a larger file throws <see cref="InvalidDataException"/>. Missing and unreadable files throw
    /// as <see cref="OpenRead"/> does.
    /// </summary>
    public static string? ReadAllText(string path, int maxBytes)
    {
        using var file = OpenRead(path);
        if (file is null)
        {
            return null;
        }
        // Sized by the file's length, not the bound: a small file under a large bound (16 MiB for a JSON input) costs its size.
        var bytes = new byte[(int)Math.Min(file.Length, maxBytes) + 1];
        var read = 0;
        while (file.Read(bytes.AsSpan(read)) is var n and > 0)
        {
            read += n;
            if (read > maxBytes)
            {
                throw new InvalidDataException($"`{path}` is over {maxBytes} bytes");
            }
            if (read == bytes.Length)
            {
                Array.Resize(ref bytes, (int)Math.Min((long)bytes.Length * 2, maxBytes + 1L));
            }
        }
        using var reader = new StreamReader(new MemoryStream(bytes, 0, read, writable: false), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Whether a path names a regular file, found without opening it. False for a FIFO, device, socket or directory.
    /// True on Windows and when stat fails (a missing file): the open then fails and says why. Only a hint: what is
    /// read must be opened with <see cref="OpenRead"/>.
    /// </summary>
    public static bool Is(string path) =>
        OperatingSystem.IsWindows() || Stat(path, out var status) != 0 || (status.Mode & TypeMask) == Regular;

    /// <summary>O_RDONLY | O_NONBLOCK | O_CLOEXEC where their values are known (they differ between Linux and the BSDs).</summary>
    private static int? NonBlockingFlags() =>
        OperatingSystem.IsLinux() ? 0x800 | 0x80000
        : OperatingSystem.IsMacOS() || OperatingSystem.IsIOS() ? 0x4 | 0x1000000
        : OperatingSystem.IsFreeBSD() ? 0x4 | 0x100000
        : null;

    private static Exception OpenFailed(string path, int error)
    {
        var reason = $"cannot open `{path}`: {Marshal.GetPInvokeErrorMessage(error)}";
        return error switch
        {
            2 => new FileNotFoundException(reason, path), // ENOENT, alike on every Unix
            1 or 13 => new UnauthorizedAccessException(reason), // EPERM, EACCES
            _ => new IOException(reason),
        };
    }

    /// <summary>The shim's <c>FileStatus</c> starts with its flags and mode; the rest (a little over 100 bytes) is room.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out FileStatus status);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_FStat", SetLastError = true)]
    private static extern int FStat(SafeFileHandle file, out FileStatus status);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_FcntlSetIsNonBlocking", SetLastError = true)]
    private static extern int SetIsNonBlocking(SafeFileHandle file, int isNonBlocking);

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);
}
