using LK3.Bot.Staff.People;
using LK3.Intake;
using LK3.Intake.Counsellors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LK3.Bot.Staff.Pages.Konselor;

/// <summary>A new counsellor; the Telegram link code is made on their page afterwards.</summary>
[Authorize(Policy = StaffApp.LeadsPolicy)]
public sealed class KonselorBaruModel(IntakeDbContext db, AuditLog audit) : PageModel
{
    [BindProperty]
    public CounsellorInput Input { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid) return Page();
        var counsellor = new Counsellor { Name = Input.Name.Trim(), DisplayName = Input.DisplayName.Trim() };
        Input.ApplyTo(counsellor);
        db.Counsellors.Add(counsellor);
        audit.Record(StaffMember.From(User), "counsellor.create", null, Input.Describe());
        await db.SaveChangesAsync(cancellationToken);
        Message = $"Konselor {counsellor.Name} ditambahkan. Buat kode tautan Telegram untuknya di bawah.";
        return RedirectToPage("/Konselor/Ubah", new { id = counsellor.Id });
    }
}
