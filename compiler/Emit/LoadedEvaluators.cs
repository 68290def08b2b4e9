using System.Reflection;
using System.Runtime.Loader;
using Airs.Runtime.Decisions;

namespace Airs.Compiler.Emit;

/// <summary>
/// An emitted assembly loaded in its own collectible context, for in-process use of freshly compiled policies
/// (tests, benchmarks, <c>airs eval</c>). Airs.Runtime is not loaded again: the context falls back to the
/// host's copy, so the evaluators implement the host's <see cref="ICompiledPolicy"/>. Signed bundles have their
/// own loader; this one trusts the bytes it is given.
/// </summary>
public sealed class LoadedEvaluators : IDisposable
{
    private readonly AssemblyLoadContext _context;
    private readonly Assembly _assembly;

    private LoadedEvaluators(AssemblyLoadContext context, Assembly assembly) => (_context, _assembly) = (context, assembly);

    /// <exception cref="InvalidOperationException">The emit failed, so there is nothing to load.</exception>
    public static LoadedEvaluators Load(EmitResult result)
    {
        if (!result.Success)
        {
            throw new InvalidOperationException($"`{result.AssemblyName}` did not compile: {result.Diagnostics.FirstOrDefault()}");
        }
        var context = new AssemblyLoadContext(result.AssemblyName, isCollectible: true);
        using var image = new MemoryStream(result.Assembly.ToArray());
        return new LoadedEvaluators(context, context.LoadFromStream(image));
    }

    public ICompiledPolicy Create(string typeName) =>
        (ICompiledPolicy)Activator.CreateInstance(_assembly.GetType(typeName, throwOnError: true)!)!;

    public void Dispose() => _context.Unload();
}
