using System.Collections.Immutable;
using Airs.Compiler.Diagnostics;
using Airs.Compiler.Syntax;
using Airs.Compiler.Text;

namespace Airs.Compiler.Binding;

/// <summary>
/// Resolves `use airs.x` (a standard pack) and `use "./file.airs"` (a file relative to the using file),
/// parses each target once (a standard pack once per process), and reports missing targets and cycles at the `use`
/// that caused them. Between files it stops when the compilation is cancelled. A file target must stay inside the
/// folder of the policy being compiled (<see cref="FileProblem"/>): a policy from an untrusted repository, checked in CI
/// or opened in an editor, must not read <c>/etc/shadow</c> into diagnostics or hang on <c>/dev/zero</c>.
/// </summary>
internal sealed class UseResolver(ISourceProvider sources, CancellationToken cancellationToken = default)
{
    /// <summary>The largest file a `use` reads, as every policy file read: <see cref="PolicyFile.MaxBytes"/>.</summary>
    public const long MaxFileBytes = PolicyFile.MaxBytes;

    private string _folder = "";

    private readonly Dictionary<string, SyntaxTree?> _trees = new(StringComparer.Ordinal);
    private readonly Dictionary<UseItemSyntax, SyntaxTree> _targets = [];
    private readonly List<Diagnostic> _diagnostics = [];

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>The tree a `use` item refers to, or null if it could not be resolved.</summary>
    public SyntaxTree? Target(UseItemSyntax use) => _targets.GetValueOrDefault(use);

    public ImmutableArray<SyntaxTree> Resolve(SyntaxTree root)
    {
        var order = new List<SyntaxTree> { root };
        _folder = FolderOf(root.Source.Path);
        _trees[root.Source.Path] = root;
        // Depth first, with a stack of its own: the files decide how deep `use` goes, and a call frame per file
        // overflowed the thread's stack for a chain of a few thousand files.
        var onPath = new HashSet<string>(StringComparer.Ordinal) { root.Source.Path };
        var files = new Stack<(string Key, SyntaxTree Tree, IEnumerator<UseItemSyntax> Uses)>();
        files.Push((root.Source.Path, root, UsesOf(root).GetEnumerator()));
        while (files.TryPeek(out var file))
        {
            if (!file.Uses.MoveNext())
            {
                files.Pop();
                file.Uses.Dispose();
                onPath.Remove(file.Key);
                continue;
            }
            if (Follow(file.Tree, file.Uses.Current, onPath) is { } next)
            {
                order.Add(next.Tree);
                onPath.Add(next.Key);
                files.Push((next.Key, next.Tree, UsesOf(next.Tree).GetEnumerator()));
            }
        }
        return [.. order];
    }

    /// <summary>Resolves one `use` of <paramref name="tree"/>; the target to read next when it is a file not read yet.</summary>
    private (string Key, SyntaxTree Tree)? Follow(SyntaxTree tree, UseItemSyntax use, HashSet<string> onPath)
    {
        var (key, display) = Describe(tree, use);
        if (key is null)
        {
            return null;
        }
        cancellationToken.ThrowIfCancellationRequested();
        var location = new Location(tree.Source, use.Span);
        if (onPath.Contains(key))
        {
            _diagnostics.Add(DiagnosticCatalog.UseCycle(location, display));
            return null;
        }
        if (_trees.TryGetValue(key, out var seen))
        {
            if (seen is not null)
            {
                _targets[use] = seen;
            }
            return null;
        }
        if (use.Name is null && FileProblem(use.Path!.Value as string ?? "", key) is { } problem)
        {
            _trees[key] = null;
            _diagnostics.Add(DiagnosticCatalog.UnresolvedUse(location, display, problem));
            return null;
        }
        SourceText? source;
        try
        {
            source = Load(key, use);
        }
        catch (PolicyFileException e)
        {
            // A FIFO (or a file grown past the bound) found on the opened file, which the path's check cannot see.
            _trees[key] = null;
            _diagnostics.Add(DiagnosticCatalog.UnresolvedUse(location, display, $"the file {e.Reason}"));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _trees[key] = null;
            _diagnostics.Add(DiagnosticCatalog.UnresolvedUse(location, display, "the file cannot be read"));
            return null;
        }
        if (source is null)
        {
            _trees[key] = null;
            _diagnostics.Add(DiagnosticCatalog.UnresolvedUse(location, display,
                use.Name is not null ? "there is no such standard pack" : "the file does not exist"));
            return null;
        }
        var target = use.Name is not null ? StandardLibrary.Parse(source) : SyntaxTree.Parse(source);
        _trees[key] = target;
        _targets[use] = target;
        return (key, target);
    }

    /// <summary>
    /// Why a file `use` may not be read, or null: its path must be relative and name a <c>.airs</c> file, which must lie
    /// (symbolic links followed) inside the folder of the policy being compiled, and, when it exists, be a regular file
    /// of at most <see cref="MaxFileBytes"/>. A missing file is the source provider's to report (an editor's open buffer
    /// may not be on disk). The path is only a first look: a FIFO reads as a file of length 0 here, and the file can be
    /// swapped after it, so <see cref="FileSourceProvider"/> checks the opened file again.
    /// </summary>
    private string? FileProblem(string written, string fullPath)
    {
        if (Path.IsPathRooted(written))
        {
            return "a `use` path must be relative to the using file";
        }
        if (!fullPath.EndsWith(".airs", StringComparison.Ordinal))
        {
            return "a `use` path must name a `.airs` file";
        }
        if (!IsInside(fullPath, _folder))
        {
            return "the file is outside the folder of the policy being compiled";
        }
        try
        {
            var file = new FileInfo(fullPath);
            if (!file.Exists)
            {
                return null;
            }
            if (file.ResolveLinkTarget(returnFinalTarget: true) is { } target && !IsInside(target.FullName, _folder))
            {
                return "the file links to a file outside the folder of the policy being compiled";
            }
            return (file.Attributes & (FileAttributes.Device | FileAttributes.Directory)) != 0 || file.Length > MaxFileBytes
                ? $"the file is not a policy file of at most {MaxFileBytes / 1024} KB"
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "the file cannot be read";
        }
    }

    private static string FolderOf(string path) =>
        Path.TrimEndingDirectorySeparator(Path.GetDirectoryName(Path.GetFullPath(path)) ?? Path.GetFullPath("."));

    /// <summary>Below <paramref name="folder"/> (which may be a root such as <c>/</c>, already ending in a separator).</summary>
    private static bool IsInside(string fullPath, string folder) =>
        fullPath.StartsWith(Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private SourceText? Load(string key, UseItemSyntax use) =>
        use.Name is not null ? StandardLibrary.Find(key) : sources.Read(key);

    /// <summary>A stable key for the target (pack name or full path) and how to show it.</summary>
    private static (string? Key, string Display) Describe(SyntaxTree tree, UseItemSyntax use)
    {
        if (use.Name is { } name)
        {
            var qualified = string.Join(".", name.Parts.Select(p => p.Text));
            return (qualified.Length == 0 || name.Parts.Any(p => p.IsMissing) ? null : qualified, qualified);
        }
        if (use.Path is { Value: string relative } && relative.Length > 0)
        {
            var directory = Path.GetDirectoryName(tree.Source.Path) ?? ".";
            return (Path.GetFullPath(Path.Combine(directory, relative)), relative);
        }
        return (null, "");
    }

    private static IEnumerable<UseItemSyntax> UsesOf(SyntaxTree tree) =>
        tree.Root.Members.OfType<PolicyDeclarationSyntax>()
            .SelectMany(p => p.Body.Items)
            .Concat(tree.Root.Members)
            .OfType<UseItemSyntax>();
}
