using LK3.Intake;
using LK3.Intake.Staff;
using Microsoft.AspNetCore.Identity;

namespace LK3.Bot.Staff;

/// <summary>Writes who viewed or changed what, and who signed in; an entry about a change is saved with the change it records.</summary>
public sealed class AuditLog(IntakeDbContext db, TimeProvider time)
{
    public void Record(StaffMember member, string action, int? caseId, string? details = null) =>
        Add(member.UserId, member.Name, action, caseId, details);

    /// <summary>
    /// A sign-in attempt, on the sign-in page or for an API token (<paramref name="via"/>), saved at once. It names the account
    /// only when the e-mail is one; what was typed is never kept (a password typed into the e-mail field would be).
    /// </summary>
    /// <param name="wasLockedOut">The account was locked out before this attempt (or disabled).</param>
    public async Task RecordSignInAsync(StaffUser? user, SignInResult result, bool wasLockedOut, string via, CancellationToken cancellationToken)
    {
        var (action, details) = result switch
        {
            { Succeeded: true } => (AuditActions.SignIn, via),
            { IsLockedOut: true } when wasLockedOut => (AuditActions.LockedOut, $"{via}; akun sedang terkunci"),
            { IsLockedOut: true } => (AuditActions.LockedOut, $"{via}; dikunci sementara setelah terlalu banyak kata sandi salah"),
            _ => (AuditActions.SignInFailed, user is null ? $"{via}; e-mail tidak dikenal" : $"{via}; kata sandi salah"),
        };
        Add(user?.Id ?? "", user?.DisplayName ?? AuditActions.Unknown, action, null, details);
        await db.SaveChangesAsync(cancellationToken);
    }

    private void Add(string userId, string userName, string action, int? caseId, string? details) =>
        db.AuditEntries.Add(new AuditEntry
        {
            UserId = userId,
            UserName = userName,
            Action = action,
            CaseId = caseId,
            Details = details is { Length: > 500 } ? details[..500] : details,
            At = time.GetUtcNow(),
        });
}
