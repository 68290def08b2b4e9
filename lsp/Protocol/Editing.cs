namespace Airs.LanguageServer.Protocol;

public sealed record FormattingOptions(int TabSize, bool InsertSpaces);

public sealed record DocumentFormattingParams(TextDocumentIdentifier TextDocument, FormattingOptions Options);

public sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName)
    : TextDocumentPositionParams(TextDocument, Position);

public sealed record PrepareRenameParams(TextDocumentIdentifier TextDocument, Position Position)
    : TextDocumentPositionParams(TextDocument, Position);

/// <summary>The range that would be renamed and the text to offer as the starting name.</summary>
public sealed record PrepareRenameResult(Range Range, string Placeholder);

public sealed record RenameOptions(bool PrepareProvider);

/// <summary>Code action kinds this server uses (LSP allows any dotted string).</summary>
public static class CodeActionKind
{
    public const string QuickFix = "quickfix";
    public const string Refactor = "refactor";
    public const string SourceFixAll = "source.fixAll";
}

public sealed record CodeActionContext(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string>? Only = null);

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context);

public sealed record CodeAction(
    string Title,
    string? Kind = null,
    IReadOnlyList<Diagnostic>? Diagnostics = null,
    bool? IsPreferred = null,
    WorkspaceEdit? Edit = null,
    Command? Command = null);

public sealed record CodeActionOptions(IReadOnlyList<string>? CodeActionKinds = null);
