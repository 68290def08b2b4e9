using System.Net.Http.Headers;
using System.Text;
using Airs.Runtime.AspNetCore.Middleware;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Airs.Runtime.AspNetCore.Tests.Middleware;

/// <summary>A real Kestrel server on 127.0.0.1 (port 0) whose chat endpoints echo the body they were given.</summary>
internal sealed class ChatServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private int endpointCalls;

    private ChatServer(WebApplication app, Uri address)
    {
        this.app = app;
        Client = new HttpClient { BaseAddress = address };
    }

    public HttpClient Client { get; }

    public int EndpointCalls => Volatile.Read(ref endpointCalls);

    public static async Task<ChatServer> StartAsync(Action<AirsMiddlewareOptions> configure)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        ChatServer? server = null;
        app.UseAirsPolicy(configure);
        RequestDelegate echo = async http =>
        {
            Interlocked.Increment(ref server!.endpointCalls);
            using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(body);
        };
        app.MapPost("/v1/chat/completions", echo);
        app.MapPost("/chat", echo);
        app.MapPost("/other", echo);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server = new ChatServer(app, new Uri(address));
        return server;
    }

    public Task<HttpResponseMessage> PostAsync(string path, string json, Action<HttpRequestHeaders>? headers = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        headers?.Invoke(request.Headers);
        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
