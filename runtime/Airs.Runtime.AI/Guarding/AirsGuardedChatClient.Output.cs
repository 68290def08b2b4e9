using System.Collections.Frozen;
using System.Text.Json;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;
using Microsoft.Extensions.AI;

namespace Airs.Runtime.AI.Guarding;

public sealed partial class AirsGuardedChatClient
{
    /// <summary>
    /// Checks the response's text as <c>output</c>, in one decision over the texts of all its messages joined as the
    /// caller will read them (so text split across messages, or across streamed updates, is seen whole): a refusal
    /// refuses the whole response; a redaction goes back into the texts it touched. Each function call is checked as
    /// <c>tool_call</c> (a refused call is replaced by a text saying why), and each message's author name as <c>output</c>
    /// (<see cref="CheckAuthorAsync"/>). Contents the policy cannot read
    /// (reasoning, images, files) are dropped, and so are raw representations: nothing unchecked is passed on.
    /// </summary>
    private async Task<ChatResponse> CheckResponseAsync(PolicyEngine engine, ChatResponse response, string input, AirsIdentity identity,
        PendingCommits commits, CancellationToken cancellationToken)
    {
        var texts = response.Messages.SelectMany(m => m.Contents.OfType<TextContent>()).Select(t => t.Text).ToList();
        var batch = new TextBatch(texts, "");
        var released = new Queue<string>(texts); // all empty when there is no text to check
        if (batch.Text.Length > 0)
        {
            var decision = await commits.DecideAsync(engine, Stage.Output, GuardContext.Build(identity, input: input, output: batch.Text), cancellationToken)
                .ConfigureAwait(false);
            if (!decision.IsReleased)
            {
                return Refuse(decision);
            }
            released = new Queue<string>(batch.Released(decision));
        }

        var messages = new List<ChatMessage>(response.Messages.Count);
        var authors = new Dictionary<string, string?>(StringComparer.Ordinal);
        var callsLeft = 0;
        foreach (var message in response.Messages)
        {
            var (author, refusal) = await CheckAuthorAsync(engine, message.AuthorName, authors, input, identity, commits, cancellationToken).ConfigureAwait(false);
            if (refusal is not null)
            {
                return Refuse(refusal);
            }
            var contents = new List<AIContent>(message.Contents.Count);
            foreach (var content in message.Contents)
            {
                switch (content)
                {
                    case TextContent:
                        if (released.Dequeue() is { Length: > 0 } text)
                        {
                            contents.Add(new TextContent(text));
                        }
                        break;
                    case FunctionCallContent call:
                        var checkedCall = await CheckCallAsync(engine, call, input, identity, commits, cancellationToken).ConfigureAwait(false);
                        contents.Add(checkedCall);
                        callsLeft += checkedCall is FunctionCallContent ? 1 : 0;
                        break;
                    case UsageContent usage:
                        contents.Add(new UsageContent(usage.Details)); // the counts only: the raw chunk can hold the answer's text
                        break;
                }
            }
            if (contents.Count > 0)
            {
                messages.Add(new ChatMessage(message.Role, contents) { AuthorName = author, MessageId = message.MessageId, CreatedAt = message.CreatedAt });
            }
        }

        return new ChatResponse(messages)
        {
            ResponseId = response.ResponseId,
            ConversationId = response.ConversationId,
            ModelId = response.ModelId,
            CreatedAt = response.CreatedAt,
            Usage = response.Usage,
            // Every call refused: the turn ended, there is nothing left for the caller to run.
            FinishReason = callsLeft == 0 && response.FinishReason == ChatFinishReason.ToolCalls ? ChatFinishReason.Stop : response.FinishReason,
        };
    }

    /// <summary>
    /// The author name the model gave a message, as <c>output</c> released it: a name is text the caller shows and the
    /// next turn reads. Each distinct name is decided once, on its own (the answer's decision puts its redactions back
    /// into the texts only); <paramref name="released"/> keeps the names decided so far. A refused name returns the
    /// refusing decision, which refuses the whole response.
    /// </summary>
    private static async Task<(string? Name, Decision? Refusal)> CheckAuthorAsync(PolicyEngine engine, string? name, Dictionary<string, string?> released,
        string input, AirsIdentity identity, PendingCommits? commits, CancellationToken cancellationToken)
    {
        if (name is not { Length: > 0 })
        {
            return (null, null);
        }
        if (released.TryGetValue(name, out var known))
        {
            return (known, null);
        }
        var context = GuardContext.Build(identity, input: input, output: name);
        var decision = commits is null
            ? await engine.DecideAsync(Stage.Output, context, cancellationToken).ConfigureAwait(false)
            : await commits.DecideAsync(engine, Stage.Output, context, cancellationToken).ConfigureAwait(false);
        if (!decision.IsReleased)
        {
            return (null, decision);
        }
        var checkedName = decision.Release is { Length: > 0 } release ? release : null;
        released[name] = checkedName;
        return (checkedName, null);
    }

    /// <summary>
    /// The call as <c>tool_call</c> decided it: a copy with the checked arguments and without raw representation, or a
    /// text saying why it was not made.
    /// </summary>
    /// <param name="commits">Where the decision's commit goes, awaited by the caller before the call is passed on; null: awaited here.</param>
    private async Task<AIContent> CheckCallAsync(PolicyEngine engine, FunctionCallContent call, string input, AirsIdentity identity,
        PendingCommits? commits, CancellationToken cancellationToken)
    {
        var arguments = Arguments(call);
        if (!ToolArgumentText.IsText(arguments))
        {
            // Not a decision: no reader of the policy could read them. Refused alike whatever OnBlock says, as the gateway does.
            return new TextContent(RefusedCallNote.NotMade(engine.Spec, call.Name, ToolArgumentText.Refusal + "."));
        }
        var context = GuardContext.Build(identity, input: input, toolName: call.Name, toolArgs: arguments);
        var decision = commits is null
            ? await engine.DecideAsync(Stage.ToolCall, context, cancellationToken).ConfigureAwait(false)
            : await commits.DecideAsync(engine, Stage.ToolCall, context, cancellationToken).ConfigureAwait(false);
        if (decision.Release is not null)
        {
            // The arguments the policy read, not the inner client's dictionary, which it could still be writing to; and still
            // informational when it came so (run already, or a streamed argument delta): the caller must not run it.
            var checkedArguments = call.Arguments is null ? null : arguments.ToDictionary(a => a.Key, a => (object?)a.Value, StringComparer.Ordinal);
            return new FunctionCallContent(call.CallId, call.Name, checkedArguments) { InformationalOnly = call.InformationalOnly };
        }
        if (options.OnBlock == AirsBlockBehavior.Throw)
        {
            throw new AirsPolicyBlockedException(decision, RefusalText(decision));
        }
        var why = RefusedCallNote.Reason(decision, decision.Outcome == Decisions.Outcome.Escalate ? options.ReviewMessage : options.RefusalMessage);
        return new TextContent(RefusedCallNote.NotMade(engine.Spec, call.Name, why));
    }

    private static IReadOnlyDictionary<string, JsonElement> Arguments(FunctionCallContent call)
    {
        if (call.Arguments is not { Count: > 0 } arguments)
        {
            return FrozenDictionary<string, JsonElement>.Empty;
        }
        return arguments.ToFrozenDictionary(
            a => a.Key,
            a => a.Value is JsonElement element ? element : JsonSerializer.SerializeToElement(a.Value, AIJsonUtilities.DefaultOptions),
            StringComparer.Ordinal);
    }
}
