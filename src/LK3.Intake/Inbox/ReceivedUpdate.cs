using Microsoft.AspNetCore.Identity;

namespace LK3.Intake.Inbox;

/// <summary>
/// An update as a channel delivered it, stored before it is acknowledged so that nothing is lost;
/// its (channel, external id) pair is unique, so a redelivery is recognised and handled once.
/// </summary>
public sealed class ReceivedUpdate
{
    public long Id { get; set; }
    public required string Channel { get; set; }

    /// <summary>The channel's own id: Telegram's update_id, WhatsApp's wamid.</summary>
    public required string ExternalId { get; set; }

    public required string ChatId { get; set; }

    /// <summary>Orders the updates of one chat (Telegram's update_id increases).</summary>
    public long Sequence { get; set; }

    /// <summary>The raw payload until it is handled; then cleared, since it holds what the family wrote.</summary>
    [ProtectedPersonalData]
    public string? Payload { get; set; }

    public UpdateStatus Status { get; set; } = UpdateStatus.Pending;
    public string? FailureReason { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public DateTimeOffset? HandledAt { get; set; }

    public void MarkHandled(DateTimeOffset now)
    {
        Status = UpdateStatus.Handled;
        HandledAt = now;
        Payload = null;
    }
}

public enum UpdateStatus
{
    Pending,
    Handled,
    Failed,
}
