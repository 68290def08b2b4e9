namespace Airs.Runtime.Stores;

/// <summary>The store cannot be used as it is: a schema this runtime does not know, or a keyed log that does not verify.</summary>
public sealed class AirsStoreException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>What was named holds no airs store at all: the caller named the wrong thing (misuse), not a store that cannot be read.</summary>
    public bool NoStore { get; init; }
}
