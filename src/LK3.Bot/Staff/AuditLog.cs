using LK3.Intake;
using LK3.Intake.Staff;

namespace LK3.Bot.Staff;

/// <summary>Writes who viewed or changed what; the entry is saved with the change it records.</summary>
public sealed class AuditLog(IntakeDbContext db, TimeProvider time)
{
    public void Record(StaffMember member, string action, int? caseId, string? details = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            UserId = member.UserId,
            UserName = member.Name,
            Action = action,
            CaseId = caseId,
            Details = details is { Length: > 500 } ? details[..500] : details,
            At = time.GetUtcNow(),
        });
}
