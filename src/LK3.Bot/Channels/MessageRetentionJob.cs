using LK3.Intake;
using LK3.Intake.Inbox;
using LK3.Intake.Outbox;
using Microsoft.EntityFrameworkCore;

namespace LK3.Bot.Channels;

/// <summary>
/// Deletes stored updates and delivered replies after 30 days: they hold what families wrote and were
/// told, and are needed only to deliver and de-duplicate. Safe to run twice.
/// </summary>
public sealed class MessageRetentionJob(IntakeDbContext db, TimeProvider time)
{
    public const string Id = "message-retention";
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(30);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - KeptFor;
        await db.ReceivedUpdates.Where(u => u.Status != UpdateStatus.Pending && u.ReceivedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        // A held message still waits for the family to write back, however long that takes.
        await db.OutgoingMessages.Where(m => m.Status != DeliveryStatus.Pending && m.Status != DeliveryStatus.Held && m.CreatedAt < cutoff)
            .ExecuteDeleteAsync(cancellationToken);
    }
}
