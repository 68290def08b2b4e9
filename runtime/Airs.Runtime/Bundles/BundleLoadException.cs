namespace Airs.Runtime.Bundles;

/// <summary>
/// A bundle was refused. <see cref="Exception.Message"/> is one line for operators; <see cref="Error"/>
/// is the stable code. Zip, JSON, crypto and loader exceptions never reach the host raw.
/// </summary>
public sealed class BundleLoadException : Exception
{
    public BundleLoadException(BundleError error, string message, Exception? innerException = null)
        : base(RefusalText.Escape(message), innerException)
    {
        Error = error;
    }

    public BundleError Error { get; }

    /// <summary>The same failure with the bundle's name in front, so logs say which file it was.</summary>
    internal BundleLoadException For(string bundleName) =>
        new(Error, $"bundle `{bundleName}`: {Message}", InnerException);
}
