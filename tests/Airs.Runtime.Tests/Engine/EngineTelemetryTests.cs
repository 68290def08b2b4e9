using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Airs.Runtime.Decisions;
using Airs.Runtime.Policy;
using Airs.Runtime.Telemetry;
using static Airs.Runtime.Tests.Engine.EngineSpecs;

namespace Airs.Runtime.Tests.Engine;

/// <summary>Spans and metrics on the shared <c>Airs.Runtime</c> source and meter.</summary>
public sealed class EngineTelemetryTests
{
    private const string PolicyName = "telemetry_test";

    [Fact]
    public async Task A_decision_has_a_span_with_a_child_per_layer_and_counts_in_the_metrics()
    {
        var spans = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == AirsTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Add,
        };
        ActivitySource.AddActivityListener(listener);

        var measurements = new ConcurrentBag<(string Instrument, double Value, Dictionary<string, object?> Tags)>();
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == AirsTelemetry.Name && instrument.Name.StartsWith("airs.", StringComparison.Ordinal))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var dictionary = new Dictionary<string, object?>();
            foreach (var tag in tags)
            {
                dictionary[tag.Key] = tag.Value;
            }
            if (Equals(dictionary.GetValueOrDefault("airs.policy.name"), PolicyName))
            {
                measurements.Add((instrument.Name, value, dictionary));
            }
        }
        meters.SetMeasurementEventCallback<long>((i, v, t, _) => Record(i, v, t));
        meters.SetMeasurementEventCallback<double>((i, v, t, _) => Record(i, v, t));
        meters.SetMeasurementEventCallback<int>((i, v, t, _) => Record(i, v, t));
        meters.Start();

        var breaker = Breaker("violations", BreakerCounter.Blocked, 1, BreakerScope.User);
        await using var h = await EngineHarness.CreateAsync(ScriptedPolicy.When("attack", Outcome.Block), Spec(breakers: [breaker]) with { Name = PolicyName });
        var blocked = await h.Engine.DecideAsync(Stage.Input, Input("attack"));
        var allowed = await h.Engine.DecideAsync(Stage.Input, Input("hello", user: "bob"));
        meters.RecordObservableInstruments();

        var root = Assert.Single(spans, s => s.OperationName == "airs.decision" && Equals(s.GetTagItem("airs.decision.id"), blocked.Id));
        Assert.Equal("block", root.GetTagItem("airs.outcome"));
        Assert.Equal("input", root.GetTagItem("airs.stage"));
        var children = spans.Where(s => s.ParentSpanId == root.SpanId).Select(s => s.OperationName).Order().ToArray();
        Assert.Equal(["airs.audit", "airs.breakers", "airs.guardrails", "airs.judges", "airs.review"], children);

        Assert.Equal(1, measurements.Where(m => m.Instrument == "airs.decisions" && Equals(m.Tags["airs.outcome"], "block")).Sum(m => m.Value));
        Assert.Equal(1, measurements.Where(m => m.Instrument == "airs.decisions" && Equals(m.Tags["airs.outcome"], "allow")).Sum(m => m.Value));
        Assert.Equal(1, measurements.Where(m => m.Instrument == "airs.control.hits" && Equals(m.Tags["airs.control"], "GR-attack")).Sum(m => m.Value));
        Assert.Equal(2, measurements.Count(m => m.Instrument == "airs.decision.duration"));
        var gauge = Assert.Single(measurements, m => m.Instrument == "airs.breaker.state");
        Assert.Equal((2.0, "user:alice"), (gauge.Value, gauge.Tags["airs.breaker.scope_key"]));
        Assert.Equal(Outcome.Allow, allowed.Outcome);
    }
}
