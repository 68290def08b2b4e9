using Airs.Runtime.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Airs.Runtime.Hosting;

/// <summary>
/// Exports the runtime's spans (<c>airs.decision</c> and its layers, judge <c>chat</c> spans) and metrics
/// (<c>airs.*</c>, <c>gen_ai.client.operation.duration</c>) over OTLP. For hosts without their own OpenTelemetry setup;
/// hosts that have one add <c>AddSource("Airs.Runtime")</c> and <c>AddMeter("Airs.Runtime")</c> instead.
/// </summary>
public static class AirsOpenTelemetry
{
    /// <summary>
    /// Starts exporting to the collector at <paramref name="endpoint"/>: gRPC (<c>http://localhost:4317</c>) or HTTP/protobuf
    /// (<c>http://localhost:4318</c>, posting to <c>/v1/traces</c> and <c>/v1/metrics</c>). Dispose the result to flush and stop.
    /// </summary>
    public static IDisposable StartOtlpExport(Uri endpoint, string serviceName = "airs", OtlpExportProtocol protocol = OtlpExportProtocol.Grpc)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);
        var resource = ResourceBuilder.CreateDefault().AddService(serviceName);
        var tracer = Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(resource)
            .AddSource(AirsTelemetry.Name)
            .AddOtlpExporter(o => { o.Endpoint = Signal(endpoint, protocol, "traces"); o.Protocol = protocol; })
            .Build();
        var meter = Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(resource)
            .AddMeter(AirsTelemetry.Name)
            .AddOtlpExporter(o => { o.Endpoint = Signal(endpoint, protocol, "metrics"); o.Protocol = protocol; })
            .Build();
        return new Providers(tracer, meter);
    }

    // An endpoint set in code is used as-is over HTTP, so each signal needs its own path.
    private static Uri Signal(Uri endpoint, OtlpExportProtocol protocol, string signal) =>
        protocol == OtlpExportProtocol.HttpProtobuf ? new Uri(endpoint, $"{endpoint.AbsolutePath.TrimEnd('/')}/v1/{signal}") : endpoint;

    private sealed class Providers(TracerProvider tracer, MeterProvider meter) : IDisposable
    {
        public void Dispose()
        {
            tracer.Dispose(); // flushes what is buffered
            meter.Dispose();
        }
    }
}
