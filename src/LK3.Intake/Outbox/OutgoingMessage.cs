using LK3.Intake.Conversations;
using Microsoft.AspNetCore.Identity;

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
    [ProtectedPersonalData]
    public required string Text { get; set; }
    public List<ReplyButton> Buttons { get; set; } = [];

    /// <summary>Why the message is sent; a channel that may only send approved templates at times chooses one by it.</summary>
    public MessagePurpose Purpose { get; set; } = MessagePurpose.Conversation;

    /// <summary>The case the message is about, so that an answer to it finds its case.</summary>
    public int? CaseId { get; set; }

    /// <summary>The channel's id of the message once sent (of its last part), which replies refer to.</summary>
    public string? ExternalMessageId { get; set; }

    /// <summary>
    /// An edit of an earlier message to the same chat (a case offer once answered): its text replaces that message's and its
    /// buttons go. Not a foreign key: the retention job may delete either first, and an edit whose message is gone goes as a new one.
    /// </summary>
    public long? EditOf { get; set; }

    public DeliveryStatus Status { get; set; } = DeliveryStatus.Pending;
    public int Attempts { get; set; }

    /// <summary>For a message a channel must send in several parts: how many have gone, so a retry sends only the rest.</summary>
    public int DeliveredParts { get; set; }

    /// <summary>
    /// The channel said the family has not written for too long to receive free text (WhatsApp's
    /// 24-hour window): only an approved template can go now.
    /// </summary>
    public bool OutsideWindow { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? FailureReason { get; set; }

    public static OutgoingMessage To(
        string channel, string chatId, Reply reply, DateTimeOffset now, int? caseId = null, MessagePurpose purpose = MessagePurpose.Conversation) => new()
    {
        Channel = channel,
        ChatId = chatId,
        CaseId = caseId,
        Purpose = purpose,
        Text = reply.Text,
        Buttons = [.. reply.Buttons],
        CreatedAt = now,
        NextAttemptAt = now,
    };

    /// <summary>The channel refused the message after all because the family wrote too long ago: it goes again, whole, as a template may.</summary>
    public void SendAgainOutsideWindow(DateTimeOffset now)
    {
        Status = DeliveryStatus.Pending;
        OutsideWindow = true;
        DeliveredParts = 0;
        NextAttemptAt = now;
    }

    /// <summary>The family wrote again, so a message held for that moment can go as it is.</summary>
    public void Release(DateTimeOffset now)
    {
        Status = DeliveryStatus.Pending;
        OutsideWindow = false;
        NextAttemptAt = now;
    }
}

public enum DeliveryStatus
{
    Pending,
    Sent,
    Delivered,
    Read,
    Failed,

    /// <summary>Waits until the family writes again (the channel accepts only templates until then).</summary>
    Held,
}

public enum MessagePurpose
{
    /// <summary>An answer within the conversation the family is having.</summary>
    Conversation,

    /// <summary>News about the family's case that the bot sends unasked (who will call them, say).</summary>
    Notice,

    /// <summary>A scheduled check-in with the family about their case.</summary>
    CheckIn,

    /// <summary>A counsellor's own answer to the family.</summary>
    CounsellorReply,

    /// <summary>A broadcast (siaran) to subscribed families.</summary>
    Broadcast,
}
