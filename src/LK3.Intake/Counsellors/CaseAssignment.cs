using LK3.Intake.Cases;
using LK3.Intake.Clients;
using LK3.Intake.Conversations;
using LK3.Intake.Data;
using LK3.Intake.FollowUps;
using LK3.Intake.Outbox;
using Microsoft.EntityFrameworkCore;

namespace LK3.Intake.Counsellors;

/// <summary>
/// Who gets a new case: the active counsellor with its speciality and the lightest load (ties: the one
/// who waited longest since a case), or for an urgent case the counsellor on duty. They are asked on
/// Telegram or in the web app to accept or decline; a decline goes to the next one, and supervisors hear of what stalls.
/// </summary>
public sealed class CaseAssignment(IntakeDbContext db, OutboxWriter outbox, OfficeHours officeHours, TimeProvider time)
{
    /// <summary>Offers not taken up before the supervisors are told.</summary>
    public const int MissesBeforeSupervisor = 2;

    /// <summary>How long an urgent case waits for an answer, in plain time: danger does not keep office hours.</summary>
    public static readonly TimeSpan UrgentAcceptanceWindow = TimeSpan.FromMinutes(15);

    /// <summary>How long any other case waits for an answer, in office time.</summary>
    public static readonly TimeSpan AcceptanceWindow = TimeSpan.FromHours(4);

    public async Task OfferAsync(IntakeCase intakeCase, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var counsellor = await ChooseAsync(intakeCase, cancellationToken);
        if (counsellor is null)
        {
            await TellSupervisorsAsync(CounsellorTexts.Queued, intakeCase, cancellationToken);
            return;
        }
        var offer = new CaseOffer { CounsellorId = counsellor.Id, OfferedAt = now };
        intakeCase.Offers.Add(offer);
        intakeCase.FollowUps.Add(new FollowUp
        {
            Kind = FollowUpKind.OfferTimeout,
            Offer = offer,
            DueAt = intakeCase.Urgent ? now + UrgentAcceptanceWindow : officeHours.AddOfficeTime(now, AcceptanceWindow),
        });
        counsellor.LastAssignedAt = now;
        // Without Telegram the offer waits in the web app, at the top of every page the counsellor opens.
        if (counsellor.Contact is { } contact)
        {
            offer.Message = Send(contact, new Reply(
                OfferText(intakeCase) + "\n\n" + CounsellorTexts.OfferQuestion,
                [
                    new ReplyButton($"offer:accept:{intakeCase.Reference}", CounsellorTexts.Accept),
                    new ReplyButton($"offer:decline:{intakeCase.Reference}", CounsellorTexts.Decline),
                ]));
        }
    }

    /// <summary>What an offer tells the counsellor about the case: enough to decide, none of the family's words.</summary>
    public static string OfferText(IntakeCase intakeCase) =>
        ReplyMarkup.Format(CounsellorTexts.NewCase, intakeCase.Reference, Texts.Categories[intakeCase.Category],
            intakeCase.Urgent ? CounsellorTexts.Yes : CounsellorTexts.No, Texts.Kecamatans[intakeCase.Kecamatan],
            Texts.ContactMethods[intakeCase.ContactMethod]);

    /// <summary>
    /// The family of an open case reported an emergency: its counsellor is told at once — or, while nobody holds
    /// it, the counsellors on duty; an offer still unanswered gets the urgent window; a case with no offer is offered
    /// to the counsellor on duty; and the supervisors hear of it.
    /// </summary>
    public async Task EscalateAsync(IntakeCase intakeCase, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (intakeCase.CounsellorId is { } counsellorId)
        {
            var contact = await db.Counsellors.Where(c => c.Id == counsellorId).Contacts().SingleOrDefaultAsync(cancellationToken);
            if (contact is not null) Send(contact, new Reply(ReplyMarkup.Format(CounsellorTexts.FamilyEmergency, intakeCase.Reference)));
        }
        else
        {
            // Nobody holds the case yet: whoever is on duty hears of the danger at once, as well as being offered it.
            var onDuty = await db.Counsellors.Where(c => c.Active && c.OnDuty).Contacts().ToListAsync(cancellationToken);
            foreach (var contact in onDuty) Send(contact, new Reply(ReplyMarkup.Format(CounsellorTexts.FamilyEmergency, intakeCase.Reference)));
            var windows = await db.FollowUps
                .Where(f => f.CaseId == intakeCase.Id && f.Kind == FollowUpKind.OfferTimeout && f.Status == FollowUpStatus.Scheduled)
                .ToListAsync(cancellationToken);
            foreach (var window in windows.Where(w => w.DueAt > now + UrgentAcceptanceWindow)) window.DueAt = now + UrgentAcceptanceWindow;
            if (windows.Count == 0)
            {
                await db.Entry(intakeCase).Collection(c => c.Offers).LoadAsync(cancellationToken);
                await OfferAsync(intakeCase, cancellationToken);
            }
        }
        await TellSupervisorsAsync(CounsellorTexts.FamilyEmergencySupervisor, intakeCase, cancellationToken);
    }

    /// <summary>The counsellor takes the case offered to them; the family is told who will contact them.</summary>
    public async Task<Reply> AcceptAsync(Counsellor counsellor, CaseReference reference, CancellationToken cancellationToken)
    {
        var (intakeCase, offer) = await FindOfferAsync(counsellor, reference, cancellationToken);
        if (intakeCase is null || offer is null) return new Reply(ReplyMarkup.Format(CounsellorTexts.OfferGone, reference));

        await AnswerAsync(offer, intakeCase, OfferStatus.Accepted, cancellationToken);
        return await HandOverAsync(intakeCase, counsellor, CounsellorTexts.Accepted, cancellationToken);
    }

    /// <summary>Staff give the case to a counsellor of their choosing (reassignment): offers still open are withdrawn.</summary>
    public async Task AssignAsync(IntakeCase intakeCase, Counsellor counsellor, CancellationToken cancellationToken)
    {
        foreach (var offer in await db.CaseOffers.Where(o => o.CaseId == intakeCase.Id && o.Status == OfferStatus.Pending).ToListAsync(cancellationToken))
        {
            await AnswerAsync(offer, intakeCase, offer.CounsellorId == counsellor.Id ? OfferStatus.Accepted : OfferStatus.Withdrawn, cancellationToken);
        }
        counsellor.LastAssignedAt = time.GetUtcNow();
        var handOver = await HandOverAsync(intakeCase, counsellor, CounsellorTexts.Assigned, cancellationToken);
        if (counsellor.Contact is { } contact) Send(contact, handOver);
    }

    /// <summary>
    /// The case becomes the counsellor's: the family is told who will contact them, and the counsellor gets
    /// what they need to call (who needs help, the family's own words, the number).
    /// </summary>
    private async Task<Reply> HandOverAsync(IntakeCase intakeCase, Counsellor counsellor, string headline, CancellationToken cancellationToken)
    {
        intakeCase.CounsellorId = counsellor.Id;
        if (intakeCase.Stage == CaseStage.InitialContact)
        {
            intakeCase.FollowUps.Add(new FollowUp { Kind = FollowUpKind.FirstContactReminder, DueAt = officeHours.NextWorkingDay(time.GetUtcNow()) });
        }
        var client = await db.Clients.SingleAsync(c => c.Id == intakeCase.ClientId, cancellationToken);
        var familyTexts = ConversationTexts.For(client.Language);
        var assigned = ReplyMarkup.Format(familyTexts.CounsellorAssigned, counsellor.DisplayName, intakeCase.Reference);
        Notify(client.Channel, client.ChatId, new Reply(assigned), intakeCase.Id);

        List<string> lines =
        [
            ReplyMarkup.Format(headline, intakeCase.Reference),
            ReplyMarkup.Format(CounsellorTexts.AcceptedDetails, Texts.Recipients[intakeCase.Recipient], intakeCase.Description),
        ];
        if (intakeCase.ContactPhone is { } phone) lines.Add(ReplyMarkup.Format(CounsellorTexts.AcceptedPhone, phone));
        if (intakeCase.ContactNote is { } note) lines.Add(ReplyMarkup.Format(CounsellorTexts.ContactNote, note));
        return new Reply(string.Join("\n", lines));
    }

    /// <summary>The counsellor passes on the case: it is offered to the next one.</summary>
    public async Task<Reply> DeclineAsync(Counsellor counsellor, CaseReference reference, CancellationToken cancellationToken)
    {
        var (intakeCase, offer) = await FindOfferAsync(counsellor, reference, cancellationToken);
        if (intakeCase is null || offer is null) return new Reply(ReplyMarkup.Format(CounsellorTexts.OfferGone, reference));

        await PassOnAsync(intakeCase, offer, OfferStatus.Declined, cancellationToken);
        return new Reply(ReplyMarkup.Format(CounsellorTexts.Declined, intakeCase.Reference));
    }

    /// <summary>The acceptance window closed on an offer still unanswered: the counsellor is told and the next one asked.</summary>
    public async Task LapseAsync(int offerId, CancellationToken cancellationToken)
    {
        var offer = await db.CaseOffers.SingleAsync(o => o.Id == offerId, cancellationToken);
        if (offer.Status != OfferStatus.Pending) return;
        var intakeCase = await db.Cases.Include(c => c.Offers).SingleAsync(c => c.Id == offer.CaseId, cancellationToken);
        var contact = await db.Counsellors.Where(c => c.Id == offer.CounsellorId).Contacts().SingleOrDefaultAsync(cancellationToken);
        // The offer's own message now says so too, but an edit makes no sound: this one does.
        if (contact is not null) Send(contact, new Reply(ReplyMarkup.Format(CounsellorTexts.Lapsed, intakeCase.Reference)));
        await PassOnAsync(intakeCase, offer, OfferStatus.Lapsed, cancellationToken);
    }

    private async Task PassOnAsync(IntakeCase intakeCase, CaseOffer offer, OfferStatus status, CancellationToken cancellationToken)
    {
        await AnswerAsync(offer, intakeCase, status, cancellationToken);
        var misses = intakeCase.Offers.Count(o => o.Status is OfferStatus.Declined or OfferStatus.Lapsed);
        if (misses == MissesBeforeSupervisor) await TellSupervisorsAsync(CounsellorTexts.Missed, intakeCase, cancellationToken, misses);
        await OfferAsync(intakeCase, cancellationToken);
    }

    /// <summary>
    /// Settles the offer, and edits its Telegram message to say what became of it: its buttons go, so a message that is
    /// done looks done. The web app's list reads the same status.
    /// </summary>
    private async Task AnswerAsync(CaseOffer offer, IntakeCase intakeCase, OfferStatus status, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        offer.Status = status;
        offer.AnsweredAt = now;
        if (offer.MessageId is not { } messageId) return;
        // The edit goes where the offer went, even if the counsellor has linked another chat since.
        var offered = await db.OutgoingMessages.Where(m => m.Id == messageId)
            .Select(m => new ChannelAddress(m.Channel, m.ChatId)).FirstOrDefaultAsync(cancellationToken);
        if (offered is null) return;
        var outcome = status switch
        {
            OfferStatus.Accepted => ReplyMarkup.Format(CounsellorTexts.OfferAccepted, OfficeTime.Show(now)),
            OfferStatus.Declined => CounsellorTexts.OfferDeclined,
            OfferStatus.Lapsed => CounsellorTexts.OfferLapsed,
            _ => CounsellorTexts.OfferWithdrawn,
        };
        var edit = Send(offered, new Reply(OfferText(intakeCase) + "\n\n" + outcome));
        edit.EditOf = messageId;
    }

    private async Task<Counsellor?> ChooseAsync(IntakeCase intakeCase, CancellationToken cancellationToken)
    {
        var alreadyAsked = intakeCase.Offers.Select(o => o.CounsellorId).ToList();
        var candidates = await Candidates.For(db)(db, alreadyAsked, intakeCase.Urgent, intakeCase.Category).ToListAsync(cancellationToken);
        return candidates
            // Someone in danger is not turned away because the counsellor on duty is busy.
            .Where(c => intakeCase.Urgent || c.Load < c.Counsellor.MaxOpenCases)
            .OrderBy(c => c.Load)
            .ThenBy(c => c.Counsellor.LastAssignedAt ?? DateTimeOffset.MinValue)
            .Select(c => c.Counsellor)
            .FirstOrDefault();
    }

    /// <summary>
    /// Who may be offered a case, with their load. Only those an offer reaches: with a linked chat, or with a staff account
    /// that may sign in, where the offer waits at the top of every page they open; anyone else would be offered cases they
    /// never see. Compiled: every case made reads it, and its expression is the largest of a turn's.
    /// </summary>
    private static readonly CompiledPerModel<Func<IntakeDbContext, List<int>, bool, ProblemCategory, IAsyncEnumerable<Candidate>>> Candidates =
        new(() => EF.CompileAsyncQuery((IntakeDbContext db, List<int> alreadyAsked, bool urgent, ProblemCategory category) => db.Counsellors
            .Where(c => c.Active && c.Role == StaffRole.Counsellor && !alreadyAsked.Contains(c.Id))
            .Where(c => c.Contact != null || db.Users.Where(CounsellorQueries.MaySignIn).Any(a => a.CounsellorId == c.Id))
            .Where(c => urgent ? c.OnDuty : c.Specialities.Contains(category))
            .Select(c => new Candidate(
                c,
                db.Cases.Count(k => k.CounsellorId == c.Id && k.Stage != CaseStage.Closed)
                    + db.CaseOffers.Count(o => o.CounsellorId == c.Id && o.Status == OfferStatus.Pending)))));

    private sealed record Candidate(Counsellor Counsellor, int Load);

    private async Task<(IntakeCase? Case, CaseOffer? Offer)> FindOfferAsync(Counsellor counsellor, CaseReference reference, CancellationToken cancellationToken)
    {
        var intakeCase = await db.Cases.Include(c => c.Offers)
            .WithReference(reference).FirstOrDefaultAsync(cancellationToken);
        var offer = intakeCase?.Offers.FirstOrDefault(o => o.CounsellorId == counsellor.Id && o.Status == OfferStatus.Pending);
        return (intakeCase, offer);
    }

    private async Task TellSupervisorsAsync(string template, IntakeCase intakeCase, CancellationToken cancellationToken, int misses = 0)
    {
        var supervisors = await CounsellorQueries.SupervisorChatsAsync(db, cancellationToken);
        var text = ReplyMarkup.Format(template, intakeCase.Reference, Texts.Categories[intakeCase.Category], misses);
        foreach (var supervisor in supervisors) Send(supervisor, new Reply(text));
    }

    private static ConversationTexts Texts => ConversationTexts.Indonesian;

    private OutgoingMessage Send(ChannelAddress to, Reply reply) => outbox.Add(OutgoingMessage.To(to.Channel, to.ChatId, reply, time.GetUtcNow()));

    private void Notify(string channel, string chatId, Reply reply, int caseId) =>
        outbox.Add(OutgoingMessage.To(channel, chatId, reply, time.GetUtcNow(), caseId, MessagePurpose.Notice));

}
