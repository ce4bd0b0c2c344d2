namespace LK3.Bot.Telemetry;

/// <summary>Log events of the bot's telemetry.</summary>
internal static partial class TelemetryLog
{
    [LoggerMessage(9001, LogLevel.Warning, "Counting the backlogs for the metrics failed; the gauges keep their last counts")]
    public static partial void CountingFailed(ILogger logger, Exception exception);

    [LoggerMessage(9002, LogLevel.Information, "Traces and metrics go to the OTLP collector at {Endpoint}")]
    public static partial void OtlpOn(ILogger logger, Uri endpoint);
}
