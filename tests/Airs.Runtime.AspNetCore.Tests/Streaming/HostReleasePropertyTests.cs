using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Airs.Runtime.AspNetCore.Tests.Gateway;
using Airs.Runtime.AspNetCore.Tests.Middleware;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.AspNetCore.Http;

namespace Airs.Runtime.AspNetCore.Tests.Streaming;

/// <summary>
/// "Nothing unchecked is ever released", through the hosts as clients meet them: random answers of clean sentences,
/// personal data and (sometimes) an injection or a leak, cut into random chunks, streamed by a real endpoint behind
/// the middleware and by a fake upstream behind a real gateway, both on 127.0.0.1. What the client receives never
/// holds a personal value or a blocked phrase; a blocked answer always ends with an error event and no <c>[DONE]</c>;
/// an answer nothing blocks arrives whole, exactly as the unstreamed decision redacts it. The seed is in the message.
/// </summary>
public sealed class HostReleasePropertyTests
{
    private const int Samples = 30;

    [Fact]
    public async Task The_middleware_never_releases_unchecked_text()
    {
        var seed = FuzzSeed.Next();
        await using var fixture = await StreamingPolicy.CreateAsync();
        string[] chunks = [];
        await using var server = await AnswerServer.StartAsync(fixture, async http =>
        {
            http.Response.ContentType = "text/event-stream";
            foreach (var chunk in chunks)
            {
                var data = new JsonObject { ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = new JsonObject { ["content"] = chunk } }) };
                await http.Response.WriteAsync($"data: {data.ToJsonString()}\n\n");
                await http.Response.Body.FlushAsync();
            }
            await http.Response.WriteAsync("data: [DONE]\n\n");
        });

        foreach (var (answer, cuts, _, blocked) in StreamingReleasePropertyTests.Answers().Sample(Samples, new Rnd(seed), 10))
        {
            chunks = Chunks(answer, cuts);
            using var response = await server.PostAsync("""{"messages":[{"role":"user","content":"What is my balance?"}]}""", streamed: true);
            var events = MiddlewareToolCallTests.Events(await response.Content.ReadAsStringAsync());
            var unstreamed = await fixture.Engine.DecideAsync(Stage.Output, new RequestContext { OutputText = answer, UserId = "alice" });
            Check($"middleware, seed {seed}, cuts [{string.Join(",", cuts)}]: {answer}", events, blocked, unstreamed.IsReleased ? unstreamed.Release : null);
        }
    }

    [Fact]
    public async Task The_gateway_never_releases_unchecked_text()
    {
        var seed = FuzzSeed.Next();
        await using var gateway = await GatewayTestHost.StartAsync(policy: StreamingPolicy.Text, policyName: "stream_guard");

        foreach (var (answer, cuts, _, blocked) in StreamingReleasePropertyTests.Answers().Sample(Samples, new Rnd(seed), 10))
        {
            gateway.Upstream.Scripted = Chunks(answer, cuts);
            gateway.Upstream.Answer = new JsonObject { ["role"] = "assistant", ["content"] = answer };
            var chat = JsonSerializer.Serialize(new { model = "gpt-test", stream = true, messages = new[] { new { role = "user", content = "What is my balance?" } } });
            using var response = await gateway.Client.PostAsync("/v1/chat/completions", new StringContent(chat, Encoding.UTF8, "application/json"));
            var events = MiddlewareToolCallTests.Events(await response.Content.ReadAsStringAsync());
            var (status, whole) = await gateway.PostAsync(GatewayTestHost.Chat(("user", "What is my balance?")));
            var unstreamed = status == 200 ? whole.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString() : null;
            Check($"gateway, seed {seed}, cuts [{string.Join(",", cuts)}]: {answer}", events, blocked, unstreamed);
        }
    }

    private static string[] Chunks(string answer, List<int> cuts)
    {
        var bounds = cuts.Where(c => c > 0 && c < answer.Length).Distinct().Order().Prepend(0).Append(answer.Length).ToList();
        return [.. bounds.Zip(bounds.Skip(1), (from, to) => answer[from..to])];
    }

    /// <param name="unstreamed">The whole answer as the unstreamed decision releases it, or null when it refuses it.</param>
    private static void Check(string where, List<string> events, bool blocked, string? unstreamed)
    {
        var released = new StringBuilder();
        foreach (var data in events.Where(e => e != "[DONE]"))
        {
            if (JsonNode.Parse(data)?["choices"] is JsonArray { Count: > 0 } choices && choices[0]!["delta"]?["content"] is JsonValue content)
            {
                released.Append(content.GetValue<string>());
            }
        }
        var streamed = released.ToString();
        foreach (var value in StreamingReleasePropertyTests.Personal.Concat(StreamingReleasePropertyTests.Blocked))
        {
            Assert.False(streamed.Contains(value, StringComparison.OrdinalIgnoreCase), $"{where}\nreleased `{value}`: {streamed}");
        }
        var refused = events.Count > 0 && events[^1].StartsWith("{\"error\"", StringComparison.Ordinal);
        if (blocked)
        {
            Assert.True(refused, $"{where}\nnot refused: {streamed}");
            Assert.DoesNotContain("[DONE]", events);
            return;
        }
        Assert.True(unstreamed is not null, $"{where}\nthe unstreamed answer was refused");
        Assert.True(events.Count > 0 && events[^1] == "[DONE]", $"{where}\nthe stream did not end with [DONE]: {events.LastOrDefault()}");
        Assert.True(unstreamed == streamed, $"{where}\nstreamed:   {streamed}\nunstreamed: {unstreamed}");
    }
}
