namespace LK3.Intake.Outbox;

public static class OutboxQueries
{
    /// <summary>Pending messages whose time has come and that do not wait behind an earlier message of their chat.</summary>
    public static IQueryable<OutgoingMessage> ReadyToSend(this IQueryable<OutgoingMessage> messages, DateTimeOffset now) =>
        messages.Where(m => m.Status == DeliveryStatus.Pending && m.NextAttemptAt <= now
            && !messages.Any(earlier => earlier.Status == DeliveryStatus.Pending && earlier.Channel == m.Channel && earlier.ChatId == m.ChatId
                && earlier.Id < m.Id && earlier.NextAttemptAt > now));
}
