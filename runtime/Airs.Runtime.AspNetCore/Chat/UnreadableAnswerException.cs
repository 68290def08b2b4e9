namespace Airs.Runtime.AspNetCore.Chat;

/// <summary>
/// An answer, or a part of one, that the policy cannot check (not JSON, a tool call without a name): it is never passed
/// on. Each host answers it in its own shape (the gateway with a 502, the middleware with an error).
/// </summary>
internal sealed class UnreadableAnswerException(string why) : Exception(why);
