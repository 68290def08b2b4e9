using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;

namespace Airs.Runtime.Telemetry;

/// <summary>
/// The runtime's one <see cref="ActivitySource"/> and <see cref="Meter"/>, both named <c>Airs.Runtime</c>.
/// Hosts subscribe with <c>AddSource("Airs.Runtime")</c> / <c>AddMeter("Airs.Runtime")</c>; every layer reuses these.
/// </summary>
public static class AirsTelemetry
{
    public const string Name = "Airs.Runtime";

    private static readonly string? Version =
        typeof(AirsTelemetry).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

    public static readonly ActivitySource ActivitySource = new(Name, Version);

    public static readonly Meter Meter = new(Name, Version);
}
