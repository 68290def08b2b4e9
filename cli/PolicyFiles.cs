using Airs.Compiler.Text;

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
                var folder = Path.GetFullPath(path);
                foreach (var file in Directory.EnumerateFiles(path, "*.airs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    RefuseLinkOutside(file, folder);
                    files.Add(file);
                }
            }
            else if (File.Exists(path))
            {
                // A named file too, held to its own folder: a shell glob (`airs check policies/*.airs`) names links as files.
                RefuseLinkOutside(path, Path.GetDirectoryName(Path.GetFullPath(path))!);
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

    /// <summary>
    /// A folder is as untrusted as the policies in it, and is read as `use` reads files: a link to a file outside it
    /// (<c>leak.airs -> /etc/passwd</c>, <c>zero.airs -> /dev/zero</c>) would put that file into diagnostics, or never
    /// end, so it is refused before anything is read. A file named on the command line is held to its own folder.
    /// </summary>
    private static void RefuseLinkOutside(string file, string folder)
    {
        var inside = Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar;
        // The file and each folder between it and the one given: a linked folder is followed when enumerating.
        for (var entry = Path.GetFullPath(file); entry.StartsWith(inside, StringComparison.Ordinal); entry = Path.GetDirectoryName(entry)!)
        {
            var info = new FileInfo(entry);
            if (info.LinkTarget is null)
            {
                continue;
            }
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !target.FullName.StartsWith(inside, StringComparison.Ordinal))
            {
                throw new UsageException($"`{Relative(entry)}` links to a file outside `{Relative(folder)}`; a folder's policies must be files inside it");
            }
        }
    }

    /// <summary>
    /// A path as shown to the user: <see cref="Relative"/>, its control and bidi characters escaped. A file name is as
    /// untrusted as the policy in it: raw, a newline would forge a diagnostic line and an escape sequence drive the terminal.
    /// </summary>
    public static string Display(string path) => PrintableText.Escape(Relative(path));

    /// <summary>A path relative to the working directory when under it, as JSON reports it (its encoder escapes the rest).</summary>
    public static string Relative(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
