using Airs.Runtime.Engine;

namespace Airs.Runtime.Streaming;

/// <summary>What one call to a <see cref="StreamingRelease"/> lets through.</summary>
/// <param name="Text">Checked text to pass on now, redactions applied; empty when nothing new is ready.</param>
/// <param name="Decision">
/// The audited decision when there is one: the refusing decision when the stream must end with an error, or the whole
/// answer's decision on completion; null otherwise.
/// </param>
public readonly record struct ReleaseStep(string Text, Decision? Decision)
{
    /// <summary>The stream must end here with an error carrying <see cref="Decision"/> (its message, id, review ticket).</summary>
    public bool IsRefused => Decision is { IsReleased: false };
}
