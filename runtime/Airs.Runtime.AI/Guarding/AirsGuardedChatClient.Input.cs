using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;
using Microsoft.Extensions.AI;

namespace Airs.Runtime.AI.Guarding;

public sealed partial class AirsGuardedChatClient
{
    private readonly record struct CheckedInput(IList<ChatMessage> Messages, ChatOptions? Options, Decision? Refusal);

    /// <summary>
    /// Checks every text the model will read as <c>input</c>, in one decision: <see cref="ChatOptions.Instructions"/>,
    /// in every message, whatever its role, the author name, text, reasoning text, textual data (<c>text/*</c>,
    /// JSON, XML; UTF-8), data names, media links, and the name and arguments of function calls in the history, the tool and format
    /// definitions of the options and the options' and messages' extra properties (<see cref="InputDefinitions"/>), and every tool result's text, after each tool result
    /// was checked as <c>tool_result</c> (<see cref="CheckToolResultsAsync"/>). The model is sent rebuilt messages carrying only the released texts: no raw representation
    /// (the provider would send that original object unchecked) and no opaque reasoning data.
    /// </summary>
    /// <exception cref="NotSupportedException">
    /// A content the policy cannot check (a file id, non-textual data other than media, …), or media under <see cref="AirsPolicyOptions.RefuseUnreadMedia"/>.
    /// </exception>
    /// <param name="commits">Where the decisions' commits go (<paramref name="durability"/>), awaited by the caller before anything is released.</param>
    private async Task<CheckedInput> CheckInputAsync(PolicyEngine engine, List<ChatMessage> conversation, ChatOptions? options, AirsIdentity identity,
        PendingCommits commits, AuditDurability durability, CancellationToken cancellationToken)
    {
        if (this.options.RefuseUnreadMedia)
        {
            InputContent.RequireText(conversation); // before any decision: nothing is decided about a request that is not sent
        }
        // Tool results first, as tool_result (as the gateway checks tool messages): a refusal names the tool-result guard.
        var (results, refusal) = await CheckToolResultsAsync(engine, conversation, identity, commits, durability, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return new CheckedInput(conversation, options, refusal);
        }
        conversation = results;

        // Sent as they are, so checked as they are: the options' definitions and extra properties, and each message's.
        var definitions = InputDefinitions.Texts(options);
        definitions.AddRange(conversation.SelectMany(m => InputDefinitions.Properties(m.AdditionalProperties, "ChatMessage")));
        var texts = new List<string>();
        if (options?.Instructions is { Length: > 0 } instructions)
        {
            texts.Add(instructions);
        }
        foreach (var message in conversation)
        {
            if (message.AuthorName is { Length: > 0 } author)
            {
                texts.Add(author);
            }
            foreach (var content in message.Contents)
            {
                texts.AddRange(InputContent.Texts(content));
            }
        }

        var messageTexts = texts.Count;
        texts.AddRange(definitions);
        // Decided even without text (an image alone): it is still a request, and request limits, PACE and breakers hold for it.
        var batch = new TextBatch(texts, "\n\n");
        var decision = await commits.DecideAsync(engine, Stage.Input, GuardContext.Build(identity, input: batch.Text), durability, cancellationToken)
            .ConfigureAwait(false);
        if (!decision.IsReleased)
        {
            return new CheckedInput(conversation, options, decision);
        }
        var released = batch.Released(decision);
        if (!released.Skip(messageTexts).SequenceEqual(definitions))
        {
            throw new InvalidOperationException($"the policy redacted part of a tool or response-format definition or of extra properties (decision {decision.Id}), which cannot be sent changed, so nothing is sent");
        }

        var next = 0;
        var checkedOptions = options;
        if (options?.Instructions is { Length: > 0 })
        {
            checkedOptions = options.Clone();
            checkedOptions.Instructions = released[next++];
        }
        var messages = new List<ChatMessage>(conversation.Count);
        foreach (var message in conversation)
        {
            var author = message.AuthorName is { Length: > 0 } ? released[next++] : message.AuthorName;
            var contents = new List<AIContent>(message.Contents.Count);
            foreach (var content in message.Contents)
            {
                var count = InputContent.Texts(content).Count();
                var rebuilt = InputContent.Rebuild(content, released.AsSpan(next, count));
                next += count;
                contents.Add(rebuilt);
            }
            // A new message: the original's raw representation would still hold the unchecked text.
            messages.Add(Rebuilt(message, contents, author));
        }
        return new CheckedInput(messages, checkedOptions, null);
    }

    /// <summary>
    /// Checks each tool result as <c>tool_result</c>, under the name of the call it answers (a result whose call is not in
    /// the conversation, as with a <see cref="ChatOptions.ConversationId"/> the provider keeps, under every name it could
    /// have: <see cref="DeclaredTools.ForResult"/>), and gives the conversation with each result as released, or the
    /// refusing decision.
    /// </summary>
    private static async Task<(List<ChatMessage> Conversation, Decision? Refusal)> CheckToolResultsAsync(PolicyEngine engine, List<ChatMessage> conversation,
        AirsIdentity identity, PendingCommits commits, AuditDurability durability, CancellationToken cancellationToken)
    {
        var toolNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var checkedConversation = new List<ChatMessage>(conversation.Count);
        foreach (var message in conversation)
        {
            List<AIContent>? contents = null;
            for (var i = 0; i < message.Contents.Count; i++)
            {
                switch (message.Contents[i])
                {
                    case FunctionCallContent call:
                        toolNames[call.CallId] = call.Name;
                        break;
                    case FunctionResultContent result:
                        var resultText = InputContent.ResultText(result.Result);
                        var release = resultText;
                        foreach (var name in DeclaredTools.ForResult(engine.Spec, toolNames.GetValueOrDefault(result.CallId, "")))
                        {
                            var context = GuardContext.Build(identity, toolName: name, toolResult: release);
                            var decision = await commits.DecideAsync(engine, Stage.ToolResult, context, durability, cancellationToken).ConfigureAwait(false);
                            if (decision.Release is null)
                            {
                                return (conversation, decision);
                            }
                            release = decision.Release;
                        }
                        if (release != resultText)
                        {
                            contents ??= [.. message.Contents];
                            contents[i] = new FunctionResultContent(result.CallId, release);
                        }
                        break;
                }
            }
            checkedConversation.Add(contents is null ? message : Rebuilt(message, contents, message.AuthorName));
        }
        return (checkedConversation, null);
    }

    /// <summary><paramref name="message"/> with other contents and author, and without its raw representation.</summary>
    private static ChatMessage Rebuilt(ChatMessage message, IList<AIContent> contents, string? author) => new(message.Role, contents)
    {
        AuthorName = author,
        MessageId = message.MessageId,
        CreatedAt = message.CreatedAt,
        AdditionalProperties = message.AdditionalProperties,
    };
}
