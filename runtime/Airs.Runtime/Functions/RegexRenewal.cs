using System.Collections;
using System.Collections.Concurrent;
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
/// So a regex is used through <see cref="Renewed"/> (policy regexes) or <c>LazyRegex</c> (the detectors'), which every
/// <see cref="CheckEvery"/> uses count its DFA states and replace it with a fresh instance past <see cref="StateLimit"/>,
/// far below the threshold. The count is read from the engine's private fields: where a runtime does not have them,
/// a regex is renewed every <see cref="BlindRenewalUses"/> uses instead.
/// </para>
/// </summary>
public static class RegexRenewal
{
    /// <summary>DFA states after which a regex is rebuilt: a quarter of the NFA threshold, and several times what the detectors' ordinary traffic builds.</summary>
    public const int StateLimit = 20_000;

    /// <summary>Uses between two counts. One use builds at most a state per character read, so a check every 256 uses of 2 KB texts leaves the threshold far off.</summary>
    public const int CheckEvery = 256;

    /// <summary>Uses between rebuilds on a runtime whose states cannot be counted.</summary>
    public const int BlindRenewalUses = 1 << 18;

    private static readonly FieldInfo? FactoryField = typeof(Regex).GetField("factory", BindingFlags.Instance | BindingFlags.NonPublic);
    private static readonly ConcurrentDictionary<(Type, string), FieldInfo?> Fields = new();
    private static readonly ConditionalWeakTable<Regex, Renewable> Policy = [];

    /// <summary>
    /// The DFA states <paramref name="regex"/> has built, or null when it is not a non-backtracking regex or this runtime's
    /// engine does not keep them where .NET 10 does.
    /// </summary>
    public static int? States(Regex regex)
    {
        try
        {
            var factory = FactoryField?.GetValue(regex);
            var matcher = factory is null ? null : Field(factory.GetType(), "_matcher")?.GetValue(factory);
            return matcher is not null && Field(matcher.GetType(), "_stateCache")?.GetValue(matcher) is ICollection states ? states.Count : null;
        }
        catch (Exception e) when (e is FieldAccessException or TargetException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Whether <paramref name="regex"/>, used <paramref name="uses"/> times, should give way to a fresh instance.</summary>
    internal static bool Outgrown(Regex regex, long uses) =>
        States(regex) is { } states ? states > StateLimit : uses % BlindRenewalUses < CheckEvery;

    /// <summary>
    /// The instance of policy regex <paramref name="regex"/> to run now: itself until it outgrows <see cref="StateLimit"/>,
    /// then a fresh build of the same pattern and options.
    /// </summary>
    public static Regex Renewed(Regex regex)
    {
        if ((regex.Options & RegexOptions.NonBacktracking) == 0)
        {
            return regex;
        }
        var renewable = Policy.GetValue(regex, static r => new Renewable(r));
        return renewable.Use();
    }

    /// <summary>A policy regex and the instance that stands for it now.</summary>
    private sealed class Renewable(Regex original)
    {
        private Regex current = original;
        private long uses;

        public Regex Use()
        {
            var regex = Volatile.Read(ref current);
            var count = Interlocked.Increment(ref uses);
            if (count % CheckEvery == 0 && Outgrown(regex, count))
            {
                Interlocked.CompareExchange(ref current, new Regex(regex.ToString(), RegexOptions.NonBacktracking | regex.Options, regex.MatchTimeout), regex);
                regex = Volatile.Read(ref current);
            }
            return regex;
        }
    }

    private static FieldInfo? Field(Type type, string name) =>
        Fields.GetOrAdd((type, name), static key => key.Item1.GetField(key.Item2, BindingFlags.Instance | BindingFlags.NonPublic));
}
