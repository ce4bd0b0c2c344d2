using LK3.Bot.Staff.Cases;
using LK3.Intake.Cases;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LK3.Bot.Staff.Pages.Kasus;

/// <summary>The queue: the cases the member may see, urgent first, with filters.</summary>
public sealed class KasusIndexModel(CaseWork work) : PageModel
{
    public CaseFilter Filter { get; private set; } = new();
    public IReadOnlyList<CaseSummary> Cases { get; private set; } = [];

    public async Task OnGetAsync(CaseStage? stage, bool? urgent, int? counsellorId, ProblemCategory? category, Kecamatan? kecamatan, int? year, string? reference, CancellationToken cancellationToken)
    {
        Filter = new CaseFilter(stage, urgent, counsellorId, category, kecamatan, year, reference);
        Cases = await work.QueueAsync(StaffMember.From(User), Filter, cancellationToken);
    }
}
