namespace Airs.LanguageServer.Protocol;

/// <summary>A zero-based line and UTF-16 character offset, as LSP counts them.</summary>
public sealed record Position(int Line, int Character);

/// <summary>A range with an exclusive end.</summary>
public sealed record Range(Position Start, Position End);

public sealed record Location(string Uri, Range Range);

public sealed record TextDocumentIdentifier(string Uri);

public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

/// <summary>The params shared by every request about one position in one document.</summary>
public record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

public sealed record TextEdit(Range Range, string NewText);

/// <summary>Edits per document URI.</summary>
public sealed record WorkspaceEdit(IReadOnlyDictionary<string, IReadOnlyList<TextEdit>> Changes);

/// <summary>A command the client can run (<c>command</c> names it on the wire).</summary>
public sealed record Command(
    string Title,
    [property: System.Text.Json.Serialization.JsonPropertyName("command")] string Name,
    IReadOnlyList<System.Text.Json.JsonElement>? Arguments = null);
