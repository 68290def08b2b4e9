namespace Airs.Runtime.Stores;

/// <summary>
/// How a writer's audit segment cross-anchors the others: after <see cref="AnchorEvery"/> of its own records or
/// <see cref="AnchorInterval"/> on <see cref="Time"/>, whichever comes first, its next batch starts with a
/// <c>segment_anchor</c> record naming every other segment's head that moved since its last anchor.
/// </summary>
public sealed record AuditSegmentOptions
{
    public static AuditSegmentOptions Default { get; } = new();

    public int AnchorEvery { get; init; } = 1000;

    public TimeSpan AnchorInterval { get; init; } = TimeSpan.FromSeconds(60);

    public TimeProvider Time { get; init; } = TimeProvider.System;
}
