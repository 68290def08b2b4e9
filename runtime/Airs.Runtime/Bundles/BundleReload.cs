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

/// <summary>What one reload attempt of one bundle file did, and why.</summary>
/// <param name="Path">The bundle file.</param>
/// <param name="Policy">The policy now in use from this file (the new one, or the last good one kept), if any.</param>
/// <param name="Version">That policy's version.</param>
/// <param name="PreviousVersion">The version in use before a successful swap.</param>
/// <param name="Error">Why the file was refused.</param>
/// <param name="Reason">One line for operators.</param>
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
    public string Reason { get; } = reason;

    public override string ToString() => $"{Status.ToString().ToLowerInvariant()} {System.IO.Path.GetFileName(Path)}: {Reason}";
}
