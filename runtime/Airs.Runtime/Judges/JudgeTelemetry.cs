using System.Diagnostics;
using System.Diagnostics.Metrics;
using Airs.Runtime.Telemetry;
using Microsoft.Extensions.AI;

namespace Airs.Runtime.Judges;

/// <summary>GenAI-convention spans, events and the duration histogram for judge calls.</summary>
internal static class JudgeTelemetry
{
    public const string UnknownProvider = "unknown";

    private static readonly Histogram<double> Duration = AirsTelemetry.Meter.CreateHistogram(
        GenAiAttributes.ClientOperationDuration,
        unit: "s",
        description: "GenAI operation duration.",
        tags: null,
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92] });

    /// <summary>Starts the CLIENT span <c>chat {model}</c>; null when nobody listens.</summary>
    public static Activity? StartChat(string provider, string requestModel, string judge, string logicalModel, string decisionId)
    {
        if (!AirsTelemetry.ActivitySource.HasListeners())
        {
            return null; // the span's name is made per call: not for nobody
        }
        var activity = AirsTelemetry.ActivitySource.StartActivity($"{GenAiAttributes.ChatOperation} {requestModel}", ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag(GenAiAttributes.OperationName, GenAiAttributes.ChatOperation);
            activity.SetTag(GenAiAttributes.ProviderName, provider);
            activity.SetTag(GenAiAttributes.RequestModel, requestModel);
            activity.SetTag("airs.judge.name", judge);
            activity.SetTag("airs.judge.model", logicalModel);
            activity.SetTag("airs.decision.id", decisionId);
        }
        return activity;
    }

    public static void RecordResponse(Activity? activity, ChatResponse response)
    {
        if (activity is null)
        {
            return;
        }
        activity.SetTag(GenAiAttributes.ResponseModel, response.ModelId);
        activity.SetTag(GenAiAttributes.ResponseId, response.ResponseId);
        if (response.Usage?.InputTokenCount is { } input)
        {
            activity.SetTag(GenAiAttributes.InputTokens, input);
        }
        if (response.Usage?.OutputTokenCount is { } output)
        {
            activity.SetTag(GenAiAttributes.OutputTokens, output);
        }
    }

    /// <summary>The verdict as a <c>gen_ai.evaluation.result</c> event on the judge's own span.</summary>
    public static void RecordVerdict(Activity? activity, string judge, Verdict verdict)
    {
        if (activity is null)
        {
            return;
        }
        var tags = new ActivityTagsCollection
        {
            [GenAiAttributes.EvaluationName] = judge,
            [GenAiAttributes.EvaluationScoreLabel] = verdict.LabelKeyword,
        };
        if (verdict.Confidence is { } score)
        {
            tags[GenAiAttributes.EvaluationScoreValue] = score;
        }
        if (verdict.Reason is { } reason)
        {
            tags[GenAiAttributes.EvaluationExplanation] = reason;
        }
        activity.AddEvent(new ActivityEvent(GenAiAttributes.EvaluationResultEvent, tags: tags));
    }

    public static void RecordError(Activity? activity, string errorType, string detail)
    {
        activity?.SetTag(GenAiAttributes.ErrorType, errorType);
        activity?.SetStatus(ActivityStatusCode.Error, detail);
    }

    public static void RecordDuration(TimeSpan elapsed, string provider, string requestModel, string? responseModel, string? errorType)
    {
        if (!Duration.Enabled)
        {
            return;
        }
        var tags = new TagList
        {
            { GenAiAttributes.OperationName, GenAiAttributes.ChatOperation },
            { GenAiAttributes.ProviderName, provider },
            { GenAiAttributes.RequestModel, requestModel },
        };
        if (responseModel is not null)
        {
            tags.Add(GenAiAttributes.ResponseModel, responseModel);
        }
        if (errorType is not null)
        {
            tags.Add(GenAiAttributes.ErrorType, errorType);
        }
        Duration.Record(elapsed.TotalSeconds, tags);
    }
}
