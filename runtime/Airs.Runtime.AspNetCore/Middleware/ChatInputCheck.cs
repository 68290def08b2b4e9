using System.Collections.Frozen;
using System.Text.Json;
using Airs.Runtime.AI.Guarding;
using Airs.Runtime.Context;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;

namespace Airs.Runtime.AspNetCore.Middleware;

/// <summary>What checking a chat request's texts came to: a refusal, or whether the released texts changed the body.</summary>
/// <param name="Refusal">The decision that refused the request (block, halt or escalate), or null.</param>
/// <param name="Unwritable">A redaction touched a tool or format definition, which then was no longer JSON.</param>
internal sealed record ChatInputResult(Decision? Refusal, bool Changed, bool Unwritable);

/// <summary>
/// Checks the texts <see cref="ChatRequestBody"/> read, one decision per stage, not per text: the tool messages' texts
/// as <c>tool_result</c>, once per tool, then every text as <c>input</c> (a tool message too: the caller wrote it, so
/// the caller must not pick a weaker stage). Released texts are written back into the body.
/// </summary>
internal static class ChatInputCheck
{
    public static async Task<ChatInputResult> CheckAsync(PolicyEngine engine, IReadOnlyList<ChatText> texts, AirsIdentity identity,
        CancellationToken cancellationToken)
    {
        var released = texts.Select(t => t.Text).ToArray();
        var batches = Enumerable.Range(0, texts.Count).Where(i => texts[i].FromTool).GroupBy(i => texts[i].ToolName, StringComparer.Ordinal)
            .Select(g => (Stage: Stage.ToolResult, ToolName: g.Key, Members: g.ToArray())).ToList();
        batches.Add((Stage.Input, "", [.. Enumerable.Range(0, texts.Count)]));
        foreach (var (stage, toolName, members) in batches)
        {
            if (members.Length == 0)
            {
                continue;
            }
            var batch = new TextBatch(members.Select(i => released[i]), "\n\n");
            var context = stage == Stage.ToolResult
                ? Context(identity, toolName: toolName, toolResult: batch.Text)
                : Context(identity, input: batch.Text);
            var decision = await engine.DecideAsync(stage, context, cancellationToken).ConfigureAwait(false);
            if (!decision.IsReleased)
            {
                return new ChatInputResult(decision, false, false);
            }
            var pieces = batch.Released(decision);
            for (var i = 0; i < members.Length; i++)
            {
                released[members[i]] = pieces[i];
            }
        }

        var changed = false;
        for (var i = 0; i < texts.Count; i++)
        {
            if (released[i] == texts[i].Text)
            {
                continue;
            }
            if (!texts[i].Write(released[i]))
            {
                return new ChatInputResult(null, false, true);
            }
            changed = true;
        }
        return new ChatInputResult(null, changed, false);
    }

    /// <summary>A request context carrying the identity and the fields of the stage being checked, each marked present only when carried.</summary>
    public static RequestContext Context(AirsIdentity identity, string input = "", string output = "", string toolName = "",
        IReadOnlyDictionary<string, JsonElement>? toolArgs = null, string toolResult = "")
    {
        var present = new HashSet<ContextField>();
        void Mark(ContextField field, bool carried)
        {
            if (carried)
            {
                present.Add(field);
            }
        }
        Mark(ContextField.InputText, input.Length > 0);
        Mark(ContextField.OutputText, output.Length > 0);
        Mark(ContextField.ToolName, toolName.Length > 0);
        Mark(ContextField.ToolArgs, toolArgs is not null);
        Mark(ContextField.ToolResult, toolResult.Length > 0);
        Mark(ContextField.UserId, identity.UserId.Length > 0);
        Mark(ContextField.SessionId, identity.SessionId.Length > 0);
        Mark(ContextField.AgentId, identity.AgentId.Length > 0);
        return new RequestContext
        {
            InputText = input,
            OutputText = output,
            ToolName = toolName,
            ToolArgs = toolArgs ?? FrozenDictionary<string, JsonElement>.Empty,
            ToolResult = toolResult,
            UserId = identity.UserId,
            SessionId = identity.SessionId,
            AgentId = identity.AgentId,
            Present = present.ToFrozenSet(),
        };
    }
}
