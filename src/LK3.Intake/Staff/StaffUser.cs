using Microsoft.AspNetCore.Identity;

namespace LK3.Intake.Staff;

/// <summary>A member of LK3's staff who signs in to the staff web app (an admin, a supervisor or a counsellor).</summary>
public sealed class StaffUser : IdentityUser
{
    public required string DisplayName { get; set; }

    /// <summary>For a counsellor's account: the counsellor whose cases they see and work on.</summary>
    public int? CounsellorId { get; set; }
}
