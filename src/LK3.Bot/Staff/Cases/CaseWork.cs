using LK3.Intake;
using LK3.Intake.Cases;
using LK3.Intake.Clients;
using LK3.Intake.Conversations;
using LK3.Intake.Counsellors;
using LK3.Intake.FollowUps;
using LK3.Intake.Outbox;
using Microsoft.EntityFrameworkCore;

namespace LK3.Bot.Staff.Cases;

/// <summary>
/// What staff do with cases, for the pages and the API alike: the queue they may see, one case, and
/// moving it on or noting something, each written to the audit log. A case a member may not see is
/// "not found" to them, so its existence is not given away.
/// </summary>
public sealed class CaseWork(
    IntakeDbContext db, AuditLog audit, CaseAssignment assignment, CaseRelay relay, ClientErasure erasure, OfficeHours officeHours, TimeProvider time)
{
    public const int PageSize = 100;

    public async Task<IReadOnlyList<CaseSummary>> QueueAsync(StaffMember member, CaseFilter filter, CancellationToken cancellationToken)
    {
        var cases = Visible(member);
        if (filter.Stage is { } stage) cases = cases.Where(c => c.Stage == stage);
        if (filter.Urgent is { } urgent) cases = cases.Where(c => c.Urgent == urgent);
        if (filter.CounsellorId is { } counsellorId) cases = cases.Where(c => c.CounsellorId == counsellorId);
        if (filter.Category is { } category) cases = cases.Where(c => c.Category == category);
        if (filter.Kecamatan is { } kecamatan) cases = cases.Where(c => c.Kecamatan == kecamatan);
        if (filter.Year is { } year) cases = cases.Where(c => c.Year == year);
        if (filter.Reference is { Length: > 0 } text)
        {
            if (!CaseReference.TryParse(text.Trim(), out var reference)) return [];
            cases = cases.WithReference(reference);
        }
        // Who needs someone now comes first: open cases, urgent ones, families the bot could not understand, those nobody holds, then the longest wait.
        var rows = await cases
            .Select(c => new
            {
                Case = c,
                LastReply = c.Messages.Where(m => m.Direction == MessageDirection.FromCounsellor).Max(m => (DateTimeOffset?)m.ReceivedAt),
            })
            .Select(c => new
            {
                c.Case,
                c.LastReply,
                Unanswered = c.Case.Messages.Count(m => m.Direction == MessageDirection.FromFamily && (c.LastReply == null || m.ReceivedAt > c.LastReply)),
                FirstUnanswered = c.Case.Messages.Where(m => m.Direction == MessageDirection.FromFamily && (c.LastReply == null || m.ReceivedAt > c.LastReply))
                    .Min(m => (DateTimeOffset?)m.ReceivedAt),
            })
            .Select(c => new
            {
                c.Case,
                c.Unanswered,
                WaitingSince = c.Case.Stage == CaseStage.Closed ? null
                    : c.Case.Stage == CaseStage.InitialContact && c.LastReply == null ? c.Case.CreatedAt
                    : c.FirstUnanswered,
                WantsPersonSince = c.Case.Stage == CaseStage.Closed ? null
                    : db.Conversations.Where(v => v.ClientId == c.Case.ClientId).Select(v => v.WantsPersonSince).FirstOrDefault(),
            })
            .OrderBy(c => c.Case.Stage == CaseStage.Closed)
            .ThenByDescending(c => c.Case.Urgent)
            .ThenByDescending(c => c.WantsPersonSince != null)
            .ThenByDescending(c => c.Case.CounsellorId == null)
            .ThenBy(c => c.WaitingSince == null)
            .ThenBy(c => c.WaitingSince)
            .ThenByDescending(c => c.Case.Id)
            .Take(PageSize)
            .Select(c => new
            {
                c.Case.Year, c.Case.Number, c.Case.Stage, c.Case.Urgent, c.Case.Category, c.Case.Kecamatan, c.Case.Channel, c.Case.CreatedAt,
                c.Case.Description, c.Case.ContactMethod, c.Case.ContactPhone, c.Case.ContactNote,
                Counsellor = db.Counsellors.Where(k => k.Id == c.Case.CounsellorId).Select(k => k.Name).FirstOrDefault(),
                OfferedTo = db.CaseOffers.Where(o => o.CaseId == c.Case.Id && o.Status == OfferStatus.Pending)
                    .Join(db.Counsellors, o => o.CounsellorId, k => k.Id, (o, k) => k.Name).FirstOrDefault(),
                c.WaitingSince, c.Unanswered, c.WantsPersonSince,
            })
            .ToListAsync(cancellationToken);
        return
        [
            .. rows.Select(r => new CaseSummary(
                new CaseReference(r.Year, r.Number).ToString(), r.Stage, r.Urgent, r.Category, r.Kecamatan, r.Channel, r.Counsellor, r.CreatedAt,
                CaseSummary.FirstLine(r.Description), r.WaitingSince, r.Unanswered, r.OfferedTo, r.WantsPersonSince,
                // How to reach a family is for the work still to do: a closed case's number and note stay on its own (audited) page.
                r.ContactMethod, r.Stage == CaseStage.Closed ? null : r.ContactPhone, r.Stage == CaseStage.Closed ? null : r.ContactNote)),
        ];
    }

    /// <summary>
    /// Families the bot told a person would answer that have no open case, longest waiting first: shown to supervisors and
    /// admins, whom no case brings them to.
    /// </summary>
    public async Task<IReadOnlyList<WaitingConversation>> WantingAPersonAsync(StaffMember member, CancellationToken cancellationToken)
    {
        if (!member.SeesAllCases) return [];
        var waiting = await db.Conversations
            .Where(v => v.WantsPersonSince != null && !db.Cases.Any(c => c.ClientId == v.ClientId && c.Stage != CaseStage.Closed))
            .Join(db.Clients, v => v.ClientId, k => k.Id, (v, k) => new { v.ClientId, k.Channel, k.Language, Since = v.WantsPersonSince!.Value })
            .ToListAsync(cancellationToken);
        return [.. waiting.OrderBy(w => w.Since).Select(w => new WaitingConversation(w.ClientId, w.Channel, w.Language, w.Since))];
    }

    /// <summary>A supervisor or admin took care of a family waiting for a person (by phone, say): it leaves the list.</summary>
    public async Task<bool> PersonAttendedAsync(StaffMember member, int clientId, CancellationToken cancellationToken)
    {
        if (!member.SeesAllCases) return false;
        var waiting = await db.Conversations.Where(v => v.ClientId == clientId && v.WantsPersonSince != null)
            .Join(db.Clients, v => v.ClientId, k => k.Id, (v, k) => new { Conversation = v, k.Channel })
            .FirstOrDefaultAsync(cancellationToken);
        if (waiting is null) return false;
        waiting.Conversation.WantsPersonSince = null;
        audit.Record(member, "conversation.person-attended", null, StaffFormat.Channel(waiting.Channel));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The whole case, its view written to the audit log; null when there is none the member may see.</summary>
    public async Task<IntakeCase?> OpenAsync(StaffMember member, string reference, CancellationToken cancellationToken)
    {
        var intakeCase = await FindAsync(member, reference, cancellationToken);
        if (intakeCase is null) return null;
        audit.Record(member, "case.view", intakeCase.Id);
        await db.SaveChangesAsync(cancellationToken);
        return intakeCase;
    }

    /// <summary>Moves the case by <paramref name="trigger"/>; the workflow refuses what the member may not do.</summary>
    /// <exception cref="CaseTransitionRefusedException">Not allowed from this stage, or not by this member.</exception>
    public async Task<IntakeCase?> MoveAsync(
        StaffMember member, string reference, CaseTrigger trigger, string? note, int? referralPartnerId, CancellationToken cancellationToken)
    {
        var intakeCase = await FindAsync(member, reference, cancellationToken);
        if (intakeCase is null) return null;
        var from = intakeCase.Stage;
        var workflow = new CaseWorkflow(intakeCase, officeHours, time);
        var actor = member.ActorFor(intakeCase);
        switch (trigger)
        {
            case CaseTrigger.Advance: workflow.Advance(actor, note); break;
            case CaseTrigger.Terminate: workflow.Terminate(actor, note ?? ""); break;
            case CaseTrigger.Reopen: workflow.Reopen(actor, note ?? ""); break;
            case CaseTrigger.Refer: workflow.Refer(actor, referralPartnerId ?? 0, note); break;
        }
        audit.Record(member, "case.move", intakeCase.Id, await DescribeMoveAsync(trigger, from, intakeCase, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return intakeCase;
    }

    public async Task<CaseNote?> AddNoteAsync(StaffMember member, string reference, string text, CancellationToken cancellationToken)
    {
        var intakeCase = await FindAsync(member, reference, cancellationToken);
        if (intakeCase is null) return null;
        var note = new CaseNote { AuthorName = member.Name, Text = text.Trim(), At = time.GetUtcNow() };
        intakeCase.Notes.Add(note);
        audit.Record(member, "case.note", intakeCase.Id);
        await db.SaveChangesAsync(cancellationToken);
        return note;
    }

    /// <summary>Sends a message to the family through its own channel; for those who work on the case.</summary>
    public async Task<CaseWorkResult> ReplyAsync(StaffMember member, string reference, string text, CancellationToken cancellationToken)
    {
        var intakeCase = await FindAsync(member, reference, cancellationToken);
        if (intakeCase is null) return CaseWorkResult.NotFound;
        if (!member.ActorFor(intakeCase).MayWorkOnCase) return CaseWorkResult.Refused("Hanya konselor kasus ini, supervisor atau admin yang bisa membalas.");
        if (string.IsNullOrWhiteSpace(text) || text.Length > ConversationLimits.MaxTextLength)
            return CaseWorkResult.Refused($"Pesan harus berisi 1 sampai {ConversationLimits.MaxTextLength} karakter.");
        // Signed with the name staff set for families, never the account's name ("Admin"); staff who are no counsellor sign as the office.
        var displayName = member.CounsellorId is { } counsellorId
            ? await db.Counsellors.Where(c => c.Id == counsellorId).Select(c => c.DisplayName).FirstOrDefaultAsync(cancellationToken)
            : null;
        await relay.ToFamilyAsync(intakeCase, displayName, member.CounsellorId, text.Trim(), cancellationToken);
        audit.Record(member, "case.reply", intakeCase.Id);
        await db.SaveChangesAsync(cancellationToken);
        return CaseWorkResult.Done;
    }

    /// <summary>A reminder for the case's counsellor on a day (at opening time without an hour), in office time.</summary>
    public async Task<CaseWorkResult> ScheduleFollowUpAsync(
        StaffMember member, string reference, DateOnly day, TimeOnly? hour, CancellationToken cancellationToken)
    {
        var intakeCase = await FindAsync(member, reference, cancellationToken);
        if (intakeCase is null) return CaseWorkResult.NotFound;
        if (!member.ActorFor(intakeCase).MayWorkOnCase || intakeCase.Stage == CaseStage.Closed)
            return CaseWorkResult.Refused("Tindak lanjut tidak bisa dijadwalkan untuk kasus ini.");
        var due = OfficeHours.At(day, hour ?? officeHours.Opens);
        if (due <= time.GetUtcNow()) return CaseWorkResult.Refused("Tanggal tindak lanjut sudah lewat.");
        intakeCase.FollowUps.Add(new FollowUp { Kind = FollowUpKind.CounsellorFollowUp, DueAt = due });
        audit.Record(member, "case.follow-up", intakeCase.Id, StaffFormat.When(due));
        await db.SaveChangesAsync(cancellationToken);
        return CaseWorkResult.Done;
    }

    /// <summary>Gives the case to another counsellor: a supervisor's or an admin's decision.</summary>
    public async Task<CaseWorkResult> ReassignAsync(StaffMember member, string reference, int counsellorId, CancellationToken cancellationToken)
    {
        var intakeCase = await FindAsync(member, reference, cancellationToken);
        if (intakeCase is null) return CaseWorkResult.NotFound;
        if (!member.SeesAllCases) return CaseWorkResult.Refused("Hanya supervisor atau admin yang bisa menyerahkan kasus.");
        var counsellor = await db.Counsellors.FirstOrDefaultAsync(c => c.Id == counsellorId && c.Active, cancellationToken);
        if (counsellor is null || intakeCase.Stage == CaseStage.Closed) return CaseWorkResult.Refused("Konselor itu tidak aktif, atau kasus sudah selesai.");
        if (intakeCase.CounsellorId == counsellor.Id) return CaseWorkResult.Done;
        var before = intakeCase.CounsellorId is { } beforeId
            ? await db.Counsellors.Where(c => c.Id == beforeId).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
        await assignment.AssignAsync(intakeCase, counsellor, cancellationToken);
        audit.Record(member, "case.reassign", intakeCase.Id,
            before is null ? $"kepada {counsellor.Name}; sebelumnya belum ada konselor" : $"dari {before} kepada {counsellor.Name}");
        await db.SaveChangesAsync(cancellationToken);
        return CaseWorkResult.Done;
    }

    /// <summary>
    /// Erases the family's data on a request made another way (by phone, at the office): a supervisor's or an
    /// admin's decision, in one transaction, audited without what was erased.
    /// </summary>
    public async Task<CaseWorkResult> EraseFamilyAsync(StaffMember member, string reference, CancellationToken cancellationToken)
    {
        var intakeCase = await FindAsync(member, reference, cancellationToken);
        if (intakeCase is null) return CaseWorkResult.NotFound;
        if (!member.SeesAllCases) return CaseWorkResult.Refused("Hanya supervisor atau admin yang bisa menghapus data keluarga.");
        var clientId = intakeCase.ClientId;
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await erasure.EraseAsync(clientId, new ErasureRequester(member.UserId, member.Name, intakeCase.Id), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        return CaseWorkResult.Done;
    }

    /// <summary>Whether the member may see the case (the erasure's confirmation names only its reference).</summary>
    public async Task<bool> IsVisibleAsync(StaffMember member, string reference, CancellationToken cancellationToken) =>
        CaseReference.TryParse(reference, out var parsed) && await Visible(member).WithReference(parsed).AnyAsync(cancellationToken);

    /// <summary>Messages to the family that did not go, or wait for them to write (WhatsApp's 24 hours), and why.</summary>
    public Task<List<UndeliveredMessage>> UndeliveredAsync(int caseId, CancellationToken cancellationToken) =>
        db.OutgoingMessages
            .Where(m => m.CaseId == caseId && (m.Status == DeliveryStatus.Failed || m.Status == DeliveryStatus.Held))
            .OrderBy(m => m.Id)
            .Select(m => new UndeliveredMessage(m.Status, m.Purpose, m.FailureReason, m.CreatedAt))
            .ToListAsync(cancellationToken);

    /// <summary>A move in words for the audit log: "dari tahap kontak awal ke identifikasi kasus", "dirujuk ke Polres Bontang".</summary>
    private async Task<string> DescribeMoveAsync(CaseTrigger trigger, CaseStage from, IntakeCase intakeCase, CancellationToken cancellationToken)
    {
        var stages = ConversationTexts.Indonesian.Stages;
        var moved = $"dari tahap {stages[from]} ke {stages[intakeCase.Stage]}";
        return trigger switch
        {
            CaseTrigger.Refer when intakeCase.ReferralPartnerId is { } partnerId =>
                $"{moved}; dirujuk ke {await db.ReferralPartners.Where(p => p.Id == partnerId).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken)}",
            CaseTrigger.Terminate => $"{moved}; kasus diakhiri",
            CaseTrigger.Reopen => $"{moved}; kasus dibuka lagi",
            _ => moved,
        };
    }

    /// <summary>The triggers the member may fire on the case now: the buttons to show.</summary>
    public IReadOnlyList<CaseTrigger> PermittedMoves(StaffMember member, IntakeCase intakeCase) =>
        new CaseWorkflow(intakeCase, officeHours, time).PermittedTriggers(member.ActorFor(intakeCase));

    /// <summary>The moves allowed on the case now, without opening it (nothing audited); null when the member may not see it.</summary>
    public async Task<IReadOnlyList<CaseTrigger>?> PermittedMovesAsync(StaffMember member, string reference, CancellationToken cancellationToken) =>
        await FindAsync(member, reference, cancellationToken) is { } intakeCase ? PermittedMoves(member, intakeCase) : null;

    private IQueryable<IntakeCase> Visible(StaffMember member) =>
        member.SeesAllCases ? db.Cases : db.Cases.Where(c => c.CounsellorId != null && c.CounsellorId == member.CounsellorId);

    private async Task<IntakeCase?> FindAsync(StaffMember member, string reference, CancellationToken cancellationToken) =>
        CaseReference.TryParse(reference, out var parsed)
            ? await Visible(member).WithReference(parsed)
                .Include(c => c.Messages).Include(c => c.Transitions).Include(c => c.Notes).Include(c => c.FollowUps)
                .AsSplitQuery()
                .FirstOrDefaultAsync(cancellationToken)
            : null;
}
