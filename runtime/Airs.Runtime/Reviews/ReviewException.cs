namespace Airs.Runtime.Reviews;

/// <summary>A review request that cannot be honoured: unknown queue or ticket, or a ticket no longer pending.</summary>
public sealed class ReviewException(string message) : Exception(message);
