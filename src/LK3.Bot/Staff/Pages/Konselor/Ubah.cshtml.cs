using LK3.Bot.Staff.People;
using LK3.Intake;
using LK3.Intake.Counsellors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LK3.Bot.Staff.Pages.Konselor;

/// <summary>One counsellor: their settings, and a one-time code to link their Telegram chat.</summary>
[Authorize(Policy = StaffApp.LeadsPolicy)]
public sealed class KonselorUbahModel(IntakeDbContext db, AuditLog audit, CounsellorLinking linking) : PageModel
{
    [BindProperty]
    public CounsellorInput Input { get; set; } = new();

    public Counsellor? Counsellor { get; private set; }

    /// <summary>The code just made: shown in this one answer and kept nowhere but as a hash.</summary>
    public string? LinkCode { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        Counsellor = await db.Counsellors.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (Counsellor is null) return NotFound();
        Input = CounsellorInput.From(Counsellor);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        Counsellor = await db.Counsellors.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (Counsellor is null) return NotFound();
        if (!ModelState.IsValid) return Page();

        var before = CounsellorInput.From(Counsellor);
        Input.ApplyTo(Counsellor);
        var changes = CounsellorInput.Changes(before, CounsellorInput.From(Counsellor));
        if (changes.Length == 0)
        {
            Message = "Tidak ada perubahan.";
            return RedirectToPage(new { id });
        }
        audit.Record(StaffMember.From(User), "counsellor.update", null, $"{before.Name}: {changes}");
        await db.SaveChangesAsync(cancellationToken);
        Message = "Perubahan disimpan.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostCodeAsync(int id, CancellationToken cancellationToken)
    {
        Counsellor = await db.Counsellors.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (Counsellor is null) return NotFound();
        // The settings form on this page shows the saved values, not whatever this post carried.
        ModelState.Clear();
        Input = CounsellorInput.From(Counsellor);

        audit.Record(StaffMember.From(User), "counsellor.link-code", null, Counsellor.Name);
        LinkCode = await linking.CreateCodeAsync(id, cancellationToken); // saves the audit entry with the code
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
