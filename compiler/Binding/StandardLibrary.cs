using System.Collections.Concurrent;
using System.Collections.Frozen;
using Airs.Compiler.Syntax;
using Airs.Compiler.Text;

namespace Airs.Compiler.Binding;

/// <summary>
/// The standard packs (`airs.*`), embedded in the compiler from policies/lib so that `use airs.injection`
/// resolves the same way wherever the compiler runs.
/// </summary>
public static class StandardLibrary
{
    private const string Prefix = "airs-lib/";

    /// <summary>The virtual path prefix under which packs appear in diagnostics: <c>airs-lib/airs/injection.airs</c>.</summary>
    public const string VirtualRoot = "airs-lib";

    private static readonly FrozenDictionary<string, string> Resources = Load();

    /// <summary>Every standard pack name, e.g. <c>airs.injection</c>.</summary>
    public static IEnumerable<string> PackNames => Resources.Keys.Order(StringComparer.Ordinal);

    /// <summary>The pack's source, or null when there is no such pack.</summary>
    public static SourceText? Find(string qualifiedName) =>
        Resources.TryGetValue(qualifiedName, out var text)
            ? new SourceText($"{VirtualRoot}/{qualifiedName.Replace('.', '/')}.airs", text)
            : null;

    // Syntax trees are immutable, so every compilation can share a pack's tree; keyed by path and text, so a
    // changed text is never served an old tree. The packs are few and fixed, which bounds the cache.
    private static readonly ConcurrentDictionary<(string Path, string Text), SyntaxTree> Parsed = new();

    /// <summary>The parsed tree of a pack's source, parsed on first use and then shared by every compilation.</summary>
    internal static SyntaxTree Parse(SourceText pack) => Parsed.GetOrAdd((pack.Path, pack.Text), static (_, source) => SyntaxTree.Parse(source), pack);

    private static FrozenDictionary<string, string> Load()
    {
        var assembly = typeof(StandardLibrary).Assembly;
        var packs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(Prefix, StringComparison.Ordinal) || !name.EndsWith(".airs", StringComparison.Ordinal))
            {
                continue;
            }
            var relative = name[Prefix.Length..^".airs".Length].Replace('\\', '/');
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            packs[relative.Replace('/', '.')] = reader.ReadToEnd();
        }
        return packs.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
