using System.Reflection;
using System.Text.Json;
using Airs.Runtime.Bundles;

namespace Airs.Runtime.Tests.Bundles;

/// <summary>The runtime must never drag the compiler (Roslyn) into a host.</summary>
public sealed class RuntimeDependencyTests
{
    private const string Roslyn = "Microsoft.CodeAnalysis";

    [Fact]
    public void The_runtime_assembly_references_no_roslyn_assembly()
    {
        var references = typeof(PolicyBundle).Assembly.GetReferencedAssemblies();
        Assert.Contains(references, r => r.Name == "System.Text.Json");
        Assert.DoesNotContain(references, r => r.Name!.StartsWith(Roslyn, StringComparison.Ordinal));
    }

    [Fact]
    public void No_assembly_the_runtime_reaches_is_roslyn()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Assembly>([typeof(PolicyBundle).Assembly]);
        while (pending.TryPop(out var assembly))
        {
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                if (seen.Add(reference.Name!))
                {
                    pending.Push(Assembly.Load(reference));
                }
            }
        }
        Assert.Contains("Microsoft.Extensions.Logging.Abstractions", seen);
        Assert.DoesNotContain(seen, n => n.StartsWith(Roslyn, StringComparison.Ordinal));
    }

    [Fact]
    public void The_runtimes_package_graph_in_deps_json_has_no_roslyn()
    {
        using var deps = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Airs.Runtime.Tests.deps.json")));
        var runtime = Closure(deps, "Airs.Runtime/");
        Assert.Contains(runtime, n => n.StartsWith("Microsoft.Extensions.AI.Abstractions/", StringComparison.Ordinal));
        Assert.DoesNotContain(runtime, n => n.StartsWith(Roslyn, StringComparison.Ordinal));

        // The walk does find Roslyn where it is: the tests use it for fixtures.
        Assert.Contains(Closure(deps, "Airs.Runtime.Tests/"), n => n.StartsWith(Roslyn, StringComparison.Ordinal));
    }

    /// <summary>Every library reachable from the one whose key starts with <paramref name="rootPrefix"/>.</summary>
    private static HashSet<string> Closure(JsonDocument deps, string rootPrefix)
    {
        var target = deps.RootElement.GetProperty("targets").EnumerateObject().First().Value;
        var byName = target.EnumerateObject().ToDictionary(p => p.Name[..p.Name.IndexOf('/')], p => p, StringComparer.Ordinal);
        var root = target.EnumerateObject().Single(p => p.Name.StartsWith(rootPrefix, StringComparison.Ordinal));
        var seen = new HashSet<string>(StringComparer.Ordinal) { root.Name };
        var pending = new Stack<JsonProperty>([root]);
        while (pending.TryPop(out var library))
        {
            if (!library.Value.TryGetProperty("dependencies", out var dependencies))
            {
                continue;
            }
            foreach (var dependency in dependencies.EnumerateObject())
            {
                if (byName.TryGetValue(dependency.Name, out var next) && seen.Add(next.Name))
                {
                    pending.Push(next);
                }
            }
        }
        return seen;
    }
}
