using Microsoft.Extensions.AI;

namespace Airs.Runtime.Judges;

/// <summary>A rendered judge prompt: the fixed system message, then the template with every value fenced.</summary>
/// <param name="Nonce">The per-call fence nonce; the verdict parser rejects a reply that echoes it.</param>
public sealed record JudgePrompt(IReadOnlyList<ChatMessage> Messages, string Nonce);
