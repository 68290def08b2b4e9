using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Airs.Runtime.Functions;

namespace Airs.Runtime.Detectors;

/// <summary>
/// A detector's regex, built on first use. Building a non-backtracking regex (its automaton) costs milliseconds of a
/// cold process, and the detectors hold about seventy besides the injection rules': built in their type initialisers,
/// they took about half a second of every process's first call (CLI, tests, a service's first request), though a text
/// reaches few of them. Hosts build the listed ones ahead of their first request (<see cref="PrepareAll"/>); the
/// injection rules' patterns are not listed, they have their own warm-up (<see cref="Injection"/>).
/// </summary>
internal sealed class LazyRegex
{
    private static readonly ConcurrentQueue<LazyRegex> Listed = new();

    private readonly RegexOptions _options;
    private RenewableRegex? _regex;

    /// <param name="listed">Whether <see cref="PrepareAll"/> builds it.</param>
    public LazyRegex(string pattern, RegexOptions options, bool listed = true)
    {
        Pattern = pattern;
        _options = options;
        if (listed)
        {
            Listed.Enqueue(this);
        }
    }

    public string Pattern { get; }

    /// <summary>
    /// The regex, built now if no caller has built it yet (two racing callers may both build; one instance wins), and
    /// built again once it outgrows <see cref="RegexRenewal.StateLimit"/> (its remarks say why).
    /// </summary>
    public Regex Value => (Volatile.Read(ref _regex) ?? Build()).Current;

    /// <summary>Where a helper takes a <see cref="Regex"/>: the regex is built at the call, if it was not before.</summary>
    public static implicit operator Regex(LazyRegex regex) => regex.Value;

    // Linear time whatever a caller passed: every detector regex reads text that an attacker may have written.
    private RenewableRegex Build() =>
        Interlocked.CompareExchange(ref _regex, new RenewableRegex(new Regex(Pattern, RegexOptions.NonBacktracking | _options)), null) ?? Volatile.Read(ref _regex);

    /// <summary>
    /// Runs the detectors' type initialisers, so that every listed regex exists, and builds each one now (about a
    /// second on the development host, what the type initialisers used to spend); returns how many.
    /// </summary>
    public static int PrepareAll()
    {
        foreach (var detector in (ReadOnlySpan<Type>)[typeof(Injection), typeof(Pii), typeof(Secrets), typeof(RevealedText), typeof(Exfil)])
        {
            RuntimeHelpers.RunClassConstructor(detector.TypeHandle);
        }
        var count = 0;
        foreach (var regex in Listed)
        {
            _ = regex.Value;
            count++;
        }
        return count;
    }
}
