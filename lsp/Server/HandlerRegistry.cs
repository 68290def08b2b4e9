using System.Text.Json;
using Airs.LanguageServer.JsonRpc;

namespace Airs.LanguageServer.Server;

/// <summary>
/// Method name → typed handler. Params are deserialised with <see cref="LspJson.Options"/> (a missing or ill-typed
/// member is an InvalidParams error naming its JSON path) and results serialised the same way.
/// </summary>
internal sealed class HandlerRegistry
{
    private readonly Dictionary<string, RequestHandler> _requests = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<JsonElement?, CancellationToken, Task>> _notifications = new(StringComparer.Ordinal);

    internal sealed record RequestHandler(Func<JsonElement?, CancellationToken, Task<JsonElement?>> Handle, bool RunsInOrder);

    public HandlerRegistry OnRequest<TParams, TResult>(
        string method, Func<TParams, CancellationToken, Task<TResult>> handler, bool runsInOrder = false)
    {
        _requests[method] = new RequestHandler(
            async (parameters, cancellationToken) =>
                Serialize(await handler(ReadParams<TParams>(method, parameters), cancellationToken).ConfigureAwait(false)),
            runsInOrder);
        return this;
    }

    public HandlerRegistry OnRequest<TResult>(string method, Func<CancellationToken, Task<TResult>> handler, bool runsInOrder = false)
    {
        _requests[method] = new RequestHandler(
            async (_, cancellationToken) => Serialize(await handler(cancellationToken).ConfigureAwait(false)),
            runsInOrder);
        return this;
    }

    public HandlerRegistry OnNotification<TParams>(string method, Func<TParams, CancellationToken, Task> handler)
    {
        _notifications[method] = (parameters, cancellationToken) => handler(ReadParams<TParams>(method, parameters), cancellationToken);
        return this;
    }

    public HandlerRegistry OnNotification(string method, Func<CancellationToken, Task> handler)
    {
        _notifications[method] = (_, cancellationToken) => handler(cancellationToken);
        return this;
    }

    public bool HandlesRequest(string method) => _requests.ContainsKey(method);

    public bool TryGetRequest(string method, out RequestHandler handler) => _requests.TryGetValue(method, out handler!);

    public bool TryGetNotification(string method, out Func<JsonElement?, CancellationToken, Task> handler) =>
        _notifications.TryGetValue(method, out handler!);

    private static TParams ReadParams<TParams>(string method, JsonElement? parameters)
    {
        if (parameters is not { } element)
        {
            throw JsonRpcException.InvalidParams($"`{method}` needs params");
        }
        try
        {
            return element.Deserialize<TParams>(LspJson.Options)
                ?? throw JsonRpcException.InvalidParams($"`{method}` needs params");
        }
        catch (JsonException e)
        {
            var where = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : $" at `{e.Path}`";
            throw JsonRpcException.InvalidParams($"invalid params for `{method}`{where}");
        }
    }

    private static JsonElement? Serialize<TResult>(TResult result) =>
        result is null ? null : JsonSerializer.SerializeToElement(result, LspJson.Options);
}
