namespace Airs.Runtime.Context;

/// <summary>A request context that does not fit the schema. The message is one line, safe to show to a caller.</summary>
public sealed class ContextFormatException(string message) : Exception(message);
