using LK3.Bot.Staff.Cases;
using LK3.Intake;
using LK3.Intake.Cases;
using LK3.Intake.Conversations;
using LK3.Intake.FollowUps;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LK3.Bot.Staff.Pages.Kasus;

/// <summary>
/// One case: the intake answers, transcript, stage timeline and notes, with what the member may do now:
/// move it, refer it, schedule a follow-up, answer the family, hand it to another counsellor.
/// </summary>
public sealed class KasusDetailModel(CaseWork work, IntakeDbContext db) : PageModel
{
    public IntakeCase? Case { get; private set; }
    public IReadOnlyList<CaseTrigger> AllowedMoves { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Partners { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Counsellors { get; private set; } = [];
    public IReadOnlyList<QuickReply> QuickReplies { get; private set; } = [];
    public IReadOnlyList<UndeliveredMessage> Undelivered { get; private set; } = [];
    public string? CounsellorName { get; private set; }
    public StaffMember Member => StaffMember.From(User);

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken)
    {
        Case = await work.OpenAsync(Member, reference, cancellationToken);
        if (Case is null) return NotFound();
        AllowedMoves = work.PermittedMoves(Member, Case);
        Partners = [.. (await db.ReferralPartners.OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken)).Select(p => (p.Id, p.Name))];
        Counsellors = Member.SeesAllCases
            ? [.. (await db.Counsellors.Where(c => c.Active).OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken)).Select(c => (c.Id, c.Name))]
            : [];
        CounsellorName = Case.CounsellorId is { } id ? await db.Counsellors.Where(c => c.Id == id).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken) : null;
        QuickReplies = await db.QuickReplies.OrderBy(q => q.Title).ToListAsync(cancellationToken);
        Undelivered = await work.UndeliveredAsync(Case.Id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostMoveAsync(string reference, CaseTrigger trigger, string? note, int? partnerId, CancellationToken cancellationToken)
    {
        try
        {
            var moved = await work.MoveAsync(Member, reference, trigger, note, partnerId, cancellationToken);
            if (moved is null) return NotFound();
            Message = $"Tahap sekarang: {ConversationTexts.Indonesian.Stages[moved.Stage]}.";
        }
        catch (CaseTransitionRefusedException)
        {
            Message = "Langkah itu tidak bisa diambil sekarang.";
        }
        return RedirectToPage(new { reference });
    }

    public async Task<IActionResult> OnPostNoteAsync(string reference, string? text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > CaseNote.MaxLength)
        {
            Message = $"Catatan harus berisi 1 sampai {CaseNote.MaxLength} karakter.";
            return RedirectToPage(new { reference });
        }
        if (await work.AddNoteAsync(Member, reference, text, cancellationToken) is null) return NotFound();
        Message = "Catatan disimpan.";
        return RedirectToPage(new { reference });
    }

    public async Task<IActionResult> OnPostReplyAsync(string reference, string? text, int? quickReplyId, CancellationToken cancellationToken)
    {
        if (quickReplyId is { } id) text = await db.QuickReplies.Where(q => q.Id == id).Select(q => q.Text).FirstOrDefaultAsync(cancellationToken);
        return Outcome(await work.ReplyAsync(Member, reference, text ?? "", cancellationToken), reference, "Pesan dikirim kepada keluarga.");
    }

    public async Task<IActionResult> OnPostFollowUpAsync(string reference, DateOnly? day, TimeOnly? hour, CancellationToken cancellationToken)
    {
        if (day is null)
        {
            Message = "Pilih tanggal tindak lanjut.";
            return RedirectToPage(new { reference });
        }
        return Outcome(await work.ScheduleFollowUpAsync(Member, reference, day.Value, hour, cancellationToken), reference, "Tindak lanjut dijadwalkan.");
    }

    public async Task<IActionResult> OnPostEraseAsync(string reference, bool sure, CancellationToken cancellationToken)
    {
        if (!sure)
        {
            Message = "Centang \"Saya yakin\" untuk menghapus data keluarga.";
            return RedirectToPage(new { reference });
        }
        return Outcome(await work.EraseFamilyAsync(Member, reference, cancellationToken), reference, "Data keluarga sudah dihapus; kasus tersisa sebagai angka.");
    }

    public async Task<IActionResult> OnPostReassignAsync(string reference, int counsellorId, CancellationToken cancellationToken) =>
        Outcome(await work.ReassignAsync(Member, reference, counsellorId, cancellationToken), reference, "Kasus diserahkan; konselor dan keluarga sudah diberi tahu.");

    public string MoveLabel(CaseTrigger trigger) => trigger switch
    {
        CaseTrigger.Advance when Case is { } c && c.Stage < CaseStage.Closed => $"Lanjut ke {ConversationTexts.Indonesian.Stages[c.Stage + 1]}",
        CaseTrigger.Refer => "Rujuk",
        CaseTrigger.Terminate => "Akhiri kasus",
        CaseTrigger.Reopen => "Buka lagi",
        _ => trigger.ToString(),
    };

    private IActionResult Outcome(CaseWorkResult result, string reference, string done)
    {
        if (!result.Found) return NotFound();
        Message = result.Refusal ?? done;
        return RedirectToPage(new { reference });
    }
}
