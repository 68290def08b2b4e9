using Airs.Runtime.Policy;

namespace Airs.Runtime.Pace;

/// <summary>The result of asking PACE to move: applied, unchanged (nothing to do), or refused with a reason.</summary>
public sealed record PaceChange(PaceLevel From, PaceLevel To, bool Applied, string? Refusal)
{
    public static PaceChange Unchanged(PaceLevel level) => new(level, level, false, null);

    public bool IsRefused => Refusal is not null;
}
