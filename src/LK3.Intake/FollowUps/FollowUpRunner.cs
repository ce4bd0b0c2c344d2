using LK3.Intake.Cases;
using LK3.Intake.Conversations;
using LK3.Intake.Counsellors;
using LK3.Intake.Outbox;
using Microsoft.EntityFrameworkCore;

namespace LK3.Intake.FollowUps;

/// <summary>Does one due follow-up, if its case still needs it. Safe to run twice: a done follow-up does nothing.</summary>
public sealed class FollowUpRunner(IntakeDbContext db, CaseAssignment assignment, TimeProvider time)
{
    public async Task RunAsync(int followUpId, CancellationToken cancellationToken)
    {
        var followUp = await db.FollowUps.SingleOrDefaultAsync(f => f.Id == followUpId, cancellationToken);
        if (followUp is not { Status: FollowUpStatus.Scheduled }) return;

        switch (followUp.Kind)
        {
            case FollowUpKind.OfferTimeout when followUp.OfferId is { } offerId:
                await assignment.LapseAsync(offerId, cancellationToken);
                break;
            case FollowUpKind.FirstContactReminder:
                await RemindCounsellorAsync(followUp.CaseId, CounsellorTexts.FirstContactReminder, c => c.Stage == CaseStage.InitialContact, cancellationToken);
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
        return db.FollowUps.Where(f => f.Status == FollowUpStatus.Scheduled && f.DueAt <= now).OrderBy(f => f.DueAt).Select(f => f.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Reminds the case's counsellor, if the case is still where the reminder is about.</summary>
    private async Task RemindCounsellorAsync(int caseId, string template, System.Linq.Expressions.Expression<Func<IntakeCase, bool>> stillDue, CancellationToken cancellationToken)
    {
        var reminder = await db.Cases
            .Where(c => c.Id == caseId && c.CounsellorId != null)
            .Where(stillDue)
            .Select(c => new { c.Year, c.Number, ChatId = db.Counsellors.Where(k => k.Id == c.CounsellorId).Select(k => k.TelegramChatId).FirstOrDefault() })
            .FirstOrDefaultAsync(cancellationToken);
        if (reminder?.ChatId is null) return; // the case moved on, or nobody to remind
        db.OutgoingMessages.Add(OutgoingMessage.To(CaseAssignment.Channel, reminder.ChatId,
            new Reply(ReplyMarkup.Format(template, new CaseReference(reminder.Year, reminder.Number))), time.GetUtcNow(), caseId));
    }
}
