using Airs.Compiler.Text;

namespace Airs.Compiler.Binding;

/// <summary>Where source text comes from: the file system for the CLI, open buffers for the language server.</summary>
public interface ISourceProvider
{
    /// <summary>The text of the file at <paramref name="fullPath"/>, or null when it does not exist.</summary>
    SourceText? Read(string fullPath);
}

/// <summary>Reads from disk.</summary>
public sealed class FileSourceProvider : ISourceProvider
{
    public static readonly FileSourceProvider Instance = new();

    public SourceText? Read(string fullPath) =>
        File.Exists(fullPath) ? new SourceText(fullPath, File.ReadAllText(fullPath)) : null;
}
