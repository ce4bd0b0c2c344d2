using LK3.Bot.Staff.Cases;
using LK3.Intake;
using LK3.Intake.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LK3.Bot.Staff.Pages.Kasus;

/// <summary>The queue: the cases the member may see, who needs someone now first (<see cref="CaseWork.QueueAsync"/>), with filters.</summary>
public sealed class KasusIndexModel(CaseWork work, IntakeDbContext db, TimeProvider time) : PageModel
{
    /// <summary>The moment waiting times are counted to.</summary>
    public DateTimeOffset Now { get; } = time.GetUtcNow();

    public CaseFilter Filter { get; private set; } = new();
    public IReadOnlyList<CaseSummary> Cases { get; private set; } = [];

    /// <summary>For supervisors and admins, who see everyone's cases: whose to show.</summary>
    public IReadOnlyList<(int Id, string Name)> Counsellors { get; private set; } = [];

    public async Task OnGetAsync(CaseStage? stage, bool? urgent, int? counsellorId, ProblemCategory? category, Kecamatan? kecamatan, int? year, string? reference, CancellationToken cancellationToken)
    {
        Filter = new CaseFilter(stage, urgent, counsellorId, category, kecamatan, year, reference);
        var member = StaffMember.From(User);
        Cases = await work.QueueAsync(member, Filter, cancellationToken);
        if (member.SeesAllCases)
        {
            Counsellors = [.. (await db.Counsellors.OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken)).Select(c => (c.Id, c.Name))];
        }
    }
}
