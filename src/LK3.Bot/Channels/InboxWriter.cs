using LK3.Bot.Data;
using LK3.Intake;
using LK3.Intake.Inbox;
using Microsoft.EntityFrameworkCore;

namespace LK3.Bot.Channels;

/// <summary>Stores an update as it arrives, once, and wakes the worker of its chat.</summary>
public sealed class InboxWriter(IntakeDbContext db, ChatWorkQueue queue, TimeProvider time, SqliteWriteGate gate)
{
    /// <returns>False when the update had already been stored (a redelivery).</returns>
    public async Task<bool> StoreAsync(ChatKey chat, string externalId, long sequence, string payload, CancellationToken cancellationToken)
    {
        // No look first: the unique index refuses a redelivery, which is rare.
        db.ReceivedUpdates.Add(new ReceivedUpdate
        {
            Channel = chat.Channel,
            ChatId = chat.ChatId,
            ExternalId = externalId,
            Sequence = sequence,
            Payload = payload,
            ReceivedAt = time.GetUtcNow(),
        });
        try
        {
            using (await gate.EnterAsync(cancellationToken)) await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Forget the refused row, so that the next update stored through this context is not refused with it.
            db.ChangeTracker.Clear();
            // The same update arrived twice at once and the other request stored it first.
            if (await IsStoredAsync(chat.Channel, externalId, CancellationToken.None)) return false;
            throw;
        }
        queue.Signal(chat);
        return true;
    }

    private Task<bool> IsStoredAsync(string channel, string externalId, CancellationToken cancellationToken) =>
        db.ReceivedUpdates.AnyAsync(u => u.Channel == channel && u.ExternalId == externalId, cancellationToken);
}
