namespace Airs.Runtime.AI.Models;

/// <summary>One thing wrong in a models file: where (a JSON path such as <c>$.models.judge.endpoint</c>) and what.</summary>
public sealed record ModelsFileError(string File, string Path, string Message)
{
    public override string ToString() => $"{File}: {Path}: {Message}";
}

/// <summary>The models file cannot be used; <see cref="Errors"/> lists every problem, one line each.</summary>
public sealed class ModelsFileException(IReadOnlyList<ModelsFileError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<ModelsFileError> Errors { get; } = errors;
}
