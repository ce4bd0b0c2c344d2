using LK3.Intake;
using LK3.Intake.Cases;
using LK3.Intake.Counsellors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LK3.Bot.Staff.Pages.Konselor;

public sealed record CounsellorRow(Counsellor Counsellor, int OpenCases);

/// <summary>The counsellors: who takes which problems, who is on leave or on duty, their load, and whether Telegram is linked.</summary>
[Authorize(Policy = StaffApp.LeadsPolicy)]
public sealed class KonselorIndexModel(IntakeDbContext db) : PageModel
{
    public IReadOnlyList<CounsellorRow> Counsellors { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var counsellors = await db.Counsellors.AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken);
        var open = await db.Cases.Where(k => k.CounsellorId != null && k.Stage != CaseStage.Closed)
            .GroupBy(k => k.CounsellorId!.Value)
            .Select(g => new { CounsellorId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.CounsellorId, g => g.Count, cancellationToken);
        Counsellors = [.. counsellors.Select(c => new CounsellorRow(c, open.GetValueOrDefault(c.Id)))];
    }
}
