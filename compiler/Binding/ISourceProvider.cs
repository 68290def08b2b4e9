using Airs.Compiler.Text;

namespace Airs.Compiler.Binding;

/// <summary>Where source text comes from: the file system for the CLI, open buffers for the language server.</summary>
public interface ISourceProvider
{
    /// <summary>The text of the file at <paramref name="fullPath"/>, or null when it does not exist.</summary>
    /// <exception cref="PolicyFileException">It is not a regular file, or is larger than a policy file may be.</exception>
    SourceText? Read(string fullPath);
}

/// <summary>Reads from disk, as <see cref="PolicyFile"/> reads: a regular file of at most <see cref="PolicyFile.MaxBytes"/>.</summary>
public sealed class FileSourceProvider : ISourceProvider
{
    public static readonly FileSourceProvider Instance = new();

    public SourceText? Read(string fullPath) =>
        File.Exists(fullPath) ? new SourceText(fullPath, PolicyFile.ReadAllText(fullPath)) : null;
}
