namespace LK3.Intake.Counsellors;

/// <summary>A case offered to a counsellor, who accepts or declines it (or lets it lapse).</summary>
public sealed class CaseOffer
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public int CounsellorId { get; set; }
    public DateTimeOffset OfferedAt { get; set; }
    public OfferStatus Status { get; set; } = OfferStatus.Pending;
    public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>The offer as sent to the counsellor's Telegram chat, edited once answered to say what became of it; null when not sent there.</summary>
    public long? MessageId { get; set; }

    public Outbox.OutgoingMessage? Message { get; set; }
}

public enum OfferStatus
{
    Pending,
    Accepted,
    Declined,

    /// <summary>Not answered within the acceptance window.</summary>
    Lapsed,

    /// <summary>Staff gave the case to another counsellor before this one answered.</summary>
    Withdrawn,
}
