using LK3.Bot.Staff.Cases;
using LK3.Intake;
using LK3.Intake.Cases;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LK3.Bot.Staff.Pages.Kasus;

/// <summary>The queue: the cases the member may see, who needs someone now first (<see cref="CaseWork.QueueAsync"/>), with filters.</summary>
public sealed class KasusIndexModel(CaseWork work, IntakeDbContext db, TimeProvider time) : PageModel
{
    /// <summary>The moment waiting times are counted to.</summary>
    public DateTimeOffset Now { get; } = time.GetUtcNow();

    public CaseFilter Filter { get; private set; } = new();
    public IReadOnlyList<CaseSummary> Cases { get; private set; } = [];

    /// <summary>Families the bot told a person would answer that have no open case (supervisors and admins).</summary>
    public IReadOnlyList<WaitingConversation> WantingAPerson { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    /// <summary>"10 kasus terbuka · 8 menunggu jawaban · 2 belum ada konselor", leaving out what is none.</summary>
    public string Summary
    {
        get
        {
            if (Cases.Count == 0) return "Tidak ada kasus.";
            var open = Cases.Count(c => c.Stage != CaseStage.Closed);
            var waiting = Cases.Count(c => c.WaitingSince is not null);
            var unheld = Cases.Count(c => c.Unheld);
            List<string> parts = [$"{StaffFormat.Number(open)} kasus terbuka"];
            if (waiting > 0) parts.Add($"{StaffFormat.Number(waiting)} menunggu jawaban");
            if (unheld > 0) parts.Add($"{StaffFormat.Number(unheld)} belum ada konselor");
            return string.Join(" · ", parts);
        }
    }

    /// <summary>For supervisors and admins, who see everyone's cases: whose to show.</summary>
    public IReadOnlyList<(int Id, string Name)> Counsellors { get; private set; } = [];

    /// <summary>What the active filter keeps: "Mendesak · Bontang Utara".</summary>
    public string FilterDescription
    {
        get
        {
            var texts = Intake.Conversations.ConversationTexts.Indonesian;
            string?[] parts =
            [
                Filter.Reference,
                Filter.Stage is { } stage ? texts.Stages[stage] : null,
                Filter.Category is { } category ? texts.Categories[category] : null,
                Filter.Kecamatan is { } kecamatan ? texts.Kecamatans[kecamatan] : null,
                Filter.Urgent switch { true => "mendesak", false => "tidak mendesak", null => null },
                Counsellors.FirstOrDefault(c => c.Id == Filter.CounsellorId).Name,
                Filter.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ];
            return string.Join(" · ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
        }
    }

    /// <summary>An admin on a first run: no counsellor yet, so no new case can be offered to anyone.</summary>
    public bool NoCounsellorYet { get; private set; }

    public async Task OnGetAsync(
        CaseStage? stage, bool? urgent, int? counsellorId, ProblemCategory? category, Kecamatan? kecamatan, int? year, string? reference,
        CancellationToken cancellationToken)
    {
        Filter = new CaseFilter(stage, urgent, counsellorId, category, kecamatan, year, reference);
        var member = StaffMember.From(User);
        Cases = await work.QueueAsync(member, Filter, cancellationToken);
        WantingAPerson = await work.WantingAPersonAsync(member, cancellationToken);
        if (member.SeesAllCases)
        {
            Counsellors =
            [
                .. (await db.Counsellors.OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken))
                    .Select(c => (c.Id, c.Name)),
            ];
            NoCounsellorYet = member.Role == StaffRole.Admin && Counsellors.Count == 0;
        }
    }

    public async Task<IActionResult> OnPostAttendedAsync(int clientId, CancellationToken cancellationToken)
    {
        Message = await work.PersonAttendedAsync(StaffMember.From(User), clientId, cancellationToken)
            ? "Ditandai sudah ditangani."
            : "Keluarga itu sudah tidak menunggu petugas.";
        return RedirectToPage();
    }
}
