using Microsoft.AspNetCore.Identity;

namespace LK3.Intake.Cases;

/// <summary>One step in a case's history: who moved it, when, from which stage to which, and why.</summary>
public sealed class CaseTransition
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public CaseStage From { get; set; }
    public CaseStage To { get; set; }
    public CaseTrigger Trigger { get; set; }
    public required string ActorName { get; set; }
    public StaffRole ActorRole { get; set; }
    [ProtectedPersonalData]
    public string? Note { get; set; }
    public DateTimeOffset At { get; set; }
}
