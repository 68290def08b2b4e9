using System.Net;
using System.Net.Sockets;
using System.Text;
using Airs.Runtime.Decisions;
using Airs.Runtime.Hosting;
using OpenTelemetry.Exporter;
using static Airs.Runtime.Tests.Engine.EngineSpecs;

namespace Airs.Runtime.Tests.Engine;

/// <summary>The optional OTLP export reaches a collector (a loopback listener standing in for one).</summary>
public sealed class OtlpExportTests
{
    [Fact]
    public async Task Decision_spans_are_exported_over_otlp_http()
    {
        var port = FreePort();
        using var collector = new HttpListener();
        collector.Prefixes.Add($"http://127.0.0.1:{port}/");
        collector.Start();
        var received = new List<(string Path, string Body)>();
        var serving = Task.Run(async () =>
        {
            while (collector.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await collector.GetContextAsync();
                }
                catch (HttpListenerException)
                {
                    return;
                }
                catch (ObjectDisposedException)
                {
                    return;
                }
                using var reader = new StreamReader(context.Request.InputStream, Encoding.Latin1);
                var body = await reader.ReadToEndAsync();
                lock (received)
                {
                    received.Add((context.Request.Url!.AbsolutePath, body));
                }
                context.Response.StatusCode = 200;
                context.Response.Close();
            }
        });

        string decisionId;
        using (AirsOpenTelemetry.StartOtlpExport(new Uri($"http://127.0.0.1:{port}"), "airs-test", OtlpExportProtocol.HttpProtobuf))
        {
            await using var h = await EngineHarness.CreateAsync(ScriptedPolicy.AllowAll(), Spec());
            decisionId = (await h.Engine.DecideAsync(Stage.Input, Input("hello"))).Id;
        } // disposing flushes

        collector.Stop();
        await serving;
        lock (received)
        {
            // Protobuf carries strings as raw UTF-8, so the span name and the decision id appear in the body.
            var traces = Assert.Single(received, r => r.Path == "/v1/traces" && r.Body.Contains(decisionId, StringComparison.Ordinal));
            Assert.Contains("airs.decision", traces.Body, StringComparison.Ordinal);
            Assert.Contains(received, r => r.Path == "/v1/metrics" && r.Body.Contains("airs.decisions", StringComparison.Ordinal));
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
