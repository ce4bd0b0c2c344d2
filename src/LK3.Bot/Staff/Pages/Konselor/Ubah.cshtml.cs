using LK3.Bot.Staff.People;
using LK3.Intake;
using LK3.Intake.Counsellors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LK3.Bot.Staff.Pages.Konselor;

/// <summary>One counsellor: their settings, where offers reach them, and a one-time code to link their Telegram chat.</summary>
[Authorize(Policy = StaffApp.LeadsPolicy)]
public sealed class KonselorUbahModel(IntakeDbContext db, AuditLog audit, CounsellorLinking linking) : PageModel
{
    [BindProperty]
    public CounsellorInput Input { get; set; } = new();

    public Counsellor? Counsellor { get; private set; }

    /// <summary>The staff account that works as this counsellor (and may sign in), through which offers reach them in the web app.</summary>
    public string? AccountName { get; private set; }

    /// <summary>The code just made: shown in this one answer and kept nowhere but as a hash.</summary>
    public string? LinkCode { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } counsellor) return NotFound();
        Input = CounsellorInput.From(counsellor);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } counsellor) return NotFound();
        if (!ModelState.IsValid) return Page();

        var before = CounsellorInput.From(counsellor);
        Input.ApplyTo(counsellor);
        var changes = CounsellorInput.Changes(before, CounsellorInput.From(counsellor));
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
        if (await LoadAsync(id, cancellationToken) is not { } counsellor) return NotFound();
        // The settings form on this page shows the saved values, not whatever this post carried.
        ModelState.Clear();
        Input = CounsellorInput.From(counsellor);

        audit.Record(StaffMember.From(User), "counsellor.link-code", null, counsellor.Name);
        LinkCode = await linking.CreateCodeAsync(id, cancellationToken); // saves the audit entry with the code
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    private async Task<Counsellor?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        Counsellor = await db.Counsellors.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        AccountName = await db.Users.ThatMaySignIn().Where(u => u.CounsellorId == id).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        return Counsellor;
    }
}
