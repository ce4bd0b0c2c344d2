using LK3.Intake.Broadcasts;

namespace LK3.Bot.Broadcasts;

/// <summary>Log events of broadcasts; ids and counts only.</summary>
internal static partial class BroadcastLog
{
    [LoggerMessage(5001, LogLevel.Information, "Broadcast {BroadcastId} finished: {Status}")]
    public static partial void Finished(ILogger logger, int broadcastId, BroadcastStatus status);

    [LoggerMessage(5002, LogLevel.Warning,
        "Broadcast {BroadcastId}: {Count} deliveries were being sent when the process stopped; they may have arrived and are not sent again")]
    public static partial void InterruptedSends(ILogger logger, int broadcastId, int count);

    [LoggerMessage(5003, LogLevel.Error, "Sending a broadcast on {Channel} failed unexpectedly; it will be retried")]
    public static partial void SendFault(ILogger logger, Exception exception, string channel);

    [LoggerMessage(5004, LogLevel.Error, "Broadcast {BroadcastId} stopped; it is resumed at the next run")]
    public static partial void Failed(ILogger logger, Exception exception, int broadcastId);
}
