namespace LK3.Intake.Broadcasts;

/// <summary>
/// One family's copy of a broadcast, written before anything is sent: the broadcast resumes from these rows
/// after a restart, and their unique (broadcast, client) pair means no family gets it twice.
/// </summary>
public sealed class BroadcastDelivery
{
    public long Id { get; set; }
    public int BroadcastId { get; set; }
    public int ClientId { get; set; }
    public required string Channel { get; set; }
    public required string ChatId { get; set; }
    public BroadcastDeliveryStatus Status { get; set; } = BroadcastDeliveryStatus.Waiting;

    /// <summary>Which sender took the row, so two never send the same one.</summary>
    public Guid? ClaimedBy { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? FailureReason { get; set; }
}

public enum BroadcastDeliveryStatus
{
    Waiting,

    /// <summary>Taken by a sender. Left so by a crash, it is not sent again: it may have arrived already.</summary>
    Sending,
    Sent,
    Failed,

    /// <summary>Not sent: the same person gets this broadcast through another of their chats.</summary>
    Skipped,
}
