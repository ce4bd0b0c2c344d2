using System.Globalization;
using LK3.Intake.Broadcasts;
using LK3.Intake.Cases;
using LK3.Intake.FollowUps;
using LK3.Intake.Inbox;
using LK3.Intake.Outbox;
using Microsoft.EntityFrameworkCore;

namespace LK3.Intake.Clients;

/// <summary>
/// Erases what a family told LK3 and how to reach them (UU PDP's right to erasure): their chat is forgotten,
/// free texts and contact details are removed from every table, and their cases keep only what the yearly
/// figures count (category, kecamatan, stage, dates). Nothing of what was erased is kept, not even in the audit.
/// </summary>
public sealed class ClientErasure(IntakeDbContext db, TimeProvider time)
{
    public const string Erased = "[dihapus]";

    /// <summary>
    /// Erases the client's data in the current transaction; the caller saves. The audit says who asked and how many
    /// cases were anonymised, nothing of what was erased. Returns that number.
    /// </summary>
    public async Task<int> EraseAsync(int clientId, ErasureRequester requester, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        // What this turn has loaded of the family is changed in the database below, not through these entities.
        foreach (var entry in db.ChangeTracker.Entries()
            .Where(e => e.Entity is Conversations.Conversation or Subscription or IntakeCase or CaseMessage or CaseNote or CaseTransition or FollowUp)
            .ToList())
        {
            entry.State = EntityState.Detached;
        }
        var client = await db.Clients.SingleAsync(c => c.Id == clientId, cancellationToken);
        client.Conversation = null; // deleted below; the detached entity must not be saved again through the client
        var (channel, chatId) = (client.Channel, client.ChatId);

        // The chat is forgotten: if the family writes again, they start afresh as someone new.
        client.ChatId = $"erased-{client.Id.ToString(CultureInfo.InvariantCulture)}";
        client.UnreachableSince ??= now;
        db.ConsentRecords.Add(new ConsentRecord
        {
            ClientId = client.Id,
            Granted = false,
            NoticeVersion = Conversations.ConversationTexts.NoticeVersion,
            Language = client.Language,
            RecordedAt = now,
        });

        var caseIds = await db.Cases.Where(c => c.ClientId == clientId).Select(c => c.Id).ToListAsync(cancellationToken);
        await AnonymiseCasesAsync(caseIds, cancellationToken);

        await db.Conversations.Where(c => c.ClientId == clientId).ExecuteDeleteAsync(cancellationToken);
        await db.Subscriptions.Where(s => s.ClientId == clientId).ExecuteDeleteAsync(cancellationToken);
        await db.BroadcastDeliveries.Where(d => d.ClientId == clientId).ExecuteUpdateAsync(s => s.SetProperty(d => d.ChatId, client.ChatId), cancellationToken);
        await db.ReceivedUpdates.Where(u => u.Channel == channel && u.ChatId == chatId && u.Status != UpdateStatus.Pending)
            .ExecuteDeleteAsync(cancellationToken);
        // Messages the family was sent (they echo what it wrote) and messages about its cases to counsellors; only
        // replies still to be delivered stay, such as the confirmation of this erasure.
        await db.OutgoingMessages.Where(m => m.Status != DeliveryStatus.Pending
            && ((m.Channel == channel && m.ChatId == chatId) || (m.CaseId != null && caseIds.Contains(m.CaseId.Value)))).ExecuteDeleteAsync(cancellationToken);
        db.AuditEntries.Add(new Staff.AuditEntry
        {
            UserId = requester.UserId,
            UserName = requester.Name,
            Action = "client.erase",
            CaseId = requester.CaseId,
            Details = $"{caseIds.Count.ToString(CultureInfo.InvariantCulture)} kasus dianonimkan",
            At = now,
        });
        return caseIds.Count;
    }

    /// <summary>
    /// Keeps of these cases only what the yearly figures count: the family's words, number, transcript, the staff's
    /// notes about them and their pending follow-ups go; messages about them are deleted.
    /// </summary>
    public async Task AnonymiseCasesAsync(IReadOnlyCollection<int> caseIds, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await db.Cases.Where(c => caseIds.Contains(c.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.Description, Erased)
            .SetProperty(c => c.ContactPhone, (string?)null)
            .SetProperty(c => c.ContactNote, (string?)null)
            .SetProperty(c => c.AnonymisedAt, c => c.AnonymisedAt ?? now), cancellationToken);
        await db.CaseMessages.Where(m => caseIds.Contains(m.CaseId)).ExecuteDeleteAsync(cancellationToken);
        await db.CaseNotes.Where(n => caseIds.Contains(n.CaseId)).ExecuteUpdateAsync(s => s.SetProperty(n => n.Text, Erased), cancellationToken);
        await db.CaseTransitions.Where(t => caseIds.Contains(t.CaseId)).ExecuteUpdateAsync(s => s.SetProperty(t => t.Note, (string?)null), cancellationToken);
        await db.FollowUps.Where(f => caseIds.Contains(f.CaseId) && f.Status == FollowUpStatus.Scheduled)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.Status, FollowUpStatus.Done), cancellationToken);
    }
}

/// <summary>
/// Who asked for an erasure: the family itself in its chat, or a member of staff on a request made another way, from the
/// page of <paramref name="CaseId"/> (which the audit entry names).
/// </summary>
public sealed record ErasureRequester(string UserId, string Name, int? CaseId = null)
{
    public static readonly ErasureRequester Family = new("family", "keluarga (lewat chat)");
}
