using System.Reflection;
using System.Text.Json;
using Airs.LanguageServer.Analysis;
using Airs.LanguageServer.Documents;
using Airs.LanguageServer.Features;
using Airs.LanguageServer.JsonRpc;
using Airs.LanguageServer.Protocol;
using Microsoft.Extensions.Logging;

namespace Airs.LanguageServer.Server;

/// <summary>
/// The LSP lifecycle around a <see cref="HandlerRegistry"/>: nothing but <c>initialize</c> is served before
/// initialisation (ServerNotInitialized), nothing but <c>exit</c> after <c>shutdown</c> (InvalidRequest), and the
/// exit code is 0 only when <c>shutdown</c> came first. Features register handlers and advertise capabilities here.
/// </summary>
internal sealed class LanguageServer : IRpcTarget, IDisposable
{
    private enum State
    {
        Uninitialized,
        Running,
        ShutDown,
    }

    private readonly JsonRpcConnection _connection;
    private volatile State _state = State.Uninitialized;

    public LanguageServer(JsonRpcConnection connection, LanguageServerOptions options, ILogger logger)
    {
        _connection = connection;
        Logger = logger;
        Documents = new DocumentStore();
        Diagnostics = new DiagnosticConverter(options.DiagnosticsDocsUri);
        Analysis = new AnalysisScheduler(
            Documents, options.Analyzer ?? new CompilationAnalyzer(Documents), connection, Diagnostics, options.TimeProvider, options.AnalysisDelay, logger);

        Handlers
            .OnRequest<InitializeParams, InitializeResult>("initialize", InitializeAsync, runsInOrder: true)
            .OnNotification("initialized", _ => Task.CompletedTask)
            .OnRequest<object?>("shutdown", ShutdownAsync, runsInOrder: true)
            .OnNotification("exit", ExitAsync);

        TextDocumentSync.Register(this);
        HoverFeature.Register(this);
        CompletionFeature.Register(this);
        NavigationFeature.Register(this);
        DocumentSymbolsFeature.Register(this);
        FormattingFeature.Register(this);
        SemanticTokensFeature.Register(this);
        RenameFeature.Register(this);
        CodeActionsFeature.Register(this);
        options.Configure?.Invoke(this);
    }

    public HandlerRegistry Handlers { get; } = new();

    public ServerCapabilities Capabilities { get; private set; } = new();

    public DocumentStore Documents { get; }

    public AnalysisScheduler Analysis { get; }

    public DiagnosticConverter Diagnostics { get; }

    public ILogger Logger { get; }

    public bool ShutdownRequested { get; private set; }

    /// <summary>0 after an orderly shutdown, 1 when the client exited or vanished without one (as LSP prescribes).</summary>
    public int ExitCode => ShutdownRequested ? 0 : 1;

    /// <summary>Adds what a feature offers to the capabilities sent in the <c>initialize</c> result.</summary>
    public void Advertise(Func<ServerCapabilities, ServerCapabilities> update) => Capabilities = update(Capabilities);

    public bool RunsInOrder(string method) => Handlers.TryGetRequest(method, out var handler) && handler.RunsInOrder;

    public Task<JsonElement?> HandleRequestAsync(string method, JsonElement? parameters, CancellationToken cancellationToken)
    {
        if (_state == State.Uninitialized && method != "initialize")
        {
            throw new JsonRpcException(ErrorCodes.ServerNotInitialized, $"the server is not initialized yet; `{method}` must follow `initialize`");
        }
        if (_state == State.ShutDown)
        {
            throw JsonRpcException.InvalidRequest($"the server is shutting down; `{method}` was refused");
        }
        if (!Handlers.TryGetRequest(method, out var handler))
        {
            throw new JsonRpcException(ErrorCodes.MethodNotFound, $"unknown method `{method}`");
        }
        return handler.Handle(parameters, cancellationToken);
    }

    public Task HandleNotificationAsync(string method, JsonElement? parameters, CancellationToken cancellationToken)
    {
        // Before initialisation and after shutdown, notifications other than `exit` are dropped (LSP 3.17).
        var accepted = method == "exit" || _state == State.Running;
        if (accepted && Handlers.TryGetNotification(method, out var handler))
        {
            return handler(parameters, cancellationToken);
        }
        return Task.CompletedTask;
    }

    private Task<InitializeResult> InitializeAsync(InitializeParams parameters, CancellationToken cancellationToken)
    {
        if (_state != State.Uninitialized)
        {
            throw JsonRpcException.InvalidRequest("the server is already initialized");
        }
        _state = State.Running;
        Logger.LogInformation(
            "initialized for {Client} at {Root}", parameters.ClientInfo?.Name ?? "an unnamed client", parameters.RootUri ?? "no root");
        return Task.FromResult(new InitializeResult(Capabilities, new ServerInfo("airs", ServerVersion)));
    }

    private Task<object?> ShutdownAsync(CancellationToken cancellationToken)
    {
        ShutdownRequested = true;
        _state = State.ShutDown;
        return Task.FromResult<object?>(null);
    }

    private Task ExitAsync(CancellationToken cancellationToken)
    {
        _connection.Stop();
        return Task.CompletedTask;
    }

    private static string ServerVersion =>
        typeof(LanguageServer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public void Dispose() => Analysis.Dispose();
}
