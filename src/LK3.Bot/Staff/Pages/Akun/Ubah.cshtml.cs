using LK3.Bot.Staff.People;
using LK3.Intake;
using LK3.Intake.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LK3.Bot.Staff.Pages.Akun;

/// <summary>One staff account: its role and counsellor, unlocking it, or disabling its sign-in. Admins cannot demote or disable themselves.</summary>
[Authorize(Policy = StaffApp.AdminPolicy)]
public sealed class AkunUbahModel(
    UserManager<StaffUser> users, SignInManager<StaffUser> signIn, IntakeDbContext db, AuditLog audit, TimeProvider time)
    : PageModel
{
    [BindProperty]
    public AccountRoleInput Input { get; set; } = new();

    public StaffUser? Account { get; private set; }
    public string? Role { get; private set; }
    public string State { get; private set; } = "";
    public bool IsLockedOut { get; private set; }
    public bool IsSelf { get; private set; }
    public IReadOnlyList<CounsellorOption> Counsellors { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        Input = new AccountRoleInput { Role = Role ?? StaffRoles.Counsellor, CounsellorId = Account!.CounsellorId };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        var account = Account!;
        if (IsSelf && Input.Role != StaffRoles.Admin)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Role)}", "Anda tidak bisa menurunkan peran akun Anda sendiri.");
        }
        if (await StaffAccounts.CounsellorProblemAsync(db, Input.Role, Input.CounsellorId, account.Id, cancellationToken) is { } problem)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.CounsellorId)}", problem);
        }
        if (!ModelState.IsValid) return Page();

        var changes = new List<string>();
        if (Role != Input.Role)
        {
            var current = await users.GetRolesAsync(account);
            if (!Succeeded(await users.RemoveFromRolesAsync(account, current)) || !Succeeded(await users.AddToRoleAsync(account, Input.Role))) return Page();
            changes.Add($"peran {PeopleLabels.AccountRole(Role)} → {PeopleLabels.AccountRole(Input.Role)}");
        }
        if (account.CounsellorId != Input.CounsellorId)
        {
            var before = await StaffAccounts.CounsellorNameAsync(db, account.CounsellorId, cancellationToken);
            account.CounsellorId = Input.CounsellorId;
            if (!Succeeded(await users.UpdateAsync(account))) return Page();
            changes.Add($"konselor {before ?? "—"} → {await StaffAccounts.CounsellorNameAsync(db, Input.CounsellorId, cancellationToken) ?? "—"}");
        }
        if (changes.Count == 0)
        {
            Message = "Tidak ada perubahan.";
            return RedirectToPage(new { id });
        }

        await SignInAgainAsync(account);
        audit.Record(StaffMember.From(User), "account.update", null, $"{account.DisplayName}: {string.Join("; ", changes)}");
        await db.SaveChangesAsync(cancellationToken);
        Message = "Perubahan disimpan.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        var account = Account!;
        if (!Succeeded(await users.SetLockoutEndDateAsync(account, null)) || !Succeeded(await users.ResetAccessFailedCountAsync(account))) return Page();
        audit.Record(StaffMember.From(User), "account.unlock", null, account.DisplayName);
        await db.SaveChangesAsync(cancellationToken);
        Message = $"Akun {account.DisplayName} bisa masuk lagi.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDisableAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        var account = Account!;
        if (IsSelf)
        {
            Message = "Anda tidak bisa menonaktifkan akun Anda sendiri.";
            return RedirectToPage(new { id });
        }
        if (!Succeeded(await users.SetLockoutEnabledAsync(account, true))
            || !Succeeded(await users.SetLockoutEndDateAsync(account, StaffUser.DisabledUntil))
            || !Succeeded(await users.UpdateSecurityStampAsync(account))) // ends the sessions it has open
        {
            return Page();
        }
        audit.Record(StaffMember.From(User), "account.disable", null, account.DisplayName);
        await db.SaveChangesAsync(cancellationToken);
        Message = $"Akun {account.DisplayName} tidak bisa masuk lagi sampai dibuka kembali.";
        return RedirectToPage(new { id });
    }

    /// <summary>New role or counsellor: the account's open sessions must pick it up (the admin's own at once, others' when they next check).</summary>
    private async Task SignInAgainAsync(StaffUser account)
    {
        if (IsSelf) await signIn.RefreshSignInAsync(account);
        else await users.UpdateSecurityStampAsync(account);
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        Account = await users.FindByIdAsync(id);
        if (Account is null) return false;
        Role = (await users.GetRolesAsync(Account)).Order().FirstOrDefault();
        var now = time.GetUtcNow();
        State = StaffAccounts.State(Account, now);
        IsLockedOut = StaffAccounts.IsLockedOut(Account, now);
        IsSelf = Account.Id == StaffMember.From(User).UserId;
        Counsellors = await StaffAccounts.CounsellorOptionsAsync(db, cancellationToken);
        return true;
    }

    private bool Succeeded(IdentityResult result)
    {
        foreach (var error in result.Errors) ModelState.AddModelError("", error.Description);
        return result.Succeeded;
    }
}
