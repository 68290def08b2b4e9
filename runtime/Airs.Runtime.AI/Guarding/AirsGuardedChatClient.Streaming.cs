using System.Runtime.CompilerServices;
using Airs.Runtime.Engine;
using Airs.Runtime.Streaming;
using Microsoft.Extensions.AI;

namespace Airs.Runtime.AI.Guarding;

public sealed partial class AirsGuardedChatClient
{
    /// <summary>
    /// Passes the inner client's updates on as a <see cref="StreamingRelease"/> lets their text go: sentence by sentence,
    /// redacted, behind the hold-back of <see cref="AirsPolicyOptions.Streaming"/>, the texts of all messages read as
    /// one answer. Each function call is checked as <c>tool_call</c> when it arrives; usage is passed on, and counted
    /// against the policy's token and cost limits once the model's stream has ended, before the whole answer's decision;
    /// contents the policy cannot read are dropped. Each author name is checked as <c>output</c> before the first update
    /// that carries it. The finish reason waits for the whole answer's decision. A refusal
    /// ends the stream: an update with the refusal (<see cref="AirsBlockBehavior.Refuse"/>) or <see cref="AirsPolicyBlockedException"/>.
    /// </summary>
    private async IAsyncEnumerable<ChatResponseUpdate> StreamCheckedAsync(PolicyEngine engine, CheckedInput input, AirsIdentity identity,
        IAsyncEnumerable<ChatResponseUpdate> updates, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var userText = LastUserText(input.Messages);
        var release = new StreamingRelease(engine, GuardContext.Build(identity, input: userText), options.Streaming);
        ChatResponseUpdate? last = null;
        ChatFinishReason? finish = null;
        UsageDetails? usage = null;
        var callsLeft = 0;
        var authors = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? author = null;
        await foreach (var update in updates.ConfigureAwait(false))
        {
            last = update;
            finish = update.FinishReason ?? finish;
            // The name goes out with this update, before the answer's decision: it is decided first, on its own.
            (author, var refusedAuthor) = await CheckAuthorAsync(engine, update.AuthorName, authors, userText, identity, commits: null, cancellationToken)
                .ConfigureAwait(false);
            if (refusedAuthor is not null)
            {
                await SpendStreamedAsync(engine, identity, usage).ConfigureAwait(false);
                yield return RefusalUpdate(refusedAuthor, update);
                yield break;
            }
            var contents = new List<AIContent>();
            foreach (var content in update.Contents)
            {
                switch (content)
                {
                    case TextContent text:
                        var step = await release.AppendAsync(text.Text, cancellationToken).ConfigureAwait(false);
                        if (step.IsRefused)
                        {
                            await SpendStreamedAsync(engine, identity, usage).ConfigureAwait(false); // what was reported before the refusal, if anything
                            yield return RefusalUpdate(step.Decision!, update);
                            yield break;
                        }
                        if (step.Text.Length > 0)
                        {
                            contents.Add(new TextContent(step.Text));
                        }
                        break;
                    case FunctionCallContent call:
                        var checkedCall = await CheckCallAsync(engine, call, userText, identity, commits: null, cancellationToken).ConfigureAwait(false);
                        contents.Add(checkedCall);
                        callsLeft += checkedCall is FunctionCallContent ? 1 : 0;
                        break;
                    case UsageContent reported:
                        (usage ??= new UsageDetails()).Add(reported.Details); // summed, as ToChatResponse sums them
                        contents.Add(new UsageContent(reported.Details)); // the counts only: the raw chunk can hold the answer's text
                        break;
                }
            }
            if (contents.Count > 0)
            {
                yield return Like(update, author, contents, finishReason: null);
            }
        }

        // Counted before the whole answer is checked: the model spent its tokens even if the policy refuses the answer.
        await SpendStreamedAsync(engine, identity, usage).ConfigureAwait(false);
        var end = await release.CompleteAsync(cancellationToken).ConfigureAwait(false);
        if (end.IsRefused)
        {
            yield return RefusalUpdate(end.Decision!, last);
            yield break;
        }
        // Every call refused: the turn ended, there is nothing left for the caller to run.
        finish = callsLeft == 0 && finish == ChatFinishReason.ToolCalls ? ChatFinishReason.Stop : finish;
        if (end.Text.Length > 0 || finish is not null)
        {
            yield return Like(last, author, end.Text.Length > 0 ? [new TextContent(end.Text)] : [], finish);
        }
    }

    /// <summary>
    /// Counts the tokens a stream reported. Unlike a whole answer, a stream without a usage is not refused: most of its
    /// text has gone out by the time the usage would arrive, so it counts nothing (docs/integration.md says so), as the
    /// gateway does. <see cref="OpenAiCompatibleChatClient"/> asks its endpoint for the usage of every stream.
    /// </summary>
    private static async Task SpendStreamedAsync(PolicyEngine engine, AirsIdentity identity, UsageDetails? usage)
    {
        if (engine.CountsTokens && TokenUsage.Of(usage) is { } tokens)
        {
            await TokenUsage.SpendAsync(engine, identity, tokens).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// An update carrying <paramref name="contents"/> and the metadata of the inner update it stands for, nothing raw;
    /// its author name is <paramref name="author"/>, as checked.
    /// </summary>
    private static ChatResponseUpdate Like(ChatResponseUpdate? update, string? author, IList<AIContent> contents, ChatFinishReason? finishReason) =>
        new(update?.Role ?? ChatRole.Assistant, contents)
        {
            AuthorName = author,
            MessageId = update?.MessageId,
            ResponseId = update?.ResponseId,
            ConversationId = update?.ConversationId,
            ModelId = update?.ModelId,
            CreatedAt = update?.CreatedAt,
            FinishReason = finishReason,
        };

    private ChatResponseUpdate RefusalUpdate(Decision decision, ChatResponseUpdate? update)
    {
        var message = RefusalText(decision);
        if (options.OnBlock == AirsBlockBehavior.Throw)
        {
            throw new AirsPolicyBlockedException(decision, message);
        }
        var refusal = Like(update, author: null, [new TextContent(message)], ChatFinishReason.ContentFilter);
        refusal.MessageId = decision.Id; // a message of its own, after whatever was released before it
        refusal.AdditionalProperties = new() { [DecisionProperty] = decision };
        return refusal;
    }

    /// <summary>
    /// The inner client's updates, none before <paramref name="requestDurable"/> has completed (nor its error): the
    /// model is called at once and its first update awaited meanwhile, so the request's sync overlaps the model's time
    /// to first token. If the request's decisions cannot be made durable, the store's error is thrown and the model's
    /// answer dropped.
    /// </summary>
    private static async IAsyncEnumerable<ChatResponseUpdate> AfterAsync(IAsyncEnumerable<ChatResponseUpdate> inner, Task requestDurable,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var updates = inner.GetAsyncEnumerator(cancellationToken);
        var first = FirstAsync(updates);
        try
        {
            await requestDurable.ConfigureAwait(false);
        }
        catch
        {
            _ = DropAsync(updates, first);
            throw;
        }
        try
        {
            for (var more = await first.ConfigureAwait(false); more; more = await updates.MoveNextAsync().ConfigureAwait(false))
            {
                yield return updates.Current;
            }
        }
        finally
        {
            await updates.DisposeAsync().ConfigureAwait(false);
        }

        // An enumerator that throws before its first await throws here, not past the wait for the sync.
        static Task<bool> FirstAsync(IAsyncEnumerator<ChatResponseUpdate> updates)
        {
            try
            {
                return updates.MoveNextAsync().AsTask();
            }
            catch (Exception e)
            {
                return Task.FromException<bool>(e);
            }
        }
    }

    private static async Task DropAsync(IAsyncEnumerator<ChatResponseUpdate> updates, Task<bool> first)
    {
        try
        {
            await first.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The call has failed already (its decisions could not be made durable); the model's error does not matter.
        }
        finally
        {
            await updates.DisposeAsync().ConfigureAwait(false);
        }
    }
}
