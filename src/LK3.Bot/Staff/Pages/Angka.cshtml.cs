using LK3.Intake;
using LK3.Intake.Conversations;
using LK3.Intake.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LK3.Bot.Staff.Pages;

/// <summary>The yearly figures the article reports, and more, with bars and a CSV download: for supervisors and admins.</summary>
[Authorize(Policy = StaffApp.LeadsPolicy)]
public sealed class AngkaModel(IntakeDbContext db, TimeProvider time) : PageModel
{
    public YearlyFigures? Figures { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task OnGetAsync(int? year, CancellationToken cancellationToken)
    {
        var thisYear = time.GetUtcNow().ToOfficeTime().Year;
        Years = [.. (await db.AvailableYearsAsync(cancellationToken)).Append(thisYear).Distinct().OrderDescending()];
        Figures = await db.ForYearAsync(year ?? thisYear, cancellationToken);
    }

    public async Task<IActionResult> OnGetCsvAsync(int year, CancellationToken cancellationToken) =>
        File(FiguresCsv.WriteUtf8(await db.ForYearAsync(year, cancellationToken)), "text/csv; charset=utf-8", $"lk3-angka-{year}.csv");
}
