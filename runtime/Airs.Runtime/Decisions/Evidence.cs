namespace Airs.Runtime.Decisions;

/// <summary>A span of a context field that made a control fire (e.g. the matched phrase or PII).</summary>
/// <param name="Field">The context path, e.g. <c>input.text</c>.</param>
/// <param name="Start">UTF-16 offset into the field's value.</param>
/// <param name="Length">UTF-16 length.</param>
/// <param name="Label">What was found, e.g. <c>email</c> or <c>ignore-instructions</c>.</param>
public sealed record Evidence(string Field, int Start, int Length, string Label);
