namespace Airs.LanguageServer.JsonRpc;

/// <summary>Sends notifications to the client (publishDiagnostics, logMessage); a seam so features can be tested alone.</summary>
internal interface IClientNotifier
{
    Task NotifyAsync<TParams>(string method, TParams parameters, CancellationToken cancellationToken);
}
