using Microsoft.AspNetCore.Identity;

namespace LK3.Intake.Staff;

/// <summary>A member of LK3's staff who signs in to the staff web app (an admin, a supervisor or a counsellor).</summary>
public sealed class StaffUser : IdentityUser
{
    /// <summary>A disabled account is locked out until then: far enough, and a date every database keeps.</summary>
    public static readonly DateTimeOffset DisabledUntil = new(2999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public required string DisplayName { get; set; }

    /// <summary>For a counsellor's account: the counsellor whose cases they see and work on.</summary>
    public int? CounsellorId { get; set; }
}
