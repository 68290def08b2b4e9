using System.Runtime.CompilerServices;
using Airs.Runtime.Engine;
using Microsoft.Extensions.AI;

namespace Airs.Runtime.AI.Guarding;

/// <summary>
/// An <see cref="IChatClient"/> that puts a policy around another one:
/// every text of the request is checked (<c>input</c>, in one decision; tool results as <c>tool_result</c>) before the
/// inner client is called, the response's text, across all its messages, is checked as <c>output</c> and only its
/// released (redacted) text is passed on, and every <see cref="FunctionCallContent"/> is checked as <c>tool_call</c>
/// before the caller can run it.
/// A refused call is removed from the response and replaced by a text saying why; the rest of the response stands.
/// Streaming releases text as it is checked, sentence by sentence (<see cref="Airs.Runtime.Streaming.StreamingRelease"/>):
/// nothing unchecked reaches the caller, and the whole answer still gets the ordinary decision before its last piece.
/// </summary>
public sealed partial class AirsGuardedChatClient : DelegatingChatClient
{
    /// <summary>The key under which a refusal's <see cref="ChatResponse.AdditionalProperties"/> carries the refusing <see cref="Decision"/>.</summary>
    public const string DecisionProperty = "airs.decision";

    private readonly Func<CancellationToken, Task<PolicyEngine>> engineSource;
    private readonly AirsPolicyOptions options;

    public AirsGuardedChatClient(IChatClient innerClient, PolicyEngine engine, AirsPolicyOptions? options = null)
        : this(innerClient, _ => Task.FromResult(engine ?? throw new ArgumentNullException(nameof(engine))), options)
    {
    }

    /// <param name="engineSource">Supplies the engine per request (e.g. the current one of a hot-reloaded policy).</param>
    public AirsGuardedChatClient(IChatClient innerClient, Func<CancellationToken, Task<PolicyEngine>> engineSource, AirsPolicyOptions? options = null)
        : base(innerClient)
    {
        this.engineSource = engineSource ?? throw new ArgumentNullException(nameof(engineSource));
        this.options = options ?? new AirsPolicyOptions();
    }

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var conversation = messages.ToList();
        var identity = this.options.IdentityFrom(conversation, options);
        var engine = await engineSource(cancellationToken).ConfigureAwait(false);

        // The call's decisions commit while the next one is made, not one after another: the request's are only written
        // before the model is called, the answer's commit durably behind them and so sync them too. Nothing reaches the
        // caller (answer, refusal or error) before every decision of the call is durable.
        var commits = new PendingCommits();
        try
        {
            var input = await CheckInputAsync(engine, conversation, options, identity, commits, AuditDurability.Written, cancellationToken).ConfigureAwait(false);
            if (input.Refusal is { } refusal)
            {
                return Refuse(refusal);
            }
            // Sent only once the request's records are written: a killed process never leaves a sent request unrecorded.
            await commits.WrittenAsync().ConfigureAwait(false);
            var response = await base.GetResponseAsync(input.Messages, input.Options, cancellationToken).ConfigureAwait(false);
            // Counted before the answer is checked: the model spent its tokens even if the policy refuses the answer.
            await SpendAsync(engine, identity, response.Usage).ConfigureAwait(false);
            return await CheckResponseAsync(engine, response, LastUserText(input.Messages), identity, commits, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await commits.DurableAsync().ConfigureAwait(false);
        }
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var conversation = messages.ToList();
        var identity = this.options.IdentityFrom(conversation, options);
        var engine = await engineSource(cancellationToken).ConfigureAwait(false);

        // Streamed text is released as it is screened, before the answer's decision, so the request's decisions must be
        // durable before the first update: they are written, the model is called, and they are synced while it thinks.
        CheckedInput input;
        var commits = new PendingCommits();
        try
        {
            input = await CheckInputAsync(engine, conversation, options, identity, commits, AuditDurability.Written, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await commits.DurableAsync().ConfigureAwait(false);
            throw;
        }
        if (input.Refusal is { } refusal)
        {
            await commits.DurableAsync().ConfigureAwait(false);
            foreach (var update in Updates(Refuse(refusal)))
            {
                yield return update;
            }
            yield break;
        }
        // Sent only once the request's records are written: a killed process never leaves a sent request unrecorded.
        await commits.WrittenAsync().ConfigureAwait(false);
        var updates = AfterAsync(base.GetStreamingResponseAsync(input.Messages, input.Options, cancellationToken), commits.DurableAsync(), cancellationToken);
        await foreach (var update in StreamCheckedAsync(engine, input, identity, updates, cancellationToken).ConfigureAwait(false))
        {
            yield return update;
        }
    }

    /// <summary>
    /// Counts the tokens the model reported for a whole answer against the policy's token and cost limits. An answer
    /// whose usage is missing cannot be counted, so under such a limit it is not passed on (the gateway's 502
    /// <c>upstream_usage_missing</c>): nothing the policy declares is skipped in silence.
    /// </summary>
    /// <exception cref="InvalidOperationException">The policy counts tokens and the answer reports none.</exception>
    private static async Task SpendAsync(PolicyEngine engine, AirsIdentity identity, UsageDetails? usage)
    {
        if (!engine.CountsTokens)
        {
            return;
        }
        var tokens = TokenUsage.Of(usage) ?? throw new InvalidOperationException($"{TokenUsage.Missing} (ChatResponse.Usage): it was not passed on");
        await TokenUsage.SpendAsync(engine, identity, tokens).ConfigureAwait(false);
    }

    /// <summary>One update per checked message, the finish reason and usage on the last: the caller sees exactly what was checked.</summary>
    private static IEnumerable<ChatResponseUpdate> Updates(ChatResponse response)
    {
        for (var i = 0; i < response.Messages.Count; i++)
        {
            var message = response.Messages[i];
            var last = i == response.Messages.Count - 1;
            var contents = new List<AIContent>(message.Contents);
            if (last && response.Usage is { } usage && !contents.OfType<UsageContent>().Any())
            {
                contents.Add(new UsageContent(usage));
            }
            yield return new ChatResponseUpdate(message.Role, contents)
            {
                AuthorName = message.AuthorName,
                MessageId = message.MessageId,
                CreatedAt = message.CreatedAt ?? response.CreatedAt,
                ResponseId = response.ResponseId,
                ConversationId = response.ConversationId,
                ModelId = response.ModelId,
                FinishReason = last ? response.FinishReason : null,
                AdditionalProperties = last ? response.AdditionalProperties : null,
            };
        }
    }

    private ChatResponse Refuse(Decision decision)
    {
        var message = RefusalText(decision);
        if (options.OnBlock == AirsBlockBehavior.Throw)
        {
            throw new AirsPolicyBlockedException(decision, message);
        }
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, message))
        {
            FinishReason = ChatFinishReason.ContentFilter,
            AdditionalProperties = new() { [DecisionProperty] = decision },
        };
    }

    private string RefusalText(Decision decision) =>
        decision.Message ?? (decision.Outcome == Decisions.Outcome.Escalate ? options.ReviewMessage : options.RefusalMessage);

    private static string LastUserText(IEnumerable<ChatMessage> conversation) =>
        conversation.LastOrDefault(m => m.Role == ChatRole.User)?.Text ?? "";
}
