using Airs.Runtime.AI.Guarding;
using Airs.Runtime.Decisions;
using Airs.Runtime.Engine;

namespace Airs.Runtime.AspNetCore.Middleware;

/// <summary>What checking a chat request's texts came to: a refusal, or whether the released texts changed the body.</summary>
/// <param name="Refusal">The decision that refused the request (block, halt or escalate), or null.</param>
/// <param name="Unwritable">
/// The decision whose redaction touched a tool or format definition, which then was no longer JSON (so the request is
/// refused, and the answer names the decision), or null.
/// </param>
internal sealed record ChatInputResult(Decision? Refusal, bool Changed, Decision? Unwritable);

/// <summary>
/// Checks the texts <see cref="ChatRequestBody"/> read, one decision per stage, not per text: the tool messages' texts
/// as <c>tool_result</c>, once per tool (a result whose call is not in the request once per tool it could be), then every text as <c>input</c> (a tool message too: the caller wrote it, so
/// the caller must not pick a weaker stage). Released texts are written back into the body. The gateway and the
/// middleware both check requests here. The decisions' audit records commit meanwhile, into the caller's
/// <see cref="PendingCommits"/>: await its <see cref="PendingCommits.DurableAsync"/> before answering or releasing anything.
/// </summary>
internal static class ChatInputCheck
{
    /// <param name="durability">How the records commit: the gateway's are written, made durable with its answer's decision.</param>
    public static async Task<ChatInputResult> CheckAsync(PolicyEngine engine, IReadOnlyList<ChatText> texts, AirsIdentity identity,
        PendingCommits commits, AuditDurability durability, CancellationToken cancellationToken)
    {
        var released = texts.Select(t => t.Text).ToArray();
        var changedBy = new Decision?[texts.Count];
        // Most chats have no tool messages: then the only batch is the input, without grouping.
        // A result whose call is out of sight is checked under every name it could have (DeclaredTools.ForResult).
        List<(Stage Stage, string ToolName, int[] Members)> batches = texts.Any(t => t.FromTool)
            ? [.. Enumerable.Range(0, texts.Count).Where(i => texts[i].FromTool).GroupBy(i => texts[i].ToolName, StringComparer.Ordinal)
                .SelectMany(g => DeclaredTools.ForResult(engine.Spec, g.Key).Select(name => (Stage.ToolResult, name, g.ToArray())))]
            : [];
        batches.Add((Stage.Input, "", [.. Enumerable.Range(0, texts.Count)]));
        // The input batch is decided even when empty (an image's data alone): it is still a request, and request limits,
        // PACE and breakers hold for it.
        foreach (var (stage, toolName, members) in batches)
        {
            var batch = new TextBatch(members.Select(i => released[i]), "\n\n");
            var context = stage == Stage.ToolResult
                ? GuardContext.Build(identity, toolName: toolName, toolResult: batch.Text)
                : GuardContext.Build(identity, input: batch.Text);
            var decision = await commits.DecideAsync(engine, stage, context, durability, cancellationToken).ConfigureAwait(false);
            if (!decision.IsReleased)
            {
                return new ChatInputResult(decision, false, null);
            }
            var pieces = batch.Released(decision);
            for (var i = 0; i < members.Length; i++)
            {
                if (pieces[i] != released[members[i]])
                {
                    (released[members[i]], changedBy[members[i]]) = (pieces[i], decision);
                }
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
                return new ChatInputResult(null, false, changedBy[i]);
            }
            changed = true;
        }
        return new ChatInputResult(null, changed, null);
    }
}
