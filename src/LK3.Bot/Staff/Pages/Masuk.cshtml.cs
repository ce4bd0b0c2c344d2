using System.ComponentModel.DataAnnotations;
using LK3.Intake.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LK3.Bot.Staff.Pages;

[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RequestLimits.SignIn)]
public sealed class MasukModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, ILogger<MasukModel> logger) : PageModel
{
    [BindProperty, Required, EmailAddress]
    public string Email { get; set; } = "";

    [BindProperty, Required]
    public string Password { get; set; } = "";

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.FindByEmailAsync(Email);
        var result = user is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed : await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/kasus");

        StaffLog.SignInFailed(logger, result.IsLockedOut);
        ModelState.AddModelError("", result.IsLockedOut
            ? "Terlalu banyak percobaan. Akun dikunci sementara; coba lagi dalam 15 menit."
            : "E-mail atau kata sandi salah.");
        return Page();
    }
}
