using Microsoft.AspNetCore.Identity;

namespace LK3.Intake.Cases;

/// <summary>A staff member's working note on a case (catatan), never shown to the family.</summary>
public sealed class CaseNote
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public required string AuthorName { get; set; }
    [ProtectedPersonalData]
    public required string Text { get; set; }
    public DateTimeOffset At { get; set; }

    public const int MaxLength = 2000;
}
