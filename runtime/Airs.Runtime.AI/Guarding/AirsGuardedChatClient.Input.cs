using System.Text.Json;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;
using Microsoft.Extensions.AI;

namespace Airs.Runtime.AI.Guarding;

public sealed partial class AirsGuardedChatClient
{
    private readonly record struct CheckedInput(IList<ChatMessage> Messages, Decision? Refusal);

    /// <summary>
    /// Checks every message's text as <c>input</c> (whatever its role: a system or assistant message in the
    /// history is as much a way in as a user's) and every tool result as <c>tool_result</c>. Tool calls in the
    /// history were checked when the model made them and have run already, so they are not checked again.
    /// </summary>
    private async Task<CheckedInput> CheckInputAsync(PolicyEngine engine, List<ChatMessage> conversation, AirsIdentity identity, CancellationToken cancellationToken)
    {
        var toolNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var released = new List<ChatMessage>(conversation.Count);
        foreach (var message in conversation)
        {
            var contents = message.Contents;
            var text = message.Text;
            if (text.Length > 0)
            {
                var decision = await engine.DecideAsync(Stage.Input, GuardContext.Build(identity, input: text), cancellationToken).ConfigureAwait(false);
                if (decision.Release is not { } release)
                {
                    return new CheckedInput(conversation, decision);
                }
                if (release != text)
                {
                    contents = ReplaceText(contents, release);
                }
            }

            var results = new List<AIContent>(contents.Count);
            foreach (var content in contents)
            {
                switch (content)
                {
                    case FunctionCallContent call:
                        toolNames[call.CallId] = call.Name;
                        results.Add(call);
                        break;
                    case FunctionResultContent result:
                        var resultText = ToolResultText(result.Result);
                        var context = GuardContext.Build(identity, toolName: toolNames.GetValueOrDefault(result.CallId, ""), toolResult: resultText);
                        var decision = await engine.DecideAsync(Stage.ToolResult, context, cancellationToken).ConfigureAwait(false);
                        if (decision.Release is not { } release)
                        {
                            return new CheckedInput(conversation, decision);
                        }
                        results.Add(release == resultText ? result : new FunctionResultContent(result.CallId, release));
                        break;
                    default:
                        results.Add(content);
                        break;
                }
            }
            released.Add(SameContents(results, message.Contents) ? message : WithContents(message, results));
        }
        return new CheckedInput(released, null);
    }

    private static string ToolResultText(object? result) => result switch
    {
        null => "",
        string s => s,
        JsonElement { ValueKind: JsonValueKind.String } e => e.GetString() ?? "",
        _ => JsonSerializer.Serialize(result, AIJsonUtilities.DefaultOptions),
    };

    /// <summary>The text contents replaced by one text (at the first one's place); other contents keep their order.</summary>
    private static List<AIContent> ReplaceText(IList<AIContent> contents, string text)
    {
        var replaced = new List<AIContent>(contents.Count);
        var placed = false;
        foreach (var content in contents)
        {
            if (content is TextContent)
            {
                if (!placed)
                {
                    replaced.Add(new TextContent(text));
                    placed = true;
                }
            }
            else
            {
                replaced.Add(content);
            }
        }
        return replaced;
    }

    private static bool SameContents(List<AIContent> contents, IList<AIContent> original) =>
        contents.Count == original.Count && contents.Zip(original).All(p => ReferenceEquals(p.First, p.Second));

    /// <summary>A copy with new contents and no raw representation (which would still hold the unchecked text).</summary>
    private static ChatMessage WithContents(ChatMessage message, IList<AIContent> contents) => new(message.Role, contents)
    {
        AuthorName = message.AuthorName,
        MessageId = message.MessageId,
        CreatedAt = message.CreatedAt,
        AdditionalProperties = message.AdditionalProperties,
    };
}
