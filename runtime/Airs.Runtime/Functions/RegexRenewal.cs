using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Airs.Runtime.Functions;

/// <summary>
/// Keeps every long-lived non-backtracking regex (the detectors' and the policies') out of the engine's NFA mode.
/// <para>
/// .NET's non-backtracking engine builds its automaton lazily, one DFA state per new situation a text leads it into, and
/// keeps every state for the regex's lifetime. Past a threshold (seen at about 84,000 states on .NET 10.0) it builds
/// further states as an NFA instead. There, on .NET 10.0.12, it gave other matches than the backtracking engine for the
/// same pattern and text, and missed some: exfil's markdown-link pattern, after reading some 44,000 varied texts, found
/// nothing in <c>"  [](\n]"</c>, where a fresh instance finds <c>[](\n]</c> (<c>RegexRenewalTests</c> reproduces it).
/// For a detector or a policy's <c>matches</c> a missed match can be an <c>allow</c>, and a service reads an unbounded
/// variety of texts (an attacker can send them on purpose); the states also cost memory (8 MB of transitions at that size)
/// and NFA mode about a hundred times the time.
/// </para>
/// <para>
/// So a regex is used through <see cref="Renewed"/> (policy regexes) or <c>LazyRegex</c> (the detectors'), both a
/// <see cref="RenewableRegex"/>, which reads the engine's count of DFA states at every use (one interface call on the
/// engine's own collection) and replaces the regex with a fresh instance past <see cref="StateLimit"/>, far below the
/// threshold. What renewal cannot reach is one match: a single long, varied text takes that match into NFA mode on its
/// own (seen after about 10,000 new states in one 100 KB text of generated markdown, whose matches were still right),
/// and the regex is renewed before its next use. The detectors run most patterns on short windows; a policy's
/// <c>matches</c> reads the whole field. The count is read from the engine's private fields: where a runtime does not
/// have them, a regex is renewed every <see cref="BlindRenewalUses"/> uses instead.
/// </para>
/// </summary>
public static class RegexRenewal
{
    /// <summary>DFA states after which a regex is rebuilt: a quarter of the NFA threshold, and several times what the detectors' ordinary traffic builds.</summary>
    public const int StateLimit = 20_000;

    /// <summary>Uses between rebuilds on a runtime whose states cannot be counted.</summary>
    public const int BlindRenewalUses = 1 << 18;

    private const BindingFlags Private = BindingFlags.Instance | BindingFlags.NonPublic;

    // A trimmed or native build may drop the engine's private fields from its metadata: then no count, and renewal by uses.
    private const string TrimmedAway = "Read best-effort: a field that is not found leaves the regex renewed by use count";
    private static readonly FieldInfo? FactoryField = typeof(Regex).GetField("factory", Private);
    private static readonly ConcurrentDictionary<(Type, string), FieldInfo?> Fields = [];
    private static readonly ConditionalWeakTable<Regex, RenewableRegex> Policy = [];

    /// <summary>
    /// The DFA states <paramref name="regex"/> has built, or null when it is not a non-backtracking regex or this runtime's
    /// engine does not keep them where .NET 10 does.
    /// </summary>
    public static int? States(Regex regex) => StatesOf(regex)?.Count;

    /// <summary>
    /// The instance of policy regex <paramref name="regex"/> to run now: itself until it outgrows <see cref="StateLimit"/>,
    /// then a fresh build of the same pattern and options.
    /// </summary>
    public static Regex Renewed(Regex regex) =>
        (regex.Options & RegexOptions.NonBacktracking) == 0 ? regex : Policy.GetValue(regex, static r => new RenewableRegex(r)).Current;

    /// <summary>
    /// The engine's collection of a regex's DFA states (it grows as the regex reads), or null. Only a field the engine
    /// never replaces (readonly) is taken, so the collection read later is the one that grows.
    /// </summary>
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = TrimmedAway)]
    internal static ICollection? StatesOf(Regex regex)
    {
        try
        {
            var factory = FactoryField?.GetValue(regex);
            var matcher = factory is null ? null : Field(factory.GetType(), "_matcher")?.GetValue(factory);
            return matcher is not null && Field(matcher.GetType(), "_stateCache") is { IsInitOnly: true } states ? states.GetValue(matcher) as ICollection : null;
        }
        catch (Exception e) when (e is FieldAccessException or TargetException or ArgumentException)
        {
            return null;
        }
    }

    [UnconditionalSuppressMessage("Trimming", "IL2080", Justification = TrimmedAway)]
    private static FieldInfo? Field(Type type, string name) =>
        Fields.GetOrAdd((type, name), static key => key.Item1.GetField(key.Item2, Private));
}

/// <summary>
/// A long-lived non-backtracking regex, replaced by a fresh build of its pattern and options once its automaton outgrows
/// <see cref="RegexRenewal.StateLimit"/> (<see cref="RegexRenewal"/> says why).
/// </summary>
internal sealed class RenewableRegex(Regex first)
{
    private Built current = new(first);
    private long blindUses; // counted without a lock: a lost increment only delays a renewal

    /// <summary>The instance to run now.</summary>
    public Regex Current
    {
        get
        {
            var built = Volatile.Read(ref current);
            var outgrown = built.States is { } states ? states.Count > RegexRenewal.StateLimit : ++blindUses % RegexRenewal.BlindRenewalUses == 0;
            return outgrown ? Renew(built) : built.Regex;
        }
    }

    private Regex Renew(Built outgrown)
    {
        var regex = outgrown.Regex;
        var fresh = new Regex(regex.ToString(), RegexOptions.NonBacktracking | regex.Options, regex.MatchTimeout);
        Interlocked.CompareExchange(ref current, new Built(fresh), outgrown);
        return Volatile.Read(ref current).Regex;
    }

    private sealed class Built(Regex regex)
    {
        public Regex Regex { get; } = regex;

        public ICollection? States { get; } = RegexRenewal.StatesOf(regex);
    }
}
