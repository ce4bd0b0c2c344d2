using LK3.Intake.Outbox;

namespace LK3.Bot.Staff.Cases;

/// <summary>What became of a piece of case work: done, no such case (for this member), or refused with a reason staff can read.</summary>
public sealed record CaseWorkResult(bool Found, string? Refusal)
{
    public static readonly CaseWorkResult Done = new(true, null);
    public static readonly CaseWorkResult NotFound = new(false, null);

    public static CaseWorkResult Refused(string reason) => new(true, reason);
}

/// <summary>A message to the family that was not delivered, or waits, and why.</summary>
public sealed record UndeliveredMessage(DeliveryStatus Status, MessagePurpose Purpose, string? Reason, DateTimeOffset CreatedAt);
