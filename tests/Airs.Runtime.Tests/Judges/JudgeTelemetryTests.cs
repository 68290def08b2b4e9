using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Airs.Runtime.Judges;
using Airs.Runtime.Policy;
using Airs.Runtime.Telemetry;
using Microsoft.Extensions.AI;

namespace Airs.Runtime.Tests.Judges;

/// <summary>
/// Spans, events and the duration histogram per the OpenTelemetry GenAI conventions. Listeners are global,
/// so every test uses its own model id and judge name and only looks at what carries them.
/// </summary>
public sealed class JudgeTelemetryTests : IDisposable
{
    private readonly ConcurrentQueue<Activity> _activities = new();
    private readonly ConcurrentQueue<(string Name, string? Unit, double Value, Dictionary<string, object?> Tags)> _measurements = new();
    private readonly ActivityListener _activityListener;
    private readonly MeterListener _meterListener;

    public JudgeTelemetryTests()
    {
        _activityListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == AirsTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _activities.Enqueue,
        };
        ActivitySource.AddActivityListener(_activityListener);

        _meterListener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == AirsTelemetry.Name)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _meterListener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
        {
            var dict = new Dictionary<string, object?>();
            foreach (var tag in tags)
            {
                dict[tag.Key] = tag.Value;
            }
            _measurements.Enqueue((instrument.Name, instrument.Unit, value, dict));
        });
        _meterListener.Start();
    }

    public void Dispose()
    {
        _activityListener.Dispose();
        _meterListener.Dispose();
    }

    private Activity SpanFor(string judge) =>
        Assert.Single(_activities, a => (string?)a.GetTagItem("airs.judge.name") == judge);

    private List<Dictionary<string, object?>> DurationsFor(string requestModel) =>
        [.. _measurements.Where(m => m.Name == GenAiAttributes.ClientOperationDuration && (string?)m.Tags[GenAiAttributes.RequestModel] == requestModel)
            .Select(m => { Assert.Equal("s", m.Unit); Assert.InRange(m.Value, 0, 60); return m.Tags; })];

    [Fact]
    public async Task A_judge_call_is_a_client_chat_span_with_the_verdict_as_an_evaluation_event()
    {
        var metadata = new ChatClientMetadata("openai", new Uri("http://127.0.0.1/v1"), "judge-small-tel1");
        var client = ScriptedChatClient.Replying(Judge.PassReply, metadata, responseModel: "judge-small-2025-06");
        await Judge.Runner(("judge", client)).RunAsync(Judge.Spec(name: "tel_pass"), Judge.Context(), "dec-t1", Tier.High, default);

        var span = SpanFor("tel_pass");
        Assert.Equal("chat judge-small-tel1", span.DisplayName);
        Assert.Equal(ActivityKind.Client, span.Kind);
        Assert.Equal("chat", span.GetTagItem("gen_ai.operation.name"));
        Assert.Equal("openai", span.GetTagItem("gen_ai.provider.name"));
        Assert.Equal("judge-small-tel1", span.GetTagItem("gen_ai.request.model"));
        Assert.Equal("judge-small-2025-06", span.GetTagItem("gen_ai.response.model"));
        Assert.Equal(120L, span.GetTagItem("gen_ai.usage.input_tokens"));
        Assert.Equal(18L, span.GetTagItem("gen_ai.usage.output_tokens"));
        Assert.Null(span.GetTagItem("error.type"));
        Assert.Null(span.GetTagItem("gen_ai.system"));

        var evaluation = Assert.Single(span.Events, e => e.Name == "gen_ai.evaluation.result");
        var tags = evaluation.Tags.ToDictionary(t => t.Key, t => t.Value);
        Assert.Equal("tel_pass", tags["gen_ai.evaluation.name"]);
        Assert.Equal("pass", tags["gen_ai.evaluation.score.label"]);
        Assert.Equal(0.92, tags["gen_ai.evaluation.score.value"]);
        Assert.Equal("every claim is in the sources", tags["gen_ai.evaluation.explanation"]);

        var duration = Assert.Single(DurationsFor("judge-small-tel1"));
        Assert.Equal("chat", duration[GenAiAttributes.OperationName]);
        Assert.Equal("openai", duration[GenAiAttributes.ProviderName]);
        Assert.Equal("judge-small-2025-06", duration[GenAiAttributes.ResponseModel]);
        Assert.False(duration.ContainsKey(GenAiAttributes.ErrorType));
    }

    [Fact]
    public async Task A_timeout_sets_error_type_on_span_and_metric()
    {
        var client = new ScriptedChatClient(async (_, _, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return new ChatResponse();
        }, new ChatClientMetadata("vllm", null, "judge-tel2"));
        await Judge.Runner(("judge", client)).RunAsync(Judge.Spec(name: "tel_timeout", timeout: TimeSpan.FromMilliseconds(50)), Judge.Context(), "dec-t2", Tier.High, default);

        var span = SpanFor("tel_timeout");
        Assert.Equal("timeout", span.GetTagItem("error.type"));
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.DoesNotContain(span.Events, e => e.Name == "gen_ai.evaluation.result");
        Assert.Equal("timeout", Assert.Single(DurationsFor("judge-tel2"))[GenAiAttributes.ErrorType]);
    }

    [Fact]
    public async Task Exceptions_and_unparseable_verdicts_are_typed_errors()
    {
        var throwing = ScriptedChatClient.Throwing(new HttpRequestException("503"));
        await Judge.Runner(("judge", throwing)).RunAsync(Judge.Spec(name: "tel_exc"), Judge.Context(), "dec-t3", Tier.High, default);
        Assert.Equal(typeof(HttpRequestException).FullName, SpanFor("tel_exc").GetTagItem("error.type"));

        var garbage = ScriptedChatClient.Replying("sure!");
        await Judge.Runner(("judge", garbage)).RunAsync(Judge.Spec(name: "tel_garbage"), Judge.Context(), "dec-t4", Tier.High, default);
        var span = SpanFor("tel_garbage");
        Assert.Equal("airs.unparseable_verdict", span.GetTagItem("error.type"));
        Assert.Equal(JudgeTelemetry.UnknownProvider, span.GetTagItem("gen_ai.provider.name"));
        Assert.Equal("judge", span.GetTagItem("gen_ai.request.model")); // no metadata: the policy's model name
    }

    [Fact]
    public async Task A_challenger_gets_its_own_span()
    {
        var runner = Judge.Runner(
            ("judge", ScriptedChatClient.Replying(Judge.PassReply, new ChatClientMetadata("openai", null, "primary-tel5"))),
            ("challenger", ScriptedChatClient.Replying(Judge.FailReply, new ChatClientMetadata("anthropic", null, "challenger-tel5"))));
        await runner.RunAsync(Judge.Spec(name: "tel_challenger", challenger: "challenger"), Judge.Context(), "dec-t5", Tier.Critical, default);

        var spans = _activities.Where(a => (string?)a.GetTagItem("airs.judge.name") == "tel_challenger").ToList();
        Assert.Equal(["chat challenger-tel5", "chat primary-tel5"], spans.Select(s => s.DisplayName).Order());
        Assert.Equal("fail", spans.Single(s => s.DisplayName == "chat challenger-tel5").Events.Single().Tags.First(t => t.Key == "gen_ai.evaluation.score.label").Value);
    }
}
