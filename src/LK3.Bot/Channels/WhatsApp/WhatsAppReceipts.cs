using LK3.Intake.Clients;
using LK3.Intake;
using LK3.Intake.Outbox;
using Microsoft.EntityFrameworkCore;

namespace LK3.Bot.Channels.WhatsApp;

/// <summary>
/// Applies WhatsApp's delivery statuses to the messages we sent. They can come late and out of
/// order, so a message only moves forward (sent → delivered → read), and a failure is acted on once.
/// </summary>
public sealed class WhatsAppReceipts(
    IntakeDbContext db, OutboxWriter outbox, ChatWorkQueue queue, TimeProvider time, ILogger<WhatsAppReceipts> logger)
{
    public async Task ApplyAsync(WhatsAppStatus status, CancellationToken cancellationToken)
    {
        if (status.Id is null) return;
        var message = await db.OutgoingMessages.FirstOrDefaultAsync(
            m => m.Channel == ChannelNames.WhatsApp && m.ExternalMessageId == status.Id, cancellationToken);
        if (message is null)
        {
            // Sent from elsewhere (WhatsApp Manager), or already deleted after the retention period.
            WhatsAppLog.StatusForUnknownMessage(logger, status.Status ?? "");
            return;
        }
        var now = time.GetUtcNow();
        switch (status.Status)
        {
            case "delivered" when message.Status == DeliveryStatus.Sent:
                message.Status = DeliveryStatus.Delivered;
                break;
            case "read" when message.Status is DeliveryStatus.Sent or DeliveryStatus.Delivered:
                message.Status = DeliveryStatus.Read;
                break;
            case "failed" when message.Status is DeliveryStatus.Sent:
                await FailAsync(message, status.Errors?.FirstOrDefault(), now, cancellationToken);
                break;
            default:
                return;
        }
        await db.SaveChangesAsync(cancellationToken);
        if (message.Status == DeliveryStatus.Pending) queue.Signal(new ChatKey(message.Channel, message.ChatId));
    }

    private async Task FailAsync(OutgoingMessage message, WhatsAppError? error, DateTimeOffset now, CancellationToken cancellationToken)
    {
        WhatsAppLog.DeliveryFailedLater(logger, message.Id, error?.Code);
        switch (error?.Code)
        {
            case WhatsAppErrors.OutsideWindow:
                // Sent again, whole, as the template for its purpose (or held until the family writes).
                outbox.SendAgainOutsideWindow(message, now);
                break;
            case WhatsAppErrors.Undeliverable:
                message.Status = DeliveryStatus.Failed;
                message.FailureReason = WhatsAppErrors.Describe(error);
                var client = await db.Clients.FirstOrDefaultAsync(c => c.Channel == message.Channel && c.ChatId == message.ChatId, cancellationToken);
                client?.UnreachableSince ??= now;
                // As when the send itself is refused: what still waits for this number would fail the same way.
                await db.OutgoingMessages
                    .Where(m => m.Channel == message.Channel && m.ChatId == message.ChatId && m.Id != message.Id
                        && (m.Status == DeliveryStatus.Pending || m.Status == DeliveryStatus.Held))
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, DeliveryStatus.Failed).SetProperty(m => m.FailureReason, message.FailureReason),
                        cancellationToken);
                break;
            default:
                message.Status = DeliveryStatus.Failed;
                message.FailureReason = WhatsAppErrors.Describe(error);
                break;
        }
    }
}
