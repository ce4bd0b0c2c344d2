using LK3.Intake.Cases;
using LK3.Intake.Staff;

namespace LK3.Intake.Counsellors;

public static class CounsellorQueries
{
    /// <summary>The Telegram chats of the active supervisors, who hear of cases that stall.</summary>
    public static IQueryable<string> SupervisorChats(this IQueryable<Counsellor> counsellors) =>
        counsellors.Where(c => c.Active && c.Role == StaffRole.Supervisor && c.TelegramChatId != null).Select(c => c.TelegramChatId!);

    /// <summary>
    /// The counsellors a case offer reaches: linked on Telegram, or with a staff account that may sign in, where the offer
    /// waits at the top of every page they open. Anyone else would be offered cases they never see.
    /// </summary>
    public static IQueryable<Counsellor> ReachableForOffers(this IQueryable<Counsellor> counsellors, IQueryable<StaffUser> accounts)
    {
        var usable = accounts.ThatMaySignIn();
        return counsellors.Where(c => c.TelegramChatId != null || usable.Any(a => a.CounsellorId == c.Id));
    }

    /// <summary>Accounts not disabled (one locked out for a few minutes after wrong passwords still counts).</summary>
    public static IQueryable<StaffUser> ThatMaySignIn(this IQueryable<StaffUser> accounts) =>
        accounts.Where(a => a.LockoutEnd == null || a.LockoutEnd < StaffUser.DisabledUntil);

    /// <summary>The case a reference such as LK3-2026-0007 names.</summary>
    public static IQueryable<IntakeCase> WithReference(this IQueryable<IntakeCase> cases, CaseReference reference) =>
        cases.Where(c => c.Year == reference.Year && c.Number == reference.Number);
}
