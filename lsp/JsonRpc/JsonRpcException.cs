namespace Airs.LanguageServer.JsonRpc;

/// <summary>Thrown by a handler to answer its request with a specific JSON-RPC error instead of a result.</summary>
public sealed class JsonRpcException(int code, string message) : Exception(message)
{
    public int Code { get; } = code;

    public static JsonRpcException InvalidParams(string message) => new(ErrorCodes.InvalidParams, message);

    public static JsonRpcException InvalidRequest(string message) => new(ErrorCodes.InvalidRequest, message);
}
