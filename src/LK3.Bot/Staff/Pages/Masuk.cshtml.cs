using System.ComponentModel.DataAnnotations;
using LK3.Intake.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LK3.Bot.Staff.Pages;

/// <summary>Sign-in, every attempt in the audit log; on a first run (<see cref="FirstRun"/>) the first admin is made here instead.</summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RequestLimits.SignIn)]
public sealed class MasukModel(
    SignInManager<StaffUser> signIn, UserManager<StaffUser> users, FirstRun firstRun, AuditLog audit, Intake.IntakeDbContext db, ILogger<MasukModel> logger)
    : PageModel
{
    [BindProperty, Required(ErrorMessage = "E-mail wajib diisi."), EmailAddress(ErrorMessage = "E-mail tidak valid.")]
    public string Email { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Kata sandi wajib diisi.")]
    public string Password { get; set; } = "";

    /// <summary>The first admin's name, on a first run only.</summary>
    [BindProperty]
    public string? DisplayName { get; set; }

    public bool FirstRunOffered { get; private set; }

    public void OnGet() => FirstRunOffered = firstRun.IsOffered(HttpContext);

    public async Task<IActionResult> OnPostAsync(string? returnUrl, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.FindByEmailAsync(Email);
        var wasLockedOut = user is not null && await users.IsLockedOutAsync(user);
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        await audit.RecordSignInAsync(user, result, wasLockedOut, "halaman masuk", cancellationToken);
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/kasus");

        StaffLog.SignInFailed(logger, result.IsLockedOut);
        ModelState.AddModelError("", result.IsLockedOut
            ? "Terlalu banyak percobaan. Akun dikunci sementara; coba lagi dalam 15 menit."
            : "E-mail atau kata sandi salah.");
        return Page();
    }

    public async Task<IActionResult> OnPostFirstAdminAsync(CancellationToken cancellationToken)
    {
        FirstRunOffered = true;
        var name = DisplayName?.Trim() ?? "";
        if (name.Length is < 2 or > 100) ModelState.AddModelError(nameof(DisplayName), "Nama harus 2 sampai 100 karakter.");
        if (!ModelState.IsValid) return Page();

        var created = await firstRun.CreateAdminAsync(HttpContext, name, Email.Trim(), Password);
        if (created is null) return RedirectToPage(); // not offered (any more): the sign-in form
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors) ModelState.AddModelError("", error.Description);
            return Page();
        }
        var admin = (await users.FindByEmailAsync(Email.Trim()))!;
        await signIn.SignInAsync(admin, isPersistent: false);
        var member = new StaffMember(admin.Id, admin.DisplayName, Intake.Cases.StaffRole.Admin, null);
        audit.Record(member, AuditActions.FirstAdmin, null, "di komputer bot, mode Development");
        await db.SaveChangesAsync(cancellationToken);
        StaffLog.FirstRunAdminCreated(logger);
        return LocalRedirect("/kasus");
    }
}
