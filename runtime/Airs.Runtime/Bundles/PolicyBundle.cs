using System.Reflection;
using System.Runtime.CompilerServices;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;

namespace Airs.Runtime.Bundles;

/// <summary>
/// A verified, loaded policy bundle. Loading checks, in this order and before any policy code is loaded:
/// the archive layout and limits, the signature against the trust store (or the host's by-name permission
/// for an unsigned bundle), the manifest, and the assembly's hash. Then the assembly is loaded into its
/// own collectible context; <see cref="Dispose"/> unloads it.
/// </summary>
public sealed class PolicyBundle : ICompiledPolicy, IDisposable
{
    private readonly PolicyLoadContext _context;
    private ICompiledPolicy? _evaluator;

    /// <summary>The collectible context the policy assembly lives in (tests check that it unloads).</summary>
    internal System.Runtime.Loader.AssemblyLoadContext LoadContext => _context;

    private PolicyBundle(BundleManifest manifest, PolicyPublicKey? signer, string fileSha256, PolicyLoadContext context, ICompiledPolicy evaluator)
    {
        Manifest = manifest;
        Signer = signer;
        FileSha256 = fileSha256;
        _context = context;
        _evaluator = evaluator;
    }

    public BundleManifest Manifest { get; }

    public PolicySpec Spec => Manifest.Spec;

    /// <summary>The key that signed the bundle; null for an unsigned bundle the host allowed.</summary>
    public PolicyPublicKey? Signer { get; }

    public bool IsSigned => Signer is not null;

    /// <summary>SHA-256 of the whole bundle file, lowercase hex (for audit records).</summary>
    public string FileSha256 { get; }

    public bool IsDisposed => Volatile.Read(ref _evaluator) is null;

    /// <summary>Loads and verifies a bundle file.</summary>
    /// <exception cref="BundleLoadException">The bundle was refused; the message says why, in one line.</exception>
    public static PolicyBundle Load(string path, BundleTrust trust, BundleLimits? limits = null) =>
        Load(ReadFile(path, limits ?? BundleLimits.Default), trust, Path.GetFileName(path), limits);

    /// <summary>Loads and verifies a bundle held in memory; <paramref name="name"/> names it in errors.</summary>
    public static PolicyBundle Load(ReadOnlySpan<byte> bundle, BundleTrust trust, string name = "bundle", BundleLimits? limits = null) =>
        Load(bundle, trust, name, limits, admit: null);

    /// <summary>
    /// Loads and verifies a bundle held in memory, asking <paramref name="admit"/> about its verified manifest (signature,
    /// version floor and assembly hash checked) before any of its code is loaded: the refusal it returns is thrown with the
    /// bundle's name in front, and nothing was loaded (a host's downgrade check).
    /// </summary>
    internal static PolicyBundle Load(ReadOnlySpan<byte> bundle, BundleTrust trust, string name, BundleLimits? limits, Func<BundleManifest, BundleLoadException?>? admit)
    {
        try
        {
            return LoadVerified(bundle, trust, limits ?? BundleLimits.Default, admit);
        }
        catch (BundleLoadException e)
        {
            throw e.For(name);
        }
    }

    public Evaluation Evaluate(Stage stage, RequestContext context, EvaluationOptions options) =>
        (Volatile.Read(ref _evaluator) ?? throw new ObjectDisposedException(nameof(PolicyBundle))).Evaluate(stage, context, options);

    public Evaluation Evaluate(Stage stage, RequestContext context) => Evaluate(stage, context, EvaluationOptions.Default);

    /// <summary>
    /// Compiles the policy's code now (seconds for thousands of guards) rather than on the first real request: every
    /// method of the policy assembly is prepared — an empty context would leave the guards behind a closed gate
    /// uncompiled — and every stage runs once, so the runtime functions it calls are compiled too. Hosts call it
    /// before swapping a bundle in. The detectors' regexes are built too, the injection rules' on a pool thread.
    /// </summary>
    /// <exception cref="BundleLoadException">Some of the policy's code cannot be loaded (a type built on an assembly the host lacks).</exception>
    public void WarmUp()
    {
        Detectors.Injection.PrepareInBackground();
        Detectors.LazyRegex.PrepareAll();
        if (Volatile.Read(ref _evaluator) is { } evaluator)
        {
            try
            {
                const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance;
                foreach (var method in evaluator.GetType().Assembly.GetTypes().SelectMany(t => t.GetMethods(Declared)))
                {
                    if (!method.IsAbstract && !method.ContainsGenericParameters)
                    {
                        RuntimeHelpers.PrepareMethod(method.MethodHandle);
                    }
                }
            }
            catch (Exception e) when (e is ReflectionTypeLoadException or TypeLoadException or FileLoadException or FileNotFoundException
                or BadImageFormatException or MissingMemberException)
            {
                // Code that cannot load would fail requests later: a host refuses the bundle now, while its last good one serves.
                throw new BundleLoadException(BundleError.AssemblyInvalid, $"`{BundleEntries.Assembly}` cannot be loaded: {BundleJson.OneLine(e.Message)}", e);
            }
        }
        foreach (var stage in Stages.All)
        {
            try
            {
                Evaluate(stage, RequestContext.Empty, EvaluationOptions.Default);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A guard that throws on an empty context still got compiled; real requests report their own errors.
            }
        }
    }

    /// <summary>
    /// Starts unloading the policy assembly. Calls already running finish normally; the code is collected
    /// once nothing references it any more.
    /// </summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _evaluator, null) is not null)
        {
            _context.Unload();
        }
    }

    public override string ToString() => $"{Manifest.Policy} {Manifest.PolicyVersion} ({(IsSigned ? $"signed by {Signer}" : "unsigned")})";

    internal static byte[] ReadFile(string path, BundleLimits limits)
    {
        try
        {
            // Opening a FIFO waited for a writer, forever if none came, and every reload after it with it; a check of the
            // path before the open let one be swapped in between. The opened file is checked, and a FIFO's open does not wait.
            using var file = RegularFile.OpenRead(path) ?? throw new BundleLoadException(BundleError.Unreadable,
                $"cannot read bundle `{path}`: it is not a regular file (a FIFO, device, socket or directory)");
            if (file.Length > limits.MaxBundleBytes)
            {
                throw new BundleLoadException(BundleError.TooLarge,
                    $"bundle `{Path.GetFileName(path)}` is {file.Length} bytes, over the limit of {limits.MaxBundleBytes}");
            }
            var bytes = new byte[file.Length];
            file.ReadExactly(bytes);
            return bytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new BundleLoadException(BundleError.Unreadable, $"cannot read bundle `{path}`: {BundleJson.OneLine(e.Message)}", e);
        }
    }

    private static PolicyBundle LoadVerified(ReadOnlySpan<byte> bundle, BundleTrust trust, BundleLimits limits, Func<BundleManifest, BundleLoadException?>? admit)
    {
        if (bundle.Length > limits.MaxBundleBytes)
        {
            throw new BundleLoadException(BundleError.TooLarge, $"the bundle is {bundle.Length} bytes, over the limit of {limits.MaxBundleBytes}");
        }
        var entries = BundleArchive.Read(bundle, limits);
        var manifestBytes = Require(entries, BundleEntries.Manifest);
        var assembly = Require(entries, BundleEntries.Assembly);

        BundleManifest manifest;
        PolicyPublicKey? signer = null;
        if (entries.TryGetValue(BundleEntries.Signature, out var signature))
        {
            // The signature is checked over the raw entries before the manifest is even parsed.
            signer = BundleSignature.Verify(signature, manifestBytes, assembly, trust.Keys);
            manifest = BundleManifest.FromJsonBytes(manifestBytes);
        }
        else
        {
            manifest = BundleManifest.FromJsonBytes(manifestBytes);
            if (!trust.AllowsUnsigned(manifest.Policy))
            {
                throw new BundleLoadException(BundleError.UnsignedNotAllowed,
                    $"the bundle is not signed, and unsigned bundles are not allowed for policy `{manifest.Policy}`");
            }
        }

        if (trust.Keys.FloorRefusal(manifest.Policy, manifest.PolicyVersion) is { } belowFloor)
        {
            throw new BundleLoadException(BundleError.BelowVersionFloor, belowFloor);
        }

        var assemblySha = Hex.Sha256(assembly);
        if (assemblySha != manifest.AssemblySha256)
        {
            throw new BundleLoadException(BundleError.AssemblyHashMismatch,
                $"`{BundleEntries.Assembly}` has SHA-256 `{assemblySha}` but the manifest says `{manifest.AssemblySha256}`");
        }
        if (admit?.Invoke(manifest) is { } refusal)
        {
            throw refusal;
        }
        var fileSha = Hex.Sha256(bundle);
        var context = new PolicyLoadContext(manifest.Policy);
        try
        {
            var evaluator = Instantiate(context, assembly, manifest.EvaluatorType);
            return new PolicyBundle(manifest, signer, fileSha, context, evaluator);
        }
        catch
        {
            context.Unload();
            throw;
        }
    }

    private static byte[] Require(IReadOnlyDictionary<string, byte[]> entries, string name) =>
        entries.TryGetValue(name, out var bytes)
            ? bytes
            : throw new BundleLoadException(BundleError.MissingEntry, $"the bundle has no `{name}` entry");

    private static ICompiledPolicy Instantiate(PolicyLoadContext context, byte[] image, string typeName)
    {
        Assembly assembly;
        Type? type;
        try
        {
            using var stream = new MemoryStream(image, writable: false);
            assembly = context.LoadFromStream(stream);
            type = assembly.GetType(typeName, throwOnError: false, ignoreCase: false);
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException or FileNotFoundException or TypeLoadException)
        {
            throw new BundleLoadException(BundleError.AssemblyInvalid, $"`{BundleEntries.Assembly}` cannot be loaded: {BundleJson.OneLine(e.Message)}", e);
        }
        if (type is null)
        {
            throw new BundleLoadException(BundleError.EvaluatorNotFound, $"the evaluator type `{typeName}` is not in `{BundleEntries.Assembly}`");
        }
        if (!typeof(ICompiledPolicy).IsAssignableFrom(type))
        {
            throw new BundleLoadException(BundleError.EvaluatorInvalid,
                $"the evaluator type `{typeName}` does not implement this runtime's compiled-policy interface");
        }
        if (!type.IsPublic || type.IsAbstract || type.IsGenericTypeDefinition || type.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new BundleLoadException(BundleError.EvaluatorInvalid,
                $"the evaluator type `{typeName}` must be a public, concrete class with a public parameterless constructor");
        }
        try
        {
            return (ICompiledPolicy)Activator.CreateInstance(type)!;
        }
        catch (Exception e)
        {
            var cause = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
            throw new BundleLoadException(BundleError.EvaluatorFailed,
                $"the evaluator `{typeName}` failed to start: {BundleJson.OneLine(cause.Message)}", cause);
        }
    }
}
