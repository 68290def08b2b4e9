namespace Airs.Runtime.Limits;

/// <summary>
/// A request's tallies, met but perhaps not yet durable: <see cref="Committed"/> completes when every count they added
/// is, and faults if it never will be. Act on the tallies (acknowledge a decision) only after awaiting it.
/// </summary>
public readonly record struct UncommittedTallies(IReadOnlyList<LimitTally> Tallies, Task Committed);
