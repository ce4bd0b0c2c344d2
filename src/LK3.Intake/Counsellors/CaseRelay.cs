using LK3.Intake.Cases;
using LK3.Intake.Clients;
using LK3.Intake.Conversations;
using LK3.Intake.Outbox;
using Microsoft.EntityFrameworkCore;

namespace LK3.Intake.Counsellors;

/// <summary>
/// Carries messages between a family and its counsellor through the bot, both ways kept in the case's
/// transcript. The family sees "Konselor LK3" and the name staff set for families, never the counsellor's own account.
/// </summary>
public sealed class CaseRelay(IntakeDbContext db, OutboxWriter outbox, TimeProvider time)
{
    /// <summary>
    /// Stores what the family wrote and passes it to the counsellor: in their linked chat, and in the web app's queue
    /// (marked unread) in any case. False while the case has no counsellor.
    /// </summary>
    public async Task<bool> FromFamilyAsync(IntakeCase intakeCase, string text, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        intakeCase.Messages.Add(new CaseMessage { Text = text, ReceivedAt = now });
        if (intakeCase.CounsellorId is { } id)
        {
            if (await db.Counsellors.Where(c => c.Id == id).Contacts().SingleOrDefaultAsync(cancellationToken) is { } contact)
            {
                var forwarded = new Reply(ReplyMarkup.Format(CounsellorTexts.FromFamily, intakeCase.Reference, text));
                outbox.Add(OutgoingMessage.To(contact.Channel, contact.ChatId, forwarded, now, intakeCase.Id));
            }
            return true;
        }
        var reply = new Reply(ReplyMarkup.Format(CounsellorTexts.FamilyWaiting, intakeCase.Reference, text));
        // No counsellor yet: the supervisors see it.
        foreach (var supervisor in await CounsellorQueries.SupervisorChatsAsync(db, cancellationToken))
        {
            outbox.Add(OutgoingMessage.To(supervisor.Channel, supervisor.ChatId, reply, now, intakeCase.Id));
        }
        return false;
    }

    /// <summary>Passes the counsellor's answer to the family of a case they hold.</summary>
    public async Task<Reply> FromCounsellorAsync(Counsellor counsellor, int caseId, string text, CancellationToken cancellationToken)
    {
        var intakeCase = await db.Cases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (intakeCase is null || intakeCase.CounsellorId != counsellor.Id) return new Reply(CounsellorTexts.NotYourCase);
        if (text.Length > ConversationLimits.MaxTextLength)
            return new Reply(ReplyMarkup.Format(CounsellorTexts.AnswerTooLong, ConversationLimits.MaxTextLength));

        await ToFamilyAsync(intakeCase, counsellor.DisplayName, counsellor.Id, text, cancellationToken);
        return new Reply(ReplyMarkup.Format(CounsellorTexts.Relayed, intakeCase.Reference));
    }

    /// <summary>
    /// A staff member's answer to the family, through the family's own channel, kept in the transcript; the family sees
    /// "Konselor LK3" and <paramref name="displayName"/>, or, from staff who are no counsellor (null), "Petugas LK3".
    /// </summary>
    public async Task ToFamilyAsync(IntakeCase intakeCase, string? displayName, int? counsellorId, string text, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        intakeCase.Messages.Add(new CaseMessage { Direction = MessageDirection.FromCounsellor, CounsellorId = counsellorId, Text = text, ReceivedAt = now });
        var client = await db.Clients.SingleAsync(c => c.Id == intakeCase.ClientId, cancellationToken);
        var texts = ConversationTexts.For(client.Language);
        var familyText = displayName is null ? ReplyMarkup.Format(texts.StaffMessage, text) : ReplyMarkup.Format(texts.CounsellorMessage, displayName, text);
        outbox.Add(OutgoingMessage.To(client.Channel, client.ChatId, new Reply(familyText), now, intakeCase.Id, MessagePurpose.CounsellorReply));
        // A person has answered: a family the bot could not understand no longer waits for one.
        if (await db.Conversations.FirstOrDefaultAsync(c => c.ClientId == client.Id && c.WantsPersonSince != null, cancellationToken) is { } conversation)
        {
            conversation.WantsPersonSince = null;
        }
    }

    /// <summary>The case a message in the counsellor's chat belongs to, when they answer by replying to it.</summary>
    public Task<int?> CaseOfMessageAsync(ChannelAddress counsellorChat, string messageId, CancellationToken cancellationToken) =>
        db.OutgoingMessages
            .Where(m => m.Channel == counsellorChat.Channel && m.ChatId == counsellorChat.ChatId && m.ExternalMessageId == messageId)
            .Select(m => m.CaseId)
            .FirstOrDefaultAsync(cancellationToken);
}
