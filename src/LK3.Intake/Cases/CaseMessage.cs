using Microsoft.AspNetCore.Identity;

namespace LK3.Intake.Cases;

/// <summary>One message of a case's transcript after intake: from the family, or a counsellor's answer relayed to it.</summary>
public sealed class CaseMessage
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public MessageDirection Direction { get; set; } = MessageDirection.FromFamily;

    /// <summary>The counsellor who wrote it, for answers.</summary>
    public int? CounsellorId { get; set; }

    [ProtectedPersonalData]
    public required string Text { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
}

public enum MessageDirection
{
    FromFamily,
    FromCounsellor,
}
