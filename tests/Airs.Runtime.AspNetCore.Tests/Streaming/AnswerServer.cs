using System.Text;
using Airs.Runtime.AspNetCore.Middleware;
using Airs.Runtime.AspNetCore.Tests.Guarding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Airs.Runtime.AspNetCore.Tests.Streaming;

/// <summary>A real Kestrel server on 127.0.0.1 whose guarded chat route answers with the test's delegate.</summary>
internal sealed class AnswerServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly HttpClient client;

    private AnswerServer(WebApplication app, Uri address)
    {
        this.app = app;
        client = new HttpClient { BaseAddress = address };
    }

    public static async Task<AnswerServer> StartAsync(GuardFixture fixture, RequestDelegate answer, Action<AirsMiddlewareOptions>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.UseAirsPolicy(o =>
        {
            o.Paths.Add("/v1/chat/completions");
            o.Engine = fixture.Engine;
            o.UserIdFrom = _ => "alice";
            configure?.Invoke(o);
        });
        app.MapPost("/v1/chat/completions", answer);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new AnswerServer(app, new Uri(address));
    }

    public Task<HttpResponseMessage> PostAsync(string json, bool streamed = false) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/v1/chat/completions") { Content = new StringContent(json, Encoding.UTF8, "application/json") },
            streamed ? HttpCompletionOption.ResponseHeadersRead : HttpCompletionOption.ResponseContentRead);

    public Task<HttpResponseMessage> GetAsync(string path) => client.GetAsync(path);

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
