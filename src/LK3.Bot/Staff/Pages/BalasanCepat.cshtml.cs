using LK3.Intake;
using LK3.Intake.Cases;
using LK3.Intake.Conversations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LK3.Bot.Staff.Pages;

/// <summary>The saved answers staff send to families in one step: kept by supervisors and admins.</summary>
[Authorize(Policy = StaffApp.LeadsPolicy)]
public sealed class BalasanCepatModel(IntakeDbContext db, AuditLog audit, TimeProvider time) : PageModel
{
    public IReadOnlyList<QuickReply> Replies { get; private set; } = [];
    public QuickReply? Editing { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        Replies = await db.QuickReplies.OrderBy(q => q.Title).ToListAsync(cancellationToken);
        Editing = id is null ? null : Replies.FirstOrDefault(q => q.Id == id);
        return id is not null && Editing is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, string? title, string? text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(title) || title.Length > QuickReply.MaxTitleLength
            || string.IsNullOrWhiteSpace(text) || text.Length > ConversationLimits.MaxTextLength)
        {
            Message = $"Judul 1–{QuickReply.MaxTitleLength} karakter dan isi 1–{ConversationLimits.MaxTextLength} karakter.";
            return RedirectToPage(new { id });
        }
        var reply = id is null ? null : await db.QuickReplies.FirstOrDefaultAsync(q => q.Id == id, cancellationToken);
        if (id is not null && reply is null) return NotFound();
        if (reply is null)
        {
            reply = new QuickReply { Title = "", Text = "" };
            db.QuickReplies.Add(reply);
        }
        reply.Title = title.Trim();
        reply.Text = text.Trim();
        reply.UpdatedAt = time.GetUtcNow();
        audit.Record(StaffMember.From(User), id is null ? "quick-reply.create" : "quick-reply.update", null, reply.Title);
        await db.SaveChangesAsync(cancellationToken);
        Message = "Balasan cepat disimpan.";
        return RedirectToPage(new { id = (int?)null });
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        var reply = await db.QuickReplies.FirstOrDefaultAsync(q => q.Id == id, cancellationToken);
        if (reply is null) return NotFound();
        db.QuickReplies.Remove(reply);
        audit.Record(StaffMember.From(User), "quick-reply.delete", null, reply.Title);
        await db.SaveChangesAsync(cancellationToken);
        Message = "Balasan cepat dihapus.";
        return RedirectToPage(new { id = (int?)null });
    }
}
