using System.Net;

namespace Airs.Runtime.AI;

/// <summary>The endpoint refused or answered nonsense. The message is one line: status and the server's own error message.</summary>
public sealed class OpenAiCompatibleException(string message, HttpStatusCode? statusCode = null, Exception? inner = null)
    : HttpRequestException(message, inner, statusCode);
