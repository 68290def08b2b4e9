using System.Text.Json;

namespace Airs.LanguageServer.JsonRpc;

/// <summary>What a <see cref="JsonRpcConnection"/> dispatches incoming requests and notifications to.</summary>
internal interface IRpcTarget
{
    /// <summary>
    /// True when the request must finish before the next message is read (e.g. <c>initialize</c>); other requests run
    /// concurrently so that <c>$/cancelRequest</c> can reach them. Notifications always run in order.
    /// </summary>
    bool RunsInOrder(string method);

    /// <summary>Returns the result (null for JSON null) or throws <see cref="JsonRpcException"/> for an error response.</summary>
    Task<JsonElement?> HandleRequestAsync(string method, JsonElement? parameters, CancellationToken cancellationToken);

    Task HandleNotificationAsync(string method, JsonElement? parameters, CancellationToken cancellationToken);
}
