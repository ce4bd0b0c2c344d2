using LK3.Intake;
using LK3.Intake.Cases;
using LK3.Intake.Clients;
using LK3.Intake.Counsellors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LK3.Bot.Staff.Pages.Konselor;

/// <param name="HasAccount">A staff account that may sign in works as this counsellor: offers reach them in the web app.</param>
public sealed record CounsellorRow(Counsellor Counsellor, int OpenCases, bool HasAccount)
{
    /// <summary>New cases can be offered to them: an active counsellor whom an offer reaches, on Telegram or in the web app.</summary>
    public bool TakesOffers => Counsellor is { Active: true, Role: StaffRole.Counsellor } && (Counsellor.Contact is not null || HasAccount);

    /// <summary>Where offers reach them, or plainly why they do not.</summary>
    public string Offers => Counsellor switch
    {
        { Role: not StaffRole.Counsellor } => "tidak (supervisor)",
        { Active: false } => "tidak: sedang cuti",
        { Contact: { } contact } when HasAccount => $"ya: {ChannelNames.Label(contact.Channel)} dan aplikasi web",
        { Contact: { } contact } => $"ya: {ChannelNames.Label(contact.Channel)}",
        _ when HasAccount => "ya: aplikasi web",
        _ => "TIDAK: belum tertaut Telegram dan tidak punya akun petugas",
    };
}

/// <summary>
/// The counsellors: who takes which problems, who is on leave or on duty, their load, and who can receive offers (and
/// where); with a warning when nobody on duty could take an urgent case, or a category has nobody to take it.
/// </summary>
[Authorize(Policy = StaffApp.LeadsPolicy)]
public sealed class KonselorIndexModel(IntakeDbContext db) : PageModel
{
    public IReadOnlyList<CounsellorRow> Counsellors { get; private set; } = [];

    /// <summary>Someone on duty whom an urgent case can be offered to.</summary>
    public bool UrgentCovered => Counsellors.Any(r => r.TakesOffers && r.Counsellor.OnDuty);

    /// <summary>Categories no counsellor who takes offers has as a speciality: such cases wait in the queue.</summary>
    public IReadOnlyList<ProblemCategory> UncoveredCategories =>
        [.. Enum.GetValues<ProblemCategory>().Where(category => !Counsellors.Any(r => r.TakesOffers && r.Counsellor.Specialities.Contains(category)))];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var counsellors = await db.Counsellors.AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken);
        var open = await db.Cases.Where(k => k.CounsellorId != null && k.Stage != CaseStage.Closed)
            .GroupBy(k => k.CounsellorId!.Value)
            .Select(g => new { CounsellorId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.CounsellorId, g => g.Count, cancellationToken);
        var withAccount = (await db.Users.ThatMaySignIn().Where(u => u.CounsellorId != null).Select(u => u.CounsellorId!.Value)
            .ToListAsync(cancellationToken)).ToHashSet();
        Counsellors = [.. counsellors.Select(c => new CounsellorRow(c, open.GetValueOrDefault(c.Id), withAccount.Contains(c.Id)))];
    }
}
