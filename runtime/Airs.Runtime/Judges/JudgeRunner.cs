using System.Collections.Concurrent;
using System.Diagnostics;
using Airs.Runtime.Context;
using Airs.Runtime.Policy;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Airs.Runtime.Judges;

/// <summary>
/// Runs one judge for one decision: deterministic sampling, fenced prompt, a Polly timeout, verdict parsing,
/// an optional challenger model, telemetry. Every failure becomes a <see cref="JudgeResult.Errored"/>; the only
/// exception that reaches the caller is <see cref="OperationCanceledException"/> for the caller's own token.
/// </summary>
public sealed class JudgeRunner
{
    private static readonly TimeSpan MinTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan MaxTimeout = TimeSpan.FromDays(1);

    private readonly IJudgeClientProvider _clients;
    private readonly JudgeRunnerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<TimeSpan, ResiliencePipeline> _pipelines = new();

    public JudgeRunner(IJudgeClientProvider clients, JudgeRunnerOptions? options = null, TimeProvider? timeProvider = null, ILogger<JudgeRunner>? logger = null)
    {
        _clients = clients ?? throw new ArgumentNullException(nameof(clients));
        _options = options ?? JudgeRunnerOptions.Default;
        _time = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <param name="sensitiveArgs">Tool arguments declared <c>sensitive</c>: the judge sees them as <c>"[sensitive]"</c>.</param>
    /// <param name="policy">The judge's policy, whose intents the prompt may read (<c>{{ agent.intent.goal }}</c>).</param>
    public Task<JudgeResult> RunAsync(JudgeSpec spec, RequestContext ctx, string decisionId, Tier tier, CancellationToken ct,
        IReadOnlySet<string>? sensitiveArgs = null, PolicySpec? policy = null) =>
        RunCoreAsync(spec, ctx, decisionId, tier, ct, sensitiveArgs, policy).AsTask();

    /// <summary>
    /// <see cref="RunAsync"/> for the engine: a judge that answers at once (a cache, a stub) costs no task, where the
    /// public method and its inner call each made one on every judged decision.
    /// </summary>
    internal async ValueTask<JudgeResult> RunCoreAsync(JudgeSpec spec, RequestContext ctx, string decisionId, Tier tier, CancellationToken ct,
        IReadOnlySet<string>? sensitiveArgs, PolicySpec? policy)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(decisionId);
        ct.ThrowIfCancellationRequested();

        if (!JudgeSampler.IsSampled(decisionId, spec.Name, spec.SampleRate))
        {
            return new JudgeResult.NotSampled(spec.Name);
        }

        string nonce, userText;
        try
        {
            nonce = UntrustedFence.NewNonce();
            userText = JudgePromptBuilder.UserText(spec.PromptTemplate, ctx, nonce, sensitiveArgs, policy);
        }
        catch (Exception e)
        {
            return new JudgeResult.Errored(spec.Name, spec.Model, JudgeErrorKind.Exception, OneLine(e.Message));
        }

        JudgeResult result;
        if (spec.ChallengerModel is { Length: > 0 } challenger)
        {
            // Both models see the same fenced prompt, concurrently and independently (RT-13): each in messages of its own.
            var primaryTask = AskAsync(spec, spec.Model, nonce, userText, decisionId, ct).AsTask();
            var challengerTask = AskAsync(spec, challenger, nonce, userText, decisionId, ct).AsTask();
            await Task.WhenAll(primaryTask, challengerTask).ConfigureAwait(false);
            result = Combine(spec.Name, await primaryTask.ConfigureAwait(false), await challengerTask.ConfigureAwait(false));
        }
        else
        {
            result = await AskAsync(spec, spec.Model, nonce, userText, decisionId, ct).ConfigureAwait(false);
        }

        if (result is JudgeResult.Errored error)
        {
            _logger.LogWarning("judge {Judge} ({Tier} tier) failed for decision {DecisionId}: {Kind}: {Detail}",
                spec.Name, tier, decisionId, error.Kind, error.Detail);
        }
        return result;
    }

    /// <summary>
    /// Two models: agreement stands; pass against fail is a disagreement; a fail stands even if the other model
    /// errored; a pass needs both, so pass with an error is that error.
    /// </summary>
    internal static JudgeResult Combine(string judge, JudgeResult primary, JudgeResult challenger) => (primary, challenger) switch
    {
        (JudgeResult.Passed p, JudgeResult.Passed) => p,
        (JudgeResult.Failed f, JudgeResult.Failed) => f,
        (JudgeResult.Passed p, JudgeResult.Failed f) => new JudgeResult.Disagreement(judge, new(p.Model, p.Verdict), new(f.Model, f.Verdict)),
        (JudgeResult.Failed f, JudgeResult.Passed p) => new JudgeResult.Disagreement(judge, new(f.Model, f.Verdict), new(p.Model, p.Verdict)),
        (JudgeResult.Failed f, _) => f,
        (_, JudgeResult.Failed f) => f,
        (JudgeResult.Errored e, _) => e,
        (_, JudgeResult.Errored e) => e with { Detail = $"challenger: {e.Detail}" },
        _ => throw new UnreachableException(),
    };

    private async ValueTask<JudgeResult> AskAsync(JudgeSpec spec, string model, string nonce, string userText, string decisionId, CancellationToken ct)
    {
        var client = _clients.GetClient(model);
        if (client is null)
        {
            return new JudgeResult.Errored(spec.Name, model, JudgeErrorKind.ModelMissing, $"no chat client is registered for model `{model}`");
        }

        var metadata = SafeMetadata(client);
        var provider = metadata?.ProviderName ?? JudgeTelemetry.UnknownProvider;
        var requestModel = metadata?.DefaultModelId ?? model;
        using var activity = JudgeTelemetry.StartChat(provider, requestModel, spec.Name, model, decisionId);
        var started = _time.GetTimestamp();
        string? responseModel = null;
        string? errorType = null;
        try
        {
            var options = new ChatOptions
            {
                ResponseFormat = ChatResponseFormat.Json,
                Temperature = 0,
                MaxOutputTokens = _options.MaxOutputTokens,
            };
            var response = await PipelineFor(spec.Timeout).ExecuteAsync(
                // WaitAsync: a client that ignores its token still cannot hold the judge past its timeout.
                static async (call, token) => await call.client.GetResponseAsync(call.Messages, call.options, token).WaitAsync(token).ConfigureAwait(false),
                (client, Messages: JudgePromptBuilder.Messages(nonce, userText), options),
                ct).ConfigureAwait(false);
            responseModel = response.ModelId;
            JudgeTelemetry.RecordResponse(activity, response);

            switch (VerdictParser.Parse(response.Text, nonce))
            {
                case VerdictParseResult.Parsed { Verdict: var verdict }:
                    JudgeTelemetry.RecordVerdict(activity, spec.Name, verdict);
                    return verdict.Label == VerdictLabel.Pass
                        ? new JudgeResult.Passed(spec.Name, model, verdict)
                        : new JudgeResult.Failed(spec.Name, model, verdict);
                case VerdictParseResult.Unparseable { Reason: var reason }:
                    errorType = "airs.unparseable_verdict";
                    JudgeTelemetry.RecordError(activity, errorType, reason);
                    return new JudgeResult.Errored(spec.Name, model, JudgeErrorKind.Unparseable, reason);
                default:
                    throw new UnreachableException();
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            errorType = "airs.cancelled";
            JudgeTelemetry.RecordError(activity, errorType, "cancelled by the caller");
            throw;
        }
        catch (Exception e) when (IsTimeout(e))
        {
            errorType = "timeout";
            var detail = TimeoutDetail(model, EffectiveTimeout(spec.Timeout));
            JudgeTelemetry.RecordError(activity, errorType, detail);
            return new JudgeResult.Errored(spec.Name, model, JudgeErrorKind.Timeout, detail);
        }
        catch (Exception e)
        {
            errorType = e.GetType().FullName ?? "exception";
            var detail = $"model `{model}` failed: {OneLine(e.Message)}";
            JudgeTelemetry.RecordError(activity, errorType, detail);
            return new JudgeResult.Errored(spec.Name, model, JudgeErrorKind.Exception, detail);
        }
        finally
        {
            JudgeTelemetry.RecordDuration(_time.GetElapsedTime(started), provider, requestModel, responseModel, errorType);
        }
    }

    private static bool IsTimeout(Exception e) =>
        e is TimeoutRejectedException or TimeoutException
        || (e is OperationCanceledException && e.InnerException is TimeoutException); // HttpClient.Timeout

    private static ChatClientMetadata? SafeMetadata(IChatClient client)
    {
        try
        {
            return client.GetService<ChatClientMetadata>();
        }
        catch (Exception)
        {
            return null; // metadata is for telemetry only; a client that throws here still gets to judge
        }
    }

    private ResiliencePipeline PipelineFor(TimeSpan declared) =>
        _pipelines.GetOrAdd(EffectiveTimeout(declared), static (timeout, runner) => runner.BuildPipeline(timeout), this);

    private ResiliencePipeline BuildPipeline(TimeSpan timeout)
    {
        // Added first = outermost: the judge's timeout bounds the whole call, retries included.
        var builder = new ResiliencePipelineBuilder { TimeProvider = _time }.AddTimeout(timeout);
        if (_options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = _options.MaxRetryAttempts,
                Delay = _options.RetryDelay,
                BackoffType = DelayBackoffType.Constant,
                ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not OperationCanceledException),
            });
        }
        return builder.Build();
    }

    private TimeSpan EffectiveTimeout(TimeSpan declared) => EffectiveTimeout(declared, _options.DefaultTimeout);

    /// <summary>The timeout a judge runs with: its own, or the default when it declares none, bounded to [10 ms, 1 day].</summary>
    internal static TimeSpan EffectiveTimeout(TimeSpan declared, TimeSpan defaultTimeout)
    {
        var timeout = declared > TimeSpan.Zero ? declared : defaultTimeout;
        return timeout < MinTimeout ? MinTimeout : timeout > MaxTimeout ? MaxTimeout : timeout;
    }

    /// <summary>The detail of a <see cref="JudgeErrorKind.Timeout"/>; <c>airs test</c> stubs a timeout with the same words.</summary>
    internal static string TimeoutDetail(string model, TimeSpan timeout) => $"model `{model}` did not answer within {Describe(timeout)}";

    private static string Describe(TimeSpan t) => t.TotalSeconds >= 1 && t.Milliseconds == 0 ? $"{t.TotalSeconds:0}s" : $"{t.TotalMilliseconds:0}ms";

    internal static string OneLine(string text, int max = 300)
    {
        var line = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.Length <= max ? line : line[..max] + "…";
    }
}
