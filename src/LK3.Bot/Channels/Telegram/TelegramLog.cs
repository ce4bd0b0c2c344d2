namespace LK3.Bot.Channels.Telegram;

/// <summary>Log events of the Telegram channel; update ids only, never chat ids or texts.</summary>
internal static partial class TelegramLog
{
    [LoggerMessage(2001, LogLevel.Information, "Telegram is off: no Telegram:BotToken configured")]
    public static partial void Off(ILogger logger);

    [LoggerMessage(2002, LogLevel.Information, "Telegram is on in {Mode} mode")]
    public static partial void On(ILogger logger, TelegramMode mode);

    [LoggerMessage(2003, LogLevel.Information, "Telegram webhook registered")]
    public static partial void WebhookRegistered(ILogger logger);

    [LoggerMessage(2004, LogLevel.Warning, "Registering the Telegram webhook failed; retrying in {Delay}")]
    public static partial void WebhookRegistrationFailed(ILogger logger, Exception exception, TimeSpan delay);

    [LoggerMessage(2005, LogLevel.Warning, "Telegram getUpdates failed; retrying in {Delay}")]
    public static partial void PollingFailed(ILogger logger, Exception exception, TimeSpan delay);

    [LoggerMessage(2006, LogLevel.Debug, "Telegram update {UpdateId} ignored: type {UpdateType} is not handled")]
    public static partial void UpdateIgnored(ILogger logger, long updateId, string updateType);

    [LoggerMessage(2007, LogLevel.Debug, "Telegram update {UpdateId} was delivered again; already stored")]
    public static partial void DuplicateUpdate(ILogger logger, long updateId);

    [LoggerMessage(2008, LogLevel.Warning, "Telegram webhook call rejected: {Reason}")]
    public static partial void WebhookRejected(ILogger logger, string reason);

    [LoggerMessage(2009, LogLevel.Debug, "Answering a Telegram callback query failed")]
    public static partial void CallbackAnswerFailed(ILogger logger, Exception exception);

    [LoggerMessage(2011, LogLevel.Error, "Telegram update {UpdateId} could not be stored ({Cause}); answered 503 so that Telegram sends it again")]
    public static partial void StoreFailed(ILogger logger, Exception exception, long updateId, string cause);

    [LoggerMessage(2010, LogLevel.Warning, "Telegram refused a message ({ErrorCode})")]
    public static partial void SendRefused(ILogger logger, int errorCode);
}
