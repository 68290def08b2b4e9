namespace Airs.Cli;

/// <summary>Expands the files and directories given on the command line into `.airs` files, in a stable order.</summary>
public static class PolicyFiles
{
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.airs", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new UsageException($"`{path}` does not exist");
            }
        }
        if (files.Count == 0)
        {
            throw new UsageException("no `.airs` files found");
        }
        return files;
    }

    /// <summary>A path as shown to the user: relative to the working directory when under it.</summary>
    public static string Display(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
