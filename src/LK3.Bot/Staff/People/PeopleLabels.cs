using LK3.Intake.Cases;
using LK3.Intake.Conversations;
using LK3.Intake.Staff;

namespace LK3.Bot.Staff.People;

/// <summary>The words the counsellor and account pages show for roles, categories and yes/no.</summary>
public static class PeopleLabels
{
    public static IReadOnlyDictionary<ProblemCategory, string> Categories => ConversationTexts.Indonesian.Categories;

    /// <summary>The roles a counsellor record may have.</summary>
    public static readonly IReadOnlyList<StaffRole> CounsellorRoles = [StaffRole.Counsellor, StaffRole.Supervisor];

    public static string Role(StaffRole role) => role switch
    {
        StaffRole.Counsellor => "Konselor",
        StaffRole.Supervisor => "Supervisor",
        StaffRole.Admin => "Admin",
        _ => role.ToString(),
    };

    /// <summary>An account's role (the Identity role name) in words.</summary>
    public static string AccountRole(string? role) => role switch
    {
        StaffRoles.Admin => "Admin",
        StaffRoles.Supervisor => "Supervisor",
        StaffRoles.Counsellor => "Konselor",
        null or "" => "—",
        _ => role,
    };

    public static string YesNo(bool value) => value ? "ya" : "tidak";

    public static string Specialities(IEnumerable<ProblemCategory> specialities)
    {
        var labels = specialities.Order().Select(c => Categories.TryGetValue(c, out var label) ? label : c.ToString()).ToList();
        return labels.Count == 0 ? "—" : string.Join(", ", labels);
    }
}
