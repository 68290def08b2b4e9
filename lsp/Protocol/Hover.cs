namespace Airs.LanguageServer.Protocol;

/// <summary>The two markup kinds LSP defines.</summary>
public static class MarkupKind
{
    public const string PlainText = "plaintext";
    public const string Markdown = "markdown";
}

public sealed record MarkupContent(string Kind, string Value)
{
    public static MarkupContent FromMarkdown(string value) => new(MarkupKind.Markdown, value);
}

public sealed record HoverParams(TextDocumentIdentifier TextDocument, Position Position)
    : TextDocumentPositionParams(TextDocument, Position);

public sealed record Hover(MarkupContent Contents, Range? Range = null);
