namespace Airs.Runtime.Audit;

/// <summary>A keyed store found its log does not end at its keyed head, and refuses to append after it.</summary>
public sealed class AuditTamperedException(string message) : Exception(message);
