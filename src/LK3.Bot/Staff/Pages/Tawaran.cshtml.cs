using LK3.Bot.Staff.Offers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LK3.Bot.Staff.Pages;

/// <summary>"Tawaran kasus": the cases offered to the signed-in counsellor, answered here as on Telegram, and what became of the last week's.</summary>
public sealed class TawaranModel(CounsellorOffers offers) : PageModel
{
    public IReadOnlyList<OfferView> Pending { get; private set; } = [];
    public IReadOnlyList<OfferView> Answered { get; private set; } = [];
    public StaffMember Member => StaffMember.From(User);

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Pending = await offers.PendingAsync(Member, cancellationToken);
        Answered = await offers.AnsweredAsync(Member, cancellationToken);
    }

    public async Task<IActionResult> OnPostAcceptAsync(string reference, CancellationToken cancellationToken)
    {
        if (await offers.AcceptAsync(Member, reference, cancellationToken) != OfferAnswer.Done) return Gone(reference);
        Message = $"Kasus {reference} sekarang Anda tangani. Keluarga sudah diberi tahu bahwa Anda akan menghubunginya.";
        return Redirect($"/kasus/{Uri.EscapeDataString(reference)}");
    }

    public async Task<IActionResult> OnPostDeclineAsync(string reference, CancellationToken cancellationToken)
    {
        if (await offers.DeclineAsync(Member, reference, cancellationToken) != OfferAnswer.Done) return Gone(reference);
        Message = $"Baik, kasus {reference} ditawarkan kepada konselor lain.";
        return RedirectToPage();
    }

    private RedirectToPageResult Gone(string reference)
    {
        Message = $"Tawaran kasus {reference} sudah tidak berlaku.";
        return RedirectToPage();
    }
}
