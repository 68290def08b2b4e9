using Airs.Runtime.Policy;

namespace Airs.Runtime.Reviews;

/// <summary>A ticket that passed its SLA undecided, and the queue's <c>on expiry</c> action now in force for its decision.</summary>
public sealed record ExpiredTicket(ReviewTicket Ticket, ActionSpec Action);
