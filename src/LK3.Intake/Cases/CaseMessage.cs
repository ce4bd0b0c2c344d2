namespace LK3.Intake.Cases;

/// <summary>Something a family wrote after its case was created; added to the case for the counsellor.</summary>
public sealed class CaseMessage
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
}
