namespace Airs.Compiler.Diagnostics;

/// <summary>
/// What a host can do to fix a diagnostic besides replacing its text with one of its
/// <see cref="Diagnostic.Suggestions"/>, so no host reads the message to find out.
/// </summary>
public abstract record DiagnosticFix
{
    /// <summary>The declaration named at the diagnostic's location lacks an item starting with <paramref name="Keyword"/>.</summary>
    public sealed record AddItem(string Keyword) : DiagnosticFix;

    /// <summary>The policy lacks a setting: add the line <paramref name="Text"/> (<c>tier medium</c>) among its settings.</summary>
    public sealed record AddPolicySetting(string Text, string Title) : DiagnosticFix;
}
