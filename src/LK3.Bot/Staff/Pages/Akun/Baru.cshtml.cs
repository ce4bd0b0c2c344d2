using LK3.Bot.Staff.People;
using LK3.Intake;
using LK3.Intake.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LK3.Bot.Staff.Pages.Akun;

/// <summary>A new staff account with its first password; Identity's password rules apply and its errors are shown.</summary>
[Authorize(Policy = StaffApp.AdminPolicy)]
public sealed class AkunBaruModel(UserManager<StaffUser> users, IntakeDbContext db, AuditLog audit) : PageModel
{
    [BindProperty]
    public NewAccountInput Input { get; set; } = new();

    public IReadOnlyList<CounsellorOption> Counsellors { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    /// <summary>From a counsellor's page (<c>?konselor=ID</c>): the account of that counsellor, its name already filled in.</summary>
    public async Task OnGetAsync(int? konselor, CancellationToken cancellationToken)
    {
        Counsellors = await StaffAccounts.CounsellorOptionsAsync(db, cancellationToken);
        if (Counsellors.FirstOrDefault(c => c.Id == konselor && c.AccountName is null) is { } counsellor)
        {
            (Input.Role, Input.CounsellorId, Input.DisplayName) = (StaffRoles.Counsellor, counsellor.Id, counsellor.Name);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Counsellors = await StaffAccounts.CounsellorOptionsAsync(db, cancellationToken);
        if (await StaffAccounts.CounsellorProblemAsync(db, Input.Role, Input.CounsellorId, accountId: null, cancellationToken) is { } problem)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.CounsellorId)}", problem);
        }
        if (!ModelState.IsValid) return Page();

        var email = Input.Email.Trim();
        var user = new StaffUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = Input.DisplayName.Trim(), CounsellorId = Input.CounsellorId,
        };
        var created = await users.CreateAsync(user, Input.Password);
        if (!created.Succeeded)
        {
            // The user name is the e-mail: one message for both is enough.
            var errors = created.Errors.ToList();
            if (errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateEmail)))
            {
                errors.RemoveAll(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName));
            }
            foreach (var error in errors)
            {
                var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(Input.Password) : nameof(Input.Email);
                ModelState.AddModelError($"{nameof(Input)}.{field}", error.Description);
            }
            return Page();
        }
        var role = await users.AddToRoleAsync(user, Input.Role);
        if (!role.Succeeded)
        {
            await users.DeleteAsync(user); // no account without a role
            foreach (var error in role.Errors) ModelState.AddModelError("", error.Description);
            return Page();
        }

        var counsellorName = await StaffAccounts.CounsellorNameAsync(db, user.CounsellorId, cancellationToken);
        audit.Record(StaffMember.From(User), "account.create", null,
            $"{user.DisplayName}: peran {PeopleLabels.AccountRole(Input.Role)}; konselor {counsellorName ?? "—"}");
        await db.SaveChangesAsync(cancellationToken);
        Message = $"Akun {user.DisplayName} dibuat. Berikan kata sandi awal secara langsung, bukan lewat chat.";
        return RedirectToPage("/Akun/Index");
    }
}
