using System.Text.Encodings.Web;
using System.Text.Json;

namespace Airs.Runtime.AspNetCore.Chat;

internal static class ChatJson
{
    /// <summary>
    /// How answers and errors are written: text as it is (`can't`, not `can\u0027t`), as OpenAI does; the bodies are
    /// <c>application/json</c> or event streams, never HTML.
    /// </summary>
    public static readonly JsonSerializerOptions Wire = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
