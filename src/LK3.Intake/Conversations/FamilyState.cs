using LK3.Intake.Clients;

namespace LK3.Intake.Conversations;

/// <summary>
/// What a turn read of a family and what it left, kept in memory for the family's next turn (<see cref="FamilyStateCache"/>):
/// the client with its conversation, its consent, and whether it has an open case or a subscription (those are read again
/// when it has, since staff and counsellors change them; that it has none only the family's own turns change).
/// </summary>
public sealed record FamilyState(Client Client, bool? Consent, bool HasOpenCase, bool HasSubscription);
