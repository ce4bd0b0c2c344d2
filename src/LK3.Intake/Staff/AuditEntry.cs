namespace LK3.Intake.Staff;

/// <summary>Who looked at or changed what, and when: every view of a case and every change by staff.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public required string UserName { get; set; }

    /// <summary>What was done, as a short fixed word ("case.view", "case.advance", "case.note").</summary>
    public required string Action { get; set; }

    public int? CaseId { get; set; }

    /// <summary>What changed, for staff to read (never the family's own words).</summary>
    public string? Details { get; set; }
    public DateTimeOffset At { get; set; }
}
