using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace Airs.Benchmarks.Sidecar;

/// <summary>
/// `sidecar-client &lt;url&gt; &lt;requests&gt; &lt;connections&gt;`: the load half of <see cref="SidecarCost"/>, run as a process
/// of its own so the server's process counts only the server. POSTs bench/load/decide.lua's two bodies in turn over
/// <c>connections</c> keep-alive connections; warms up, prints <c>ready</c> and reads a line: <c>more</c> asks for
/// another warm-up round (the server is still compiling), <c>go</c> sends <c>requests</c>, then prints
/// <c>done &lt;seconds&gt; &lt;errors&gt; &lt;client CPU seconds&gt;</c>.
/// </summary>
internal static class SidecarClient
{
    private static readonly byte[][] Bodies =
    [
        Encoding.UTF8.GetBytes("""{"input":{"text":"Notes: we agreed to ship on Friday."},"user":{"id":"u-1","roles":["staff"]},"session":{"id":"s-1"}}"""),
        Encoding.UTF8.GetBytes("""{"input":{"text":"Notes: please summarise."},"user":{"id":"u-2","roles":["guest"]},"session":{"id":"s-2"}}"""),
    ];

    public static int Run(string url, int requests, int connections) => RunAsync(new Uri(url), requests, connections).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(Uri url, int requests, int connections)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, UseProxy = false, UseCookies = false };
        using var client = new HttpClient(handler);
        // Long enough for tiered compilation to finish the whole path on a busy machine; then a pause for its last methods.
        await SendAsync(client, url, Math.Max(10_000, requests / 4), connections);
        while (true)
        {
            await Task.Delay(500);
            Console.WriteLine("ready");
            if (Console.ReadLine() != "more")
            {
                break;
            }
            await SendAsync(client, url, Math.Max(5_000, requests / 8), connections);
        }
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var start = Stopwatch.GetTimestamp();
        var errors = await SendAsync(client, url, requests, connections);
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var clientCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"done {seconds:F4} {errors} {clientCpu:F4}"));
        return 0;
    }

    /// <summary>Sends <paramref name="requests"/> over <paramref name="connections"/> workers; returns the answers that were not 200.</summary>
    private static async Task<int> SendAsync(HttpClient client, Uri url, int requests, int connections)
    {
        var next = -1;
        var errors = 0;
        var workers = new Task[connections];
        for (var w = 0; w < connections; w++)
        {
            workers[w] = Task.Run(async () =>
            {
                var sink = new byte[8192];
                int n;
                while ((n = Interlocked.Increment(ref next)) < requests)
                {
                    using var content = new ByteArrayContent(Bodies[n % 2]);
                    content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                    using var response = await client.PostAsync(url, content);
                    await using var body = await response.Content.ReadAsStreamAsync();
                    while (await body.ReadAsync(sink) > 0)
                    {
                    }
                    if (response.StatusCode != System.Net.HttpStatusCode.OK)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
            });
        }
        await Task.WhenAll(workers);
        return errors;
    }
}
