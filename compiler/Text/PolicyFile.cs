using Airs.Runtime.Bundles;

namespace Airs.Compiler.Text;

/// <summary>
/// Reads a policy file from disk, for every command and for `use`: it must be a regular file (a symbolic link followed)
/// of at most <see cref="MaxBytes"/>, which is decided on the opened file, so nothing can be swapped in between a check
/// and the read. A device (<c>/dev/zero</c>) read until memory ran out, a FIFO waited for a writer for good, and a file
/// of any size was read whole.
/// </summary>
public static class PolicyFile
{
    /// <summary>The largest policy file read: far beyond any policy, far below what would exhaust memory.</summary>
    public const long MaxBytes = 1 << 20;

    /// <summary>The largest JSON input a command reads (an `eval` context, assessment answers, MCP tool descriptions).</summary>
    public const long MaxInputBytes = 16 << 20;

    /// <summary>The text of the policy file at <paramref name="path"/> (UTF-8, a byte order mark honoured, as <see cref="File.ReadAllText(string)"/>).</summary>
    /// <exception cref="PolicyFileException">It is not a regular file, or is larger than <see cref="MaxBytes"/>.</exception>
    /// <exception cref="IOException">It cannot be read (<see cref="FileNotFoundException"/> when it does not exist).</exception>
    /// <exception cref="UnauthorizedAccessException">It may not be read.</exception>
    public static string ReadAllText(string path) => ReadAllText(path, MaxBytes, "a policy file");

    /// <summary>
    /// The text of another file a command reads (<paramref name="kind"/>, e.g. "an evaluation context"), with the same
    /// checks as a policy file's and a bound of its own.
    /// </summary>
    public static string ReadAllText(string path, long maxBytes, string kind)
    {
        try
        {
            return RegularFile.ReadAllText(path, checked((int)maxBytes))
                ?? throw new PolicyFileException(path, "is not a regular file (a FIFO, device, socket or directory)");
        }
        catch (InvalidDataException)
        {
            throw new PolicyFileException(path, $"is over the limit of {maxBytes >> 20} MiB for {kind}");
        }
    }
}

/// <summary>A file that may not be read (as a policy, or as a command's JSON input): <see cref="Reason"/> says why, the message names the file too.</summary>
public sealed class PolicyFileException(string path, string reason) : IOException($"`{path}` {reason}")
{
    /// <summary>Why, without the file's name (e.g. <c>is not a regular file (…)</c>).</summary>
    public string Reason { get; } = reason;
}
