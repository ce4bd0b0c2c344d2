namespace LK3.Intake.Cases;

/// <summary>Who moves a case: a member of staff in a role, or the system (jobs, the conversation).</summary>
public sealed record CaseActor(string Name, StaffRole Role, bool IsAssignedCounsellor = false)
{
    public static readonly CaseActor System = new("system", StaffRole.System);

    /// <summary>The counsellor who holds the case, a supervisor or an admin: those who carry the work forward.</summary>
    public bool MayWorkOnCase => IsAssignedCounsellor || Role is StaffRole.Supervisor or StaffRole.Admin;

    /// <summary>Opening a closed case again is a supervisor's decision.</summary>
    public bool MayOverrule => Role is StaffRole.Supervisor or StaffRole.Admin;
}

public enum StaffRole
{
    System,
    Counsellor,
    Supervisor,
    Admin,
}
