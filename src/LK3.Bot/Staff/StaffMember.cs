using System.Security.Claims;
using LK3.Intake.Cases;
using LK3.Intake.Staff;

namespace LK3.Bot.Staff;

/// <summary>The signed-in member of staff, read from their claims: who they are and which cases they may see.</summary>
public sealed record StaffMember(string UserId, string Name, StaffRole Role, int? CounsellorId)
{
    public const string CounsellorClaim = "lk3:counsellor";
    public const string NameClaim = "lk3:name";

    /// <summary>Supervisors and admins see every case; a counsellor only those they hold.</summary>
    public bool SeesAllCases => Role is StaffRole.Supervisor or StaffRole.Admin;

    public CaseActor ActorFor(IntakeCase intakeCase) =>
        new(Name, Role, IsAssignedCounsellor: CounsellorId is not null && intakeCase.CounsellorId == CounsellorId);

    public static StaffMember From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Not signed in."),
        user.FindFirstValue(NameClaim) ?? user.Identity?.Name ?? "",
        user.IsInRole(StaffRoles.Admin) ? StaffRole.Admin : user.IsInRole(StaffRoles.Supervisor) ? StaffRole.Supervisor : StaffRole.Counsellor,
        int.TryParse(user.FindFirstValue(CounsellorClaim), out var counsellorId) ? counsellorId : null);
}
