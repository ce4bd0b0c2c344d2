using LK3.Intake.Cases;
using LK3.Intake.Clients;
using LK3.Intake.Staff;

namespace LK3.Intake.Counsellors;

public static class CounsellorQueries
{
    /// <summary>The chats of the active supervisors, who hear of cases that stall.</summary>
    public static IQueryable<ChannelAddress> SupervisorChats(this IQueryable<Counsellor> counsellors) =>
        counsellors.Where(c => c.Active && c.Role == StaffRole.Supervisor).Contacts();

    /// <summary>Where these counsellors are reached, for those with a linked chat.</summary>
    public static IQueryable<ChannelAddress> Contacts(this IQueryable<Counsellor> counsellors) =>
        counsellors.Where(c => c.Contact != null).Select(c => new ChannelAddress(c.Contact!.Channel, c.Contact.ChatId));

    /// <summary>The counsellor whose linked chat this is.</summary>
    public static IQueryable<Counsellor> At(this IQueryable<Counsellor> counsellors, string channel, string chatId) =>
        counsellors.Where(c => c.Contact != null && c.Contact.Channel == channel && c.Contact.ChatId == chatId);

    /// <summary>
    /// The counsellors a case offer reaches: with a linked chat, or with a staff account that may sign in, where the offer
    /// waits at the top of every page they open. Anyone else would be offered cases they never see.
    /// </summary>
    public static IQueryable<Counsellor> ReachableForOffers(this IQueryable<Counsellor> counsellors, IQueryable<StaffUser> accounts)
    {
        var usable = accounts.ThatMaySignIn();
        return counsellors.Where(c => c.Contact != null || usable.Any(a => a.CounsellorId == c.Id));
    }

    /// <summary>Accounts not disabled (one locked out for a few minutes after wrong passwords still counts).</summary>
    public static IQueryable<StaffUser> ThatMaySignIn(this IQueryable<StaffUser> accounts) =>
        accounts.Where(a => a.LockoutEnd == null || a.LockoutEnd < StaffUser.DisabledUntil);

    /// <summary>The case a reference such as LK3-2026-0007 names.</summary>
    public static IQueryable<IntakeCase> WithReference(this IQueryable<IntakeCase> cases, CaseReference reference) =>
        cases.Where(c => c.Year == reference.Year && c.Number == reference.Number);
}
