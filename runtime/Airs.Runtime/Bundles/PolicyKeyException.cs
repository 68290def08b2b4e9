namespace Airs.Runtime.Bundles;

/// <summary>A key or trust file could not be read or is not an ECDSA P-256 key. The message is one line.</summary>
public sealed class PolicyKeyException(string message, Exception? innerException = null) : Exception(message, innerException);
