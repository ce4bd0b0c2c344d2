using LK3.Intake;
using LK3.Intake.Conversations;
using LK3.Intake.Staff;
using Microsoft.EntityFrameworkCore;

namespace LK3.Bot.Staff.People;

/// <summary>A counsellor an account may be linked to; <paramref name="AccountName"/> when another account already is.</summary>
public sealed record CounsellorOption(int Id, string Name, string? AccountName);

/// <summary>What the account pages share: the lock-out states and the counsellor an account may work as.</summary>
public static class StaffAccounts
{
    public static bool IsDisabled(StaffUser user, DateTimeOffset now) => user.LockoutEnd is { } end && end > now.AddYears(10);

    public static bool IsLockedOut(StaffUser user, DateTimeOffset now) => user.LockoutEnd is { } end && end > now;

    public static string State(StaffUser user, DateTimeOffset now) =>
        IsDisabled(user, now) ? "dinonaktifkan"
        : IsLockedOut(user, now) ? $"terkunci sampai {StaffFormat.When(user.LockoutEnd!.Value)}"
        : "aktif";

    public static async Task<IReadOnlyList<CounsellorOption>> CounsellorOptionsAsync(IntakeDbContext db, CancellationToken cancellationToken)
    {
        var counsellors = await db.Counsellors.OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);
        var accounts = await db.Users.Where(u => u.CounsellorId != null).Select(u => new { u.CounsellorId, u.DisplayName }).ToListAsync(cancellationToken);
        return [.. counsellors.Select(c => new CounsellorOption(c.Id, c.Name, accounts.FirstOrDefault(a => a.CounsellorId == c.Id)?.DisplayName))];
    }

    /// <summary>
    /// Why the account may not have that role with that counsellor, or null when it may: a counsellor's account needs one,
    /// and one account per counsellor.
    /// </summary>
    public static async Task<string?> CounsellorProblemAsync(
        IntakeDbContext db, string? role, int? counsellorId, string? accountId, CancellationToken cancellationToken)
    {
        if (counsellorId is not { } id) return role == StaffRoles.Counsellor ? "Akun konselor harus ditautkan ke seorang konselor." : null;
        if (!await db.Counsellors.AnyAsync(c => c.Id == id, cancellationToken)) return "Konselor itu tidak ada.";
        return await db.Users.AnyAsync(u => u.CounsellorId == id && u.Id != accountId, cancellationToken)
            ? "Konselor itu sudah ditautkan ke akun lain."
            : null;
    }

    public static async Task<string?> CounsellorNameAsync(IntakeDbContext db, int? counsellorId, CancellationToken cancellationToken) =>
        counsellorId is { } id ? await db.Counsellors.Where(c => c.Id == id).Select(c => c.Name).SingleOrDefaultAsync(cancellationToken) : null;
}
