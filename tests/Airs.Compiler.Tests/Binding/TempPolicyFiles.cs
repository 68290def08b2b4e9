namespace Airs.Compiler.Tests.Binding;

/// <summary>A temporary directory of policy files for tests of `use` between files.</summary>
internal sealed class TempPolicyFiles : IDisposable
{
    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "airs-" + Guid.NewGuid().ToString("N"));

    public TempPolicyFiles() => System.IO.Directory.CreateDirectory(Directory);

    public string Write(string name, string text)
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
