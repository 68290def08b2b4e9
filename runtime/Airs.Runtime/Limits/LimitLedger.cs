using Airs.Runtime.Functions;

namespace Airs.Runtime.Limits;

/// <summary>
/// Counts in memory, one window per key. <see cref="Meet(LimitCharge, LimitCount?)"/> is the one rule every store
/// applies inside its transaction; the instance methods keep the counts of <see cref="Stores.InMemoryAirsStore"/>
/// (under its lock) and of <c>airs test</c> (one thread). Not thread-safe.
/// </summary>
public sealed class LimitLedger
{
    private readonly Dictionary<LimitKey, LimitCount> counts = [];

    /// <summary>Meets <paramref name="charge"/> against this ledger's count of its key.</summary>
    public LimitTally Meet(LimitCharge charge)
    {
        var (tally, next) = Meet(charge, counts.TryGetValue(charge.Key, out var stored) ? stored : null);
        if (next is { } write)
        {
            counts[charge.Key] = write;
        }
        return tally;
    }

    /// <summary>The key's count in the window from <paramref name="windowStart"/> (0 when it has none there).</summary>
    public double Read(LimitKey key, long windowStart) => CountIn(counts.TryGetValue(key, out var stored) ? stored : null, windowStart);

    /// <summary>
    /// The rule: a stored count of an earlier window counts 0 (a window another replica already started, its clock a
    /// little ahead, is the current one); a check adds nothing; an admission adds only if the count stays within the
    /// limit; a spend always adds; a return takes back from the count of its own window only. Returns the tally and
    /// what to store (null: nothing changes).
    /// </summary>
    public static (LimitTally Tally, LimitCount? Write) Meet(LimitCharge charge, LimitCount? stored)
    {
        if (charge.Kind == LimitChargeKind.Return)
        {
            // Only the window the admission was added to: a window that has ended since gives nothing to the next one.
            if (stored is not { } held || held.WindowStart != charge.WindowStart)
            {
                return (new LimitTally(false, CountIn(stored, charge.WindowStart)), null);
            }
            // A difference no double holds as it is gives nothing back: the count stays the higher (fail closed).
            if (!ExactNumbers.TryAdd(held.Count, -charge.Amount, out var left))
            {
                return (new LimitTally(false, held.Count), null);
            }
            var back = held with { Count = Math.Max(0, left) };
            return (new LimitTally(true, back.Count), back);
        }
        var current = stored is { } s && s.WindowStart >= charge.WindowStart ? s : new LimitCount(charge.WindowStart, 0);
        if (charge.Kind == LimitChargeKind.Check)
        {
            return (new LimitTally(false, current.Count), null);
        }
        // Counted exactly (a double whose shortest form is the exact sum, so it survives any store), not as doubles
        // add: ten amounts of 0.1 are 1, not 0.9999999999999999, which would leave room past the limit. An admission
        // whose sum no double holds as it is is refused (fail closed); a spend is spent, and counted a little above
        // that sum, never below it (fail closed: the double sum could be below a max the spend has reached).
        var exact = ExactNumbers.TryAdd(current.Count, charge.Amount, out var sum);
        if (charge.Kind == LimitChargeKind.Admit && (!exact || sum > charge.Limit.Max))
        {
            return (new LimitTally(false, current.Count) { Inexact = !exact }, null);
        }
        var next = current with { Count = exact ? sum : ExactNumbers.Above(current.Count + charge.Amount) };
        return (new LimitTally(true, next.Count), next);
    }

    public static double CountIn(LimitCount? stored, long windowStart) =>
        stored is { } s && s.WindowStart >= windowStart ? s.Count : 0;
}

/// <summary>A key's stored count and the start of its window (UTC ticks).</summary>
public readonly record struct LimitCount(long WindowStart, double Count);
