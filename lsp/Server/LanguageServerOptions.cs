using Airs.LanguageServer.Analysis;
using Airs.LanguageServer.JsonRpc;
using Microsoft.Extensions.Logging;

namespace Airs.LanguageServer.Server;

public sealed record LanguageServerOptions
{
    /// <summary>
    /// Turns documents into diagnostics and what the other features read; null (the default) is the compiler
    /// (<see cref="CompilationAnalyzer"/> over the server's open documents).
    /// </summary>
    public IDocumentAnalyzer? Analyzer { get; init; }

    /// <summary>The clock for debouncing analysis; tests pass a fake one.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>How long typing must pause before a changed document is analysed again.</summary>
    public TimeSpan AnalysisDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>A message body larger than this is skipped with a ParseError.</summary>
    public int MaxMessageBytes { get; init; } = MessageReader.DefaultMaxMessageBytes;

    /// <summary>Diagnostic codes link to <c>{this}#{code}</c>.</summary>
    public string DiagnosticsDocsUri { get; init; } = "https://github.com/airspolicy/airspolicy/blob/main/docs/diagnostics.md";

    /// <summary>The lowest level sent to the client's log.</summary>
    public LogLevel MinimumLogLevel { get; init; } = LogLevel.Information;

    /// <summary>Registers extra handlers after the built-in ones (tests use it to exercise the transport).</summary>
    internal Action<LanguageServer>? Configure { get; init; }
}
