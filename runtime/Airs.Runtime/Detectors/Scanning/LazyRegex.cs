using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Airs.Runtime.Detectors;

/// <summary>
/// A detector's regex, built on first use. Building a non-backtracking regex (its automaton) costs milliseconds of a
/// cold process, and the detectors hold a few hundred of them: built in their type initialisers, they took about half
/// a second of every process's first call (CLI, tests, a service's first request), though a text reaches few of them.
/// Every instance is listed, so <see cref="PrepareAllInBackground"/> can build them all where the wait does not matter.
/// </summary>
internal sealed class LazyRegex
{
    private static readonly ConcurrentQueue<LazyRegex> Created = new();

    private static int Preparing;

    private readonly RegexOptions _options;
    private Regex? _regex;

    public LazyRegex(string pattern, RegexOptions options)
    {
        Pattern = pattern;
        _options = options;
        Created.Enqueue(this);
    }

    public string Pattern { get; }

    public Regex Value => Volatile.Read(ref _regex) ?? Build();

    public static implicit operator Regex(LazyRegex regex) => regex.Value;

    private Regex Build()
    {
        var built = new Regex(Pattern, _options);
        return Interlocked.CompareExchange(ref _regex, built, null) ?? built;
    }

    /// <summary>
    /// Builds every detector regex on a pool thread, once per process. Hosts call it when they start (see
    /// <see cref="Bundles.PolicyBundle.WarmUp"/>), so that the first texts find what they need built; a short-lived
    /// process (the CLI, a test) builds only what its texts reach.
    /// </summary>
    public static void PrepareAllInBackground()
    {
        if (Interlocked.Exchange(ref Preparing, 1) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static _ => PrepareAll(), null);
        }
    }

    /// <summary>Runs the detectors' type initialisers, so that every regex they declare exists, and builds each one now; returns how many.</summary>
    public static int PrepareAll()
    {
        foreach (var detector in (ReadOnlySpan<Type>)[typeof(Injection), typeof(Pii), typeof(Secrets), typeof(RevealedText), typeof(Exfil)])
        {
            RuntimeHelpers.RunClassConstructor(detector.TypeHandle);
        }
        var count = 0;
        foreach (var regex in Created)
        {
            _ = regex.Value;
            count++;
        }
        return count;
    }
}
