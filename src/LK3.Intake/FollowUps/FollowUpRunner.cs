using LK3.Intake.Cases;
using LK3.Intake.Conversations;
using LK3.Intake.Counsellors;
using LK3.Intake.Outbox;
using Microsoft.EntityFrameworkCore;

namespace LK3.Intake.FollowUps;

/// <summary>Does one due follow-up, if its case still needs it. Safe to run twice: a done follow-up does nothing.</summary>
public sealed class FollowUpRunner(IntakeDbContext db, OutboxWriter outbox, CaseAssignment assignment, TimeProvider time)
{
    public async Task RunAsync(int followUpId, CancellationToken cancellationToken)
    {
        var followUp = await db.FollowUps.SingleOrDefaultAsync(f => f.Id == followUpId, cancellationToken);
        if (followUp is not { Status: FollowUpStatus.Scheduled }) return;

        var about = FollowUp.StageFor(followUp.Kind);
        switch (followUp.Kind)
        {
            case FollowUpKind.OfferTimeout when followUp.OfferId is { } offerId:
                await assignment.LapseAsync(offerId, cancellationToken);
                break;
            case FollowUpKind.FirstContactReminder:
                await RemindCounsellorAsync(followUp.CaseId, CounsellorTexts.FirstContactReminder, c => c.Stage == about, cancellationToken);
                break;
            case FollowUpKind.MonitoringCheckIn or FollowUpKind.FollowUpCareCheckIn:
                await CheckInWithFamilyAsync(followUp.CaseId, about!.Value, cancellationToken);
                break;
            case FollowUpKind.CounsellorFollowUp:
                await RemindCounsellorAsync(followUp.CaseId, CounsellorTexts.FollowUpDue, c => c.Stage != CaseStage.Closed, cancellationToken);
                break;
        }
        followUp.Status = FollowUpStatus.Done;
        followUp.DoneAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The ids of the follow-ups whose time has come.</summary>
    public Task<List<int>> DueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return db.FollowUps.Where(f => f.Status == FollowUpStatus.Scheduled && f.DueAt <= now)
            .OrderBy(f => f.DueAt).Select(f => f.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Asks the family how they are, if the case is still in the stage the check-in belongs to and they can be reached.</summary>
    private async Task CheckInWithFamilyAsync(int caseId, CaseStage stage, CancellationToken cancellationToken)
    {
        var family = await db.Cases
            .Where(c => c.Id == caseId && c.Stage == stage)
            .Join(db.Clients.Where(k => k.UnreachableSince == null), c => c.ClientId, k => k.Id,
                (c, k) => new { c.Year, c.Number, k.Channel, k.ChatId, k.Language })
            .FirstOrDefaultAsync(cancellationToken);
        if (family is null) return;
        var text = ReplyMarkup.Format(ConversationTexts.For(family.Language).CheckIn, new CaseReference(family.Year, family.Number));
        outbox.Add(OutgoingMessage.To(family.Channel, family.ChatId, new Reply(text), time.GetUtcNow(), caseId, MessagePurpose.CheckIn));
    }

    /// <summary>
    /// Reminds the case's counsellor, if the case is still where the reminder is about. The reminder is not tied to
    /// the case as a message, so that a reply to it stays in the counsellor's chat instead of reaching the family.
    /// </summary>
    private async Task RemindCounsellorAsync(
        int caseId, string template, System.Linq.Expressions.Expression<Func<IntakeCase, bool>> stillDue, CancellationToken cancellationToken)
    {
        var reminder = await db.Cases
            .Where(c => c.Id == caseId && c.CounsellorId != null)
            .Where(stillDue)
            .Select(c => new { c.Year, c.Number, c.CounsellorId })
            .FirstOrDefaultAsync(cancellationToken);
        if (reminder is null) return; // the case moved on
        var contact = await db.Counsellors.Where(k => k.Id == reminder.CounsellorId).Contacts().FirstOrDefaultAsync(cancellationToken);
        if (contact is null) return; // nobody to remind in a chat: the web app's queue shows the case
        outbox.Add(OutgoingMessage.To(contact.Channel, contact.ChatId,
            new Reply(ReplyMarkup.Format(template, new CaseReference(reminder.Year, reminder.Number))), time.GetUtcNow()));
    }
}
