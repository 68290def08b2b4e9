namespace Airs.Runtime.Judges;

/// <summary>A judge prompt that cannot be rendered (e.g. a placeholder naming no context field). One-line message.</summary>
public sealed class JudgePromptException(string message) : Exception(message);
