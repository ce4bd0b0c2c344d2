namespace LK3.Intake.Clients;

/// <summary>What a family answered to the privacy notice, in which language and to which version of it.</summary>
public sealed class ConsentRecord
{
    public int Id { get; set; }
    public int ClientId { get; set; }
    public bool Granted { get; set; }
    public required string NoticeVersion { get; set; }
    public required string Language { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
