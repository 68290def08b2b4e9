using System.Reflection;
using System.Runtime.Loader;
using Airs.Runtime.Decisions;

namespace Airs.Runtime.Bundles;

/// <summary>
/// A collectible load context for one policy assembly. Every reference resolves to the host's copy —
/// above all <c>Airs.Runtime</c> itself — so <see cref="ICompiledPolicy"/>, <see cref="Evaluation"/> and the
/// detectors are the very same types on both sides, and nothing but the policy assembly is loaded twice.
/// </summary>
internal sealed class PolicyLoadContext(string name) : AssemblyLoadContext($"airs-policy:{name}", isCollectible: true)
{
    private static readonly Assembly RuntimeAssembly = typeof(ICompiledPolicy).Assembly;
    private static readonly AssemblyLoadContext HostContext = GetLoadContext(RuntimeAssembly) ?? Default;

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (AssemblyName.ReferenceMatchesDefinition(assemblyName, RuntimeAssembly.GetName()))
        {
            return RuntimeAssembly;
        }
        // Anything else (the BCL) comes from wherever the host's runtime assembly lives.
        return ReferenceEquals(HostContext, Default) ? null : HostContext.LoadFromAssemblyName(assemblyName);
    }
}
