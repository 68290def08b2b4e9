using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Airs.Runtime.Tests.Judges;

/// <summary>A tiny OpenAI-compatible server on 127.0.0.1 (HttpListener), scripted per test.</summary>
internal sealed class FakeOpenAiServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<HttpListenerContext, string, Task> _handle;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public FakeOpenAiServer(Func<HttpListenerContext, string, Task> handle)
    {
        _handle = handle;
        var port = FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/v1");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(AcceptLoop);
    }

    public Uri BaseUrl { get; }

    public ConcurrentQueue<(string Method, string Path, string? Authorization, string? Accept, string Body)> Requests { get; } = new();

    /// <summary>Cancelled when the server shuts down, so handlers that stall can end.</summary>
    public CancellationToken Stopping => _stop.Token;

    public static FakeOpenAiServer Json(int status, string body) => new(async (ctx, _) => await Write(ctx, status, "application/json", body));

    public static async Task Write(HttpListenerContext ctx, int status, string contentType, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = contentType;
        ctx.Response.ContentLength64 = bytes.Length;
        await ctx.Response.OutputStream.WriteAsync(bytes);
        ctx.Response.Close();
    }

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext ctx;
            try
            {
                ctx = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested || !_listener.IsListening)
            {
                return;
            }
            _ = Task.Run(async () =>
            {
                using var reader = new StreamReader(ctx.Request.InputStream, Encoding.UTF8);
                var body = await reader.ReadToEndAsync();
                Requests.Enqueue((ctx.Request.HttpMethod, ctx.Request.Url!.AbsolutePath, ctx.Request.Headers["Authorization"], ctx.Request.Headers["Accept"], body));
                try
                {
                    await _handle(ctx, body);
                }
                catch (Exception)
                {
                    // a handler aborted by shutdown or by the client hanging up
                    try
                    {
                        ctx.Response.Abort();
                    }
                    catch (Exception)
                    {
                        // already gone
                    }
                }
            });
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Close();
        try
        {
            await _loop.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception)
        {
            // shutting down
        }
        _stop.Dispose();
    }
}
