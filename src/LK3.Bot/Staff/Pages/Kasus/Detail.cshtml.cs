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
/// One case, the family first: their story and intake answers, the conversation with the reply box under it; then what the
/// member may do now (move it, refer it, schedule a follow-up, hand it to another counsellor), the timeline and notes; and
/// last, for supervisors and admins, the way to erase the family's data (<see cref="KasusHapusModel"/>).
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

    /// <summary>The partner the case was referred to, while it is referred or after.</summary>
    public string? ReferralPartner => Partners.FirstOrDefault(p => p.Id == Case?.ReferralPartnerId).Name;

    /// <summary>Since when the family waits for a person after the bot did not understand it; null when it does not.</summary>
    public DateTimeOffset? WantsPersonSince { get; private set; }

    /// <summary>The family's messages since the last staff reply.</summary>
    public int Unread { get; private set; }

    /// <summary>Who the family sees as the sender of this member's replies.</summary>
    public string Signature { get; private set; } = "";

    private IReadOnlyDictionary<int, string> _displayNames = new Dictionary<int, string>();
    public StaffMember Member => StaffMember.From(User);

    [TempData]
    public string? Message { get; set; }

    /// <summary>The heading of the part of the page just used: the page opens there again, with its message, not at the top.</summary>
    [TempData]
    public string? Section { get; set; }

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken)
    {
        Case = await work.OpenAsync(Member, reference, cancellationToken);
        if (Case is null) return CaseNotFound();
        AllowedMoves = work.PermittedMoves(Member, Case);
        Partners =
        [
            .. (await db.ReferralPartners.OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken))
                .Select(p => (p.Id, p.Name)),
        ];
        Counsellors = Member.SeesAllCases
            ? [.. (await db.Counsellors.Where(c => c.Active).OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken))
                .Select(c => (c.Id, c.Name))]
            : [];
        CounsellorName = Case.CounsellorId is { } id
            ? await db.Counsellors.Where(c => c.Id == id).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
        WantsPersonSince = await db.Conversations.Where(v => v.ClientId == Case.ClientId)
            .Select(v => v.WantsPersonSince).FirstOrDefaultAsync(cancellationToken);
        var writers = Case.Messages.Select(m => m.CounsellorId).OfType<int>().Append(Member.CounsellorId ?? 0).Distinct().ToList();
        _displayNames = await db.Counsellors.Where(c => writers.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.DisplayName, cancellationToken);
        Signature = Member.CounsellorId is { } own && _displayNames.TryGetValue(own, out var name) ? $"Konselor LK3 ({name})" : "Petugas LK3";
        var lastReply = Case.Messages.Where(m => m.Direction == MessageDirection.FromCounsellor).Select(m => (DateTimeOffset?)m.ReceivedAt).Max();
        Unread = Case.Messages.Count(m => m.Direction == MessageDirection.FromFamily && (lastReply is null || m.ReceivedAt > lastReply));
        QuickReplies = await db.QuickReplies.OrderBy(q => q.Title).ToListAsync(cancellationToken);
        Undelivered = await work.UndeliveredAsync(Case.Id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostMoveAsync(string reference, CaseTrigger trigger, string? note, int? partnerId, CancellationToken cancellationToken)
    {
        try
        {
            var moved = await work.MoveAsync(Member, reference, trigger, note, partnerId, cancellationToken);
            if (moved is null) return CaseNotFound();
            Message = $"Tahap sekarang: {ConversationTexts.Indonesian.Stages[moved.Stage]}.";
        }
        catch (CaseTransitionRefusedException)
        {
            Message = "Langkah itu tidak bisa diambil sekarang.";
        }
        return Back(reference, MovesSection);
    }

    public async Task<IActionResult> OnPostNoteAsync(string reference, string? text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > CaseNote.MaxLength)
        {
            Message = $"Catatan harus berisi 1 sampai {CaseNote.MaxLength} karakter.";
            return Back(reference, NotesSection);
        }
        if (await work.AddNoteAsync(Member, reference, text, cancellationToken) is null) return CaseNotFound();
        Message = "Catatan disimpan.";
        return Back(reference, NotesSection);
    }

    public async Task<IActionResult> OnPostReplyAsync(string reference, string? text, int? quickReplyId, CancellationToken cancellationToken)
    {
        if (quickReplyId is { } id) text = await db.QuickReplies.Where(q => q.Id == id).Select(q => q.Text).FirstOrDefaultAsync(cancellationToken);
        return Outcome(await work.ReplyAsync(Member, reference, text ?? "", cancellationToken), reference, "Pesan dikirim kepada keluarga.",
            ConversationSection);
    }

    public async Task<IActionResult> OnPostFollowUpAsync(string reference, DateOnly? day, TimeOnly? hour, CancellationToken cancellationToken)
    {
        if (day is null)
        {
            Message = "Pilih tanggal tindak lanjut.";
            return Back(reference, FollowUpSection);
        }
        return Outcome(await work.ScheduleFollowUpAsync(Member, reference, day.Value, hour, cancellationToken), reference, "Tindak lanjut dijadwalkan.",
            FollowUpSection);
    }

    public async Task<IActionResult> OnPostReassignAsync(string reference, int counsellorId, CancellationToken cancellationToken) =>
        Outcome(await work.ReassignAsync(Member, reference, counsellorId, cancellationToken), reference,
            "Kasus diserahkan; konselor dan keluarga sudah diberi tahu.", section: null);

    /// <summary>Who wrote a message of the transcript, as the family saw it.</summary>
    public string Author(CaseMessage message) => message switch
    {
        { Direction: MessageDirection.FromFamily } => "Keluarga",
        { CounsellorId: { } id } when _displayNames.TryGetValue(id, out var name) => $"Konselor ({name})",
        _ => "Petugas LK3",
    };

    public static string FollowUpLabel(FollowUpKind kind) => kind switch
    {
        FollowUpKind.FirstContactReminder => "pengingat kontak pertama untuk konselor",
        FollowUpKind.MonitoringCheckIn or FollowUpKind.FollowUpCareCheckIn => "bot menanyakan kabar keluarga",
        _ => "pengingat tindak lanjut untuk konselor",
    };

    public string MoveLabel(CaseTrigger trigger) => trigger switch
    {
        CaseTrigger.Advance when NextStage is { } next => $"Lanjut ke {next}",
        CaseTrigger.Refer => "Rujuk",
        CaseTrigger.Terminate => "Akhiri kasus",
        CaseTrigger.Reopen => "Buka lagi",
        _ => trigger.ToString(),
    };

    /// <summary>Asked in the browser before the one tap that moves the case on, which nothing takes back.</summary>
    public string AdvanceQuestion => $"Pindahkan {Case?.Reference} ke tahap {NextStage}? Langkah ini tidak bisa dibatalkan.";

    private string? NextStage => Case is { Stage: < CaseStage.Closed } c ? ConversationTexts.Indonesian.Stages[c.Stage + 1] : null;

    public const string ConversationSection = "percakapan-judul";
    public const string MovesSection = "langkah-judul";
    public const string FollowUpSection = "tindak-lanjut-judul";
    public const string NotesSection = "catatan-judul";

    private IActionResult Outcome(CaseWorkResult result, string reference, string done, string? section)
    {
        if (!result.Found) return CaseNotFound();
        Message = result.Refusal ?? done;
        // A refusal is read at the top: the section it came from may not be shown for this case.
        return Back(reference, result.Refusal is null ? section : null);
    }

    /// <summary>
    /// An Indonesian page, not the API's problem details: a counsellor follows an old link, or acts on a case handed to a
    /// colleague meanwhile.
    /// </summary>
    private static PageResult CaseNotFound() => new() { StatusCode = StatusCodes.Status404NotFound };

    private RedirectToPageResult Back(string reference, string? section)
    {
        Section = section;
        return RedirectToPage(pageName: null, pageHandler: null, routeValues: new { reference }, fragment: section);
    }
}
