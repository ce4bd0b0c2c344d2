using LK3.Intake.Outbox;

namespace LK3.Bot.Channels;

public static class ChannelSending
{
    /// <summary>
    /// Sends through the adapter; a fault it did not foresee is a failed attempt worth another try, of this message alone, so
    /// it can neither stop a broadcast nor hold a chat back forever.
    /// </summary>
    public static async Task<DeliveryOutcome> TrySendAsync(
        this IChannelAdapter adapter, OutgoingMessage message, Action<Exception> logFault, CancellationToken cancellationToken)
    {
        try
        {
            return await adapter.SendAsync(message, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logFault(exception);
            return DeliveryOutcome.RetryLater(exception.GetType().Name);
        }
    }
}
