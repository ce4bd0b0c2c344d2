using System.Linq.Expressions;
using LK3.Intake.Cases;
using LK3.Intake.Clients;
using LK3.Intake.Data;
using LK3.Intake.Staff;
using Microsoft.EntityFrameworkCore;

namespace LK3.Intake.Counsellors;

public static class CounsellorQueries
{
    // As expressions, so that compiled queries use them too.
    private static readonly Expression<Func<Counsellor, bool>> HasContact = c => c.Contact != null;
    private static readonly Expression<Func<Counsellor, ChannelAddress>> ContactOf = c => new ChannelAddress(c.Contact!.Channel, c.Contact.ChatId);

    /// <summary>Accounts not disabled (one locked out for a few minutes after wrong passwords still counts).</summary>
    internal static readonly Expression<Func<StaffUser, bool>> MaySignIn = a => a.LockoutEnd == null || a.LockoutEnd < StaffUser.DisabledUntil;

    /// <summary>The chats of the active supervisors, who hear of cases that stall.</summary>
    public static Task<List<ChannelAddress>> SupervisorChatsAsync(IntakeDbContext db, CancellationToken cancellationToken) =>
        SupervisorChats.For(db)(db).ToListAsync(cancellationToken).AsTask();

    /// <summary>Compiled: read whenever a case is made and nobody can be offered it, and when a family waits for a counsellor.</summary>
    private static readonly CompiledPerModel<Func<IntakeDbContext, IAsyncEnumerable<ChannelAddress>>> SupervisorChats =
        new(() => EF.CompileAsyncQuery((IntakeDbContext db) =>
            db.Counsellors.Where(c => c.Active && c.Role == StaffRole.Supervisor).Where(HasContact).Select(ContactOf)));

    /// <summary>Where these counsellors are reached, for those with a linked chat.</summary>
    public static IQueryable<ChannelAddress> Contacts(this IQueryable<Counsellor> counsellors) =>
        counsellors.Where(HasContact).Select(ContactOf);

    /// <summary>The counsellor whose linked chat this is.</summary>
    public static IQueryable<Counsellor> At(this IQueryable<Counsellor> counsellors, string channel, string chatId) =>
        counsellors.Where(c => c.Contact != null && c.Contact.Channel == channel && c.Contact.ChatId == chatId);

    /// <inheritdoc cref="MaySignIn"/>
    public static IQueryable<StaffUser> ThatMaySignIn(this IQueryable<StaffUser> accounts) => accounts.Where(MaySignIn);

    /// <summary>The case a reference such as LK3-2026-0007 names.</summary>
    public static IQueryable<IntakeCase> WithReference(this IQueryable<IntakeCase> cases, CaseReference reference) =>
        cases.Where(c => c.Year == reference.Year && c.Number == reference.Number);
}
