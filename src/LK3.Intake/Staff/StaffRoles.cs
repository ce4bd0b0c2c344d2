namespace LK3.Intake.Staff;

/// <summary>The roles of the staff web app; counsellors see their own cases, supervisors and admins all of them.</summary>
public static class StaffRoles
{
    public const string Admin = "Admin";
    public const string Supervisor = "Supervisor";
    public const string Counsellor = "Counsellor";

    public static readonly IReadOnlyList<string> All = [Admin, Supervisor, Counsellor];

    /// <summary>Supervisors and admins: those who see every case and the office's figures.</summary>
    public const string Leads = $"{Admin},{Supervisor}";
}
