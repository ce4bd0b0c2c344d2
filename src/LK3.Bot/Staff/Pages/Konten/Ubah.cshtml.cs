using LK3.Bot.Staff.Content;
using LK3.Intake;
using LK3.Intake.Conversations;
using LK3.Intake.Information;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LK3.Bot.Staff.Pages.Konten;

/// <summary>
/// Edits one topic in one language, with a preview of the body as a family would see it. Saving records who
/// changed it and clears the cached catalog, so the bot answers with the new text at once on this instance
/// (others reload within a minute).
/// </summary>
[Authorize(Policy = StaffApp.LeadsPolicy)]
public sealed class KontenUbahModel(IntakeDbContext db, AuditLog audit, InformationCatalogCache catalogs, TimeProvider time) : PageModel
{
    public InformationTopic? Topic { get; private set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Body { get; set; }

    [BindProperty]
    public string? Keywords { get; set; }

    /// <summary>When the topic was last saved, as the form saw it: a save over someone else's newer change is stopped.</summary>
    [BindProperty]
    public long? Version { get; set; }

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    /// <summary>Safe HTML of the body, from <see cref="TopicMarkup.ToHtml"/>.</summary>
    public string? PreviewHtml { get; private set; }

    public bool PreviewIsDraft { get; private set; }
    public bool Escaped { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string key, string language, CancellationToken cancellationToken)
    {
        Topic = await FindAsync(key, language, cancellationToken);
        if (Topic is null) return NotFound();
        Title = Topic.Title;
        Body = Topic.Body;
        Keywords = Topic.Keywords;
        Version = Topic.UpdatedAt.UtcTicks;
        PreviewHtml = TopicMarkup.ToHtml(Topic.Body);
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(string key, string language, CancellationToken cancellationToken)
    {
        Topic = await FindAsync(key, language, cancellationToken);
        if (Topic is null) return NotFound();
        Show(TopicDraft.From(Title, Body, Keywords));
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string key, string language, CancellationToken cancellationToken)
    {
        Topic = await FindAsync(key, language, cancellationToken);
        if (Topic is null) return NotFound();
        var draft = TopicDraft.From(Title, Body, Keywords);
        if (!draft.IsValid)
        {
            Show(draft);
            return Page();
        }
        if (Version is { } version && version != Topic.UpdatedAt.UtcTicks)
        {
            Show(draft, new Dictionary<string, string>
            {
                [""] = $"Topik ini sudah diubah orang lain pada {StaffFormat.When(Topic.UpdatedAt)}, setelah Anda membukanya. "
                    + "Bandingkan dengan teks yang tersimpan sekarang (buka halaman ini di tab lain); tekan Simpan lagi untuk menimpanya dengan teks Anda.",
            });
            Version = Topic.UpdatedAt.UtcTicks;
            return Page();
        }

        var changed = new List<string>();
        if (Topic.Title != draft.Title) changed.Add("judul");
        if (Topic.Body != draft.Body) changed.Add("isi");
        if (Topic.Keywords != draft.Keywords) changed.Add("kata kunci");
        if (changed.Count == 0)
        {
            Message = "Tidak ada perubahan.";
            return RedirectToPage(new { key, language });
        }
        Topic.Title = draft.Title;
        Topic.Body = draft.Body;
        Topic.Keywords = draft.Keywords;
        Topic.UpdatedAt = time.GetUtcNow();
        var languageLabel = KontenIndexModel.Languages.FirstOrDefault(l => l.Code == Topic.Language).Label ?? Topic.Language;
        audit.Record(StaffMember.From(User), "content.update", caseId: null, $"{Topic.Title} ({languageLabel}): {string.Join(", ", changed)}");
        await db.SaveChangesAsync(cancellationToken);
        catalogs.Invalidate();
        Message = "Disimpan. Bot memakai teks ini mulai sekarang."
            + (draft.Escaped ? " Tanda <, > atau & yang berdiri sendiri diubah menjadi &lt;, &gt; atau &amp; agar tampil sebagai teks." : "");
        return RedirectToPage(new { key, language });
    }

    private void Show(TopicDraft draft, Dictionary<string, string>? more = null)
    {
        Errors = more is null ? draft.Errors : new Dictionary<string, string>(draft.Errors.Concat(more));
        PreviewHtml = TopicMarkup.ToHtml(draft.Body);
        PreviewIsDraft = true;
        Escaped = draft.Escaped;
    }

    public string? ErrorFor(string field) => Errors.GetValueOrDefault(field);

    private Task<InformationTopic?> FindAsync(string key, string language, CancellationToken cancellationToken) =>
        db.InformationTopics.FirstOrDefaultAsync(t => t.Key == key && t.Language == language, cancellationToken);
}
