using LK3.Bot.Staff.People;
using LK3.Intake;
using LK3.Intake.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LK3.Bot.Staff.Pages.Akun;

public sealed record AccountRow(StaffUser User, string Roles, string? CounsellorName, string State);

/// <summary>The staff accounts: who signs in, with which role, as which counsellor, and whether they are locked out.</summary>
[Authorize(Policy = StaffApp.AdminPolicy)]
public sealed class AkunIndexModel(IntakeDbContext db, TimeProvider time) : PageModel
{
    public IReadOnlyList<AccountRow> Accounts { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var users = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).ToListAsync(cancellationToken);
        var roles = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var counsellors = await db.Counsellors.Select(c => new { c.Id, c.Name }).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        Accounts =
        [
            .. users.Select(u => new AccountRow(
                u,
                string.Join(", ", roles.Where(r => r.UserId == u.Id).Select(r => PeopleLabels.AccountRole(r.Name)).Order()) is { Length: > 0 } names
                    ? names
                    : "—",
                u.CounsellorId is { } id ? counsellors.GetValueOrDefault(id) : null,
                StaffAccounts.State(u, now))),
        ];
    }
}
