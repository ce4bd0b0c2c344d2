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

    /// <summary>Marks the rows one claim took, so two senders never send the same one.</summary>
    public Guid? ClaimedBy { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? FailureReason { get; set; }
}

public enum BroadcastDeliveryStatus
{
    Waiting,

    /// <summary>Taken by a sender, just before its own send; its outcome follows as soon as it is known.</summary>
    Sending,
    Sent,
    Failed,

    /// <summary>Not sent: the same person gets this broadcast through another of their chats.</summary>
    Skipped,

    /// <summary>Left <see cref="Sending"/> by a process that stopped during its send: it may have arrived, so it is not sent again.</summary>
    Interrupted,
}
