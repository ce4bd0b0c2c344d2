namespace LK3.Bot.Channels;

/// <summary>Log events of message handling; ids only, never what families wrote or who they are.</summary>
internal static partial class ChannelLog
{
    [LoggerMessage(1001, LogLevel.Debug, "Handled {Channel} update {UpdateId} with {ReplyCount} replies")]
    public static partial void UpdateHandled(ILogger logger, string channel, long updateId, int replyCount);

    [LoggerMessage(1002, LogLevel.Information, "Conflict saving {Channel} update {UpdateId} (attempt {Attempt}); running the turn again")]
    public static partial void UpdateConflict(ILogger logger, Exception exception, string channel, long updateId, int attempt);

    [LoggerMessage(1003, LogLevel.Error, "Could not handle {Channel} update {UpdateId}; kept as failed")]
    public static partial void UpdateFailed(ILogger logger, Exception exception, string channel, long updateId);

    [LoggerMessage(1004, LogLevel.Warning, "Delivery of {Channel} message {MessageId} deferred after attempt {Attempt} for {Delay}")]
    public static partial void DeliveryDeferred(ILogger logger, string channel, long messageId, int attempt, TimeSpan delay);

    [LoggerMessage(1005, LogLevel.Warning, "Delivery of {Channel} message {MessageId} failed for good after {Attempts} attempts")]
    public static partial void DeliveryFailed(ILogger logger, string channel, long messageId, int attempts);

    [LoggerMessage(1006, LogLevel.Information, "{Channel} client {ClientId} is unreachable (blocked the bot); pending replies dropped")]
    public static partial void ChatUnreachable(ILogger logger, string channel, int? clientId);

    [LoggerMessage(1007, LogLevel.Error, "Processing a {Channel} chat stopped; it is picked up again by the next sweep")]
    public static partial void ChatProcessingFailed(ILogger logger, Exception exception, string channel);

    [LoggerMessage(1009, LogLevel.Error, "Delivery of {Channel} message {MessageId} failed unexpectedly; it will be retried")]
    public static partial void DeliveryFault(ILogger logger, Exception exception, string channel, long messageId);

    [LoggerMessage(1008, LogLevel.Error, "Looking for pending work failed; trying again at the next sweep")]
    public static partial void SweepFailed(ILogger logger, Exception exception);

    [LoggerMessage(1010, LogLevel.Error, "A {Channel} message could not be stored ({Cause}); answered 503 so that it is sent again")]
    public static partial void StoreFailed(ILogger logger, Exception exception, string channel, string cause);

    [LoggerMessage(1011, LogLevel.Warning, "Listening for other instances' notices failed; listening again in {Delay} (the sweep finds their work meanwhile)")]
    public static partial void NoticesLost(ILogger logger, Exception exception, TimeSpan delay);

    [LoggerMessage(1012, LogLevel.Warning, "Could not give back this instance's chat leases as it stopped; they lapse on their own")]
    public static partial void LeasesLeftToLapse(ILogger logger, Exception exception);
}
