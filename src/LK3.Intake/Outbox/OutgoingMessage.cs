using LK3.Intake.Conversations;

namespace LK3.Intake.Outbox;

/// <summary>
/// A reply waiting to be delivered, written in the same transaction as the state change that
/// caused it, so a crash between the two cannot lose it.
/// </summary>
public sealed class OutgoingMessage
{
    public long Id { get; set; }
    public required string Channel { get; set; }
    public required string ChatId { get; set; }
    public required string Text { get; set; }
    public List<ReplyButton> Buttons { get; set; } = [];

    /// <summary>The case the message is about, so that an answer to it finds its case.</summary>
    public int? CaseId { get; set; }

    /// <summary>The channel's id of the message once sent (of its last part), which replies refer to.</summary>
    public string? ExternalMessageId { get; set; }

    public DeliveryStatus Status { get; set; } = DeliveryStatus.Pending;
    public int Attempts { get; set; }

    /// <summary>For a message a channel must send in several parts: how many have gone, so a retry sends only the rest.</summary>
    public int DeliveredParts { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? FailureReason { get; set; }

    public static OutgoingMessage To(string channel, string chatId, Reply reply, DateTimeOffset now, int? caseId = null) => new()
    {
        Channel = channel,
        ChatId = chatId,
        CaseId = caseId,
        Text = reply.Text,
        Buttons = [.. reply.Buttons],
        CreatedAt = now,
        NextAttemptAt = now,
    };
}

public enum DeliveryStatus
{
    Pending,
    Sent,
    Failed,
}
