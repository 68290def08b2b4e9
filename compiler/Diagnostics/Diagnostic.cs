using System.Collections.Immutable;
using Airs.Compiler.Text;

namespace Airs.Compiler.Diagnostics;

/// <summary>
/// A problem found in a policy. Messages follow one set of rules: one line, lowercase start,
/// no final period, user input in backticks, no implementation type names; more detail goes in
/// <see cref="Help"/>.
/// </summary>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Message, Location Location, string? Help = null)
{
    /// <summary>The message, with the control and bidi characters it quotes from the policy escaped (<see cref="PrintableText"/>).</summary>
    public string Message { get; init; } = PrintableText.Escape(Message);

    /// <summary>More detail, escaped like <see cref="Message"/>.</summary>
    public string? Help { get; init; } = PrintableText.Escape(Help);

    /// <summary>
    /// Replacements for the text at <see cref="Location"/> that would fix it, closest first ("did you mean"), so a
    /// host offers them without reading the message.
    /// </summary>
    public ImmutableArray<string> Suggestions { get; init; } = [];

    /// <summary>A structured fix (add a missing item or setting), or null.</summary>
    public DiagnosticFix? Fix { get; init; }

    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The anchor of this code in docs/diagnostics.md.</summary>
    public string DocsAnchor => Code.ToLowerInvariant();

    /// <summary>Two reports of one problem are equal; the fix data follows from the problem, so it does not count.</summary>
    public bool Equals(Diagnostic? other) =>
        other is not null && Code == other.Code && Severity == other.Severity && Message == other.Message && Location == other.Location && Help == other.Help;

    public override int GetHashCode() => HashCode.Combine(Code, Severity, Message, Location, Help);

    /// <summary><c>path:line:col: error AIRS0001: message</c>, the format every host prints.</summary>
    public override string ToString() =>
        $"{Location}: {Severity.ToKeyword()} {Code}: {Message}";
}
