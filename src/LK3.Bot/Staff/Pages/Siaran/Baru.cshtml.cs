using LK3.Bot.Broadcasts;
using LK3.Bot.Staff.Content;
using LK3.Intake.Broadcasts;
using LK3.Intake.Cases;
using LK3.Intake.FollowUps;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LK3.Bot.Staff.Pages.Siaran;

/// <summary>
/// A new broadcast: its text and optional link, who it is for, and when (now, or a date and time in WITA).
/// "Pratinjau" shows how many families it reaches and how it looks, saving nothing; "Kirim" asks to confirm, repeating how
/// many families on which channels; only the confirmation, for the same number of families, schedules it.
/// </summary>
[Authorize(Policy = StaffApp.LeadsPolicy)]
public sealed class SiaranBaruModel(BroadcastDesk desk, TimeProvider time) : PageModel
{
    public const string Now = "now";
    public const string Later = "later";

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public string? LinkUrl { get; set; }

    [BindProperty]
    public string? LinkLabel { get; set; }

    [BindProperty]
    public List<NewsTopic> Topics { get; set; } = [];

    [BindProperty]
    public string? Language { get; set; }

    [BindProperty]
    public string? Channel { get; set; }

    [BindProperty]
    public Kecamatan? Kecamatan { get; set; }

    /// <summary><see cref="Now"/> or <see cref="Later"/> (at <see cref="Day"/> and <see cref="Hour"/>, WITA).</summary>
    [BindProperty]
    public string When { get; set; } = Now;

    [BindProperty]
    public DateOnly? Day { get; set; }

    [BindProperty]
    public TimeOnly? Hour { get; set; }

    public BroadcastReach? Reach { get; private set; }

    /// <summary>Safe HTML of the message as families get it, from <see cref="TopicMarkup.ToHtml"/>.</summary>
    public string? PreviewHtml { get; private set; }

    public bool Escaped { get; private set; }

    /// <summary>The draft is sound and waits for the confirmation that repeats its reach.</summary>
    public bool Confirming { get; private set; }

    /// <summary>The reach changed between the confirmation shown and the one given: the number the member had seen.</summary>
    public int? ReachChangedFrom { get; private set; }

    /// <summary>Today in WITA, the earliest day the form offers.</summary>
    public DateOnly Today => DateOnly.FromDateTime(LK3.Intake.Conversations.OfficeTime.ToOfficeTime(time.GetUtcNow()).DateTime);

    [TempData]
    public string? Message { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        var draft = Draft();
        var (_, errors, escaped) = BroadcastDesk.Check(draft ?? new BroadcastDraft(Text, LinkUrl, LinkLabel), time.GetUtcNow());
        foreach (var (field, error) in errors) ModelState.AddModelError(field, error);
        Escaped = escaped;
        await ShowAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSendAsync(CancellationToken cancellationToken)
    {
        if (Draft() is { } draft)
        {
            var (_, errors, escaped) = BroadcastDesk.Check(draft, time.GetUtcNow());
            foreach (var (field, error) in errors) ModelState.AddModelError(field, error);
            Escaped = escaped;
        }
        Confirming = ModelState.IsValid;
        await ShowAsync(cancellationToken);
        return Page();
    }

    /// <param name="confirmedFamilies">How many families the confirmation the member answered said.</param>
    public async Task<IActionResult> OnPostConfirmAsync(int confirmedFamilies, CancellationToken cancellationToken)
    {
        if (Draft() is not { } draft || !ModelState.IsValid)
        {
            await ShowAsync(cancellationToken);
            return Page();
        }
        var reach = await desk.PreviewAsync(draft, cancellationToken);
        if (reach.Families != confirmedFamilies)
        {
            // Families subscribed or left meanwhile: the member confirms the number that will really go.
            (Confirming, ReachChangedFrom) = (true, confirmedFamilies);
            await ShowAsync(cancellationToken);
            return Page();
        }
        var creation = await desk.CreateAsync(StaffMember.From(User), draft, cancellationToken);
        if (creation.Broadcast is not { } broadcast)
        {
            foreach (var (field, error) in creation.Errors) ModelState.AddModelError(field, error);
            Escaped = creation.Escaped;
            await ShowAsync(cancellationToken);
            return Page();
        }
        Message = (broadcast.SendAt <= time.GetUtcNow() ? "Siaran mulai dikirim." : $"Siaran dijadwalkan pada {StaffFormat.When(broadcast.SendAt)}.")
            + (creation.Escaped ? " Tanda <, > atau & yang berdiri sendiri dikirim sebagai teks." : "");
        return RedirectToPage("/Siaran/Detail", new { id = broadcast.Id });
    }

    /// <summary>The form as a draft; null (with the error added) when "later" lacks its date or time.</summary>
    private BroadcastDraft? Draft()
    {
        DateTimeOffset? sendAt = null;
        if (When == Later)
        {
            if (Day is not { } day || Hour is not { } hour)
            {
                ModelState.AddModelError(nameof(Day), "Pilih tanggal dan jam kirim, atau pilih kirim sekarang.");
                return null;
            }
            sendAt = OfficeHours.At(day, hour);
        }
        return new BroadcastDraft(Text, LinkUrl, LinkLabel, Topics, Language, Channel, Kecamatan, sendAt);
    }

    /// <summary>The reach of the audience chosen and the message as it would look.</summary>
    private async Task ShowAsync(CancellationToken cancellationToken)
    {
        var audience = new BroadcastDraft(Text, Topics: Topics, Language: Language, Channel: Channel, Kecamatan: Kecamatan);
        if (BroadcastDesk.FilterErrors(audience).Count == 0) Reach = await desk.PreviewAsync(audience, cancellationToken);
        var text = (Text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (text.Length > 0)
        {
            // The link goes as a button under the text; its fields are on the form beside the preview.
            PreviewHtml = TopicMarkup.ToHtml(text);
        }
    }
}
