using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Airs.Runtime.AspNetCore.Tests.Sidecar;

/// <summary>An OpenAI-compatible upstream on a real local server: <c>GET /v1/models</c> and <c>POST /v1/chat/completions</c>, behind one API key.</summary>
internal static class FakeOpenAi
{
    public const string Pass = """{"verdict": "pass", "confidence": 0.9, "reason": "supported"}""";
    public const string Fail = """{"verdict": "fail", "confidence": 0.9, "reason": "the amount is not in the sources"}""";

    public static Task<LocalServer> StartAsync(string apiKey, Func<string> verdict) => LocalServer.StartAsync(async (http, request) =>
    {
        http.Response.ContentType = "application/json";
        if (request.Header("Authorization") != "Bearer " + apiKey)
        {
            http.Response.StatusCode = 401;
            await http.Response.WriteAsync("""{"error":{"message":"Incorrect API key provided","type":"invalid_request_error"}}""");
            return;
        }
        switch (request.Method, request.Path)
        {
            case ("GET", "/v1/models"):
                await http.Response.WriteAsync("""{"object":"list","data":[{"id":"gpt-test","object":"model"}]}""");
                break;
            case ("POST", "/v1/chat/completions"):
                var model = JsonDocument.Parse(request.Body).RootElement.GetProperty("model").GetString();
                await http.Response.WriteAsync(JsonSerializer.Serialize(new
                {
                    id = "chatcmpl-1",
                    @object = "chat.completion",
                    model,
                    choices = new[] { new { index = 0, message = new { role = "assistant", content = verdict() }, finish_reason = "stop" } },
                    usage = new { prompt_tokens = 10, completion_tokens = 5, total_tokens = 15 },
                }));
                break;
            default:
                http.Response.StatusCode = 404;
                await http.Response.WriteAsync("""{"error":{"message":"no such route"}}""");
                break;
        }
    });
}
