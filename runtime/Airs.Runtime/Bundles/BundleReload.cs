using Airs.Runtime.Policy;

namespace Airs.Runtime.Bundles;

public enum BundleReloadStatus
{
    /// <summary>A new bundle verified, loaded and is now in use.</summary>
    Loaded,
    /// <summary>The file was refused or unreadable; the last good bundle (if any) stays in use.</summary>
    Failed,
    /// <summary>The file has the same bytes as last time; nothing was done.</summary>
    Unchanged,
}

public static class BundleReloadStatuses
{
    public static readonly KeywordTable<BundleReloadStatus> Table = new(
        (BundleReloadStatus.Loaded, "loaded"), (BundleReloadStatus.Failed, "failed"), (BundleReloadStatus.Unchanged, "unchanged"));

    public static string ToKeyword(this BundleReloadStatus status) => Table.ToKeyword(status);
}

/// <summary>What one reload attempt of one bundle file did, and why.</summary>
/// <param name="path">The bundle file.</param>
/// <param name="policy">The policy now in use from this file (the new one, or the last good one kept), if any.</param>
/// <param name="version">That policy's version.</param>
/// <param name="previousVersion">The version in use before a successful swap.</param>
/// <param name="error">Why the file was refused.</param>
/// <param name="reason">One line for operators.</param>
public sealed class BundleReloadEventArgs(
    string path,
    BundleReloadStatus status,
    string? policy,
    string? version,
    string? previousVersion,
    BundleError? error,
    string reason) : EventArgs
{
    public string Path { get; } = path;
    public BundleReloadStatus Status { get; } = status;
    public string? Policy { get; } = policy;
    public string? Version { get; } = version;
    public string? PreviousVersion { get; } = previousVersion;
    public BundleError? Error { get; } = error;
    /// <summary>The reason, its control characters escaped: it quotes a file name and a version, which may hold them.</summary>
    public string Reason { get; } = RefusalText.Escape(reason);

    public override string ToString() => $"{Status.ToKeyword()} {System.IO.Path.GetFileName(Path)}: {Reason}";
}
