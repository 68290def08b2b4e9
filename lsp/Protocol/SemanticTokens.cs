namespace Airs.LanguageServer.Protocol;

public sealed record SemanticTokensLegend(IReadOnlyList<string> TokenTypes, IReadOnlyList<string> TokenModifiers);

public sealed record SemanticTokensParams(TextDocumentIdentifier TextDocument);

/// <summary>Tokens as LSP encodes them: five integers each (delta line, delta start, length, type, modifiers).</summary>
public sealed record SemanticTokens(IReadOnlyList<int> Data, string? ResultId = null);

public sealed record SemanticTokensOptions(SemanticTokensLegend Legend, bool Full, bool? Range = null);
