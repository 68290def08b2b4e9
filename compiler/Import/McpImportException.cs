namespace Airs.Compiler.Import;

/// <summary>The input is not a list of MCP tools at all; the message says why, in one line.</summary>
public sealed class McpImportException(string message, Exception? inner = null) : Exception(message, inner);
