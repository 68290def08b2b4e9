using System.Text.Json;

namespace Airs.LanguageServer.Protocol;

public sealed record ClientInfo(string Name, string? Version = null);

public sealed record WorkspaceFolder(string Uri, string Name);

/// <summary>The initialize params this server reads; client capabilities are kept raw until a feature needs one.</summary>
public sealed record InitializeParams(
    int? ProcessId = null,
    ClientInfo? ClientInfo = null,
    string? RootUri = null,
    JsonElement? Capabilities = null,
    JsonElement? InitializationOptions = null,
    IReadOnlyList<WorkspaceFolder>? WorkspaceFolders = null,
    string? Trace = null);

public sealed record TextDocumentSyncOptions(bool OpenClose, TextDocumentSyncKind Change, bool? Save = null);

/// <summary>What the server can do; a member is null (omitted) when the feature's handler is not registered.</summary>
public sealed record ServerCapabilities
{
    public string PositionEncoding { get; init; } = "utf-16";

    public TextDocumentSyncOptions? TextDocumentSync { get; init; }

    public bool? HoverProvider { get; init; }

    public CompletionOptions? CompletionProvider { get; init; }

    public bool? DefinitionProvider { get; init; }

    public bool? ReferencesProvider { get; init; }

    public bool? DocumentSymbolProvider { get; init; }

    public bool? DocumentFormattingProvider { get; init; }

    public SemanticTokensOptions? SemanticTokensProvider { get; init; }

    public RenameOptions? RenameProvider { get; init; }

    public CodeActionOptions? CodeActionProvider { get; init; }
}

public sealed record ServerInfo(string Name, string? Version = null);

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo? ServerInfo = null);

public sealed record InitializedParams;

public enum MessageType
{
    Error = 1,
    Warning = 2,
    Info = 3,
    Log = 4,
}

public sealed record LogMessageParams(MessageType Type, string Message);

public sealed record CancelParams(JsonRpc.RequestId Id);
