using LK3.Bot.Staff.Cases;
using LK3.Intake.Cases;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LK3.Bot.Staff.Pages.Kasus;

/// <summary>One case: the intake answers, transcript, stage timeline and notes, with the moves the member may make now.</summary>
public sealed class KasusDetailModel(CaseWork work) : PageModel
{
    public IntakeCase? Case { get; private set; }
    public IReadOnlyList<CaseTrigger> AllowedMoves { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken)
    {
        var member = StaffMember.From(User);
        Case = await work.OpenAsync(member, reference, cancellationToken);
        if (Case is null) return NotFound();
        AllowedMoves = work.PermittedMoves(member, Case);
        return Page();
    }

    public async Task<IActionResult> OnPostMoveAsync(string reference, CaseTrigger trigger, string? note, CancellationToken cancellationToken)
    {
        try
        {
            var moved = await work.MoveAsync(StaffMember.From(User), reference, trigger, note, referralPartnerId: null, cancellationToken);
            if (moved is null) return NotFound();
            Message = $"Tahap sekarang: {LK3.Intake.Conversations.ConversationTexts.Indonesian.Stages[moved.Stage]}.";
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
        if (await work.AddNoteAsync(StaffMember.From(User), reference, text, cancellationToken) is null) return NotFound();
        Message = "Catatan disimpan.";
        return RedirectToPage(new { reference });
    }

    public string MoveLabel(CaseTrigger trigger) => trigger switch
    {
        CaseTrigger.Advance when Case is { } c && c.Stage < CaseStage.Closed => $"Lanjut ke {LK3.Intake.Conversations.ConversationTexts.Indonesian.Stages[c.Stage + 1]}",
        CaseTrigger.Terminate => "Akhiri kasus",
        CaseTrigger.Reopen => "Buka lagi",
        _ => trigger.ToString(),
    };
}
