namespace LK3.Bot.Channels.WhatsApp;

/// <summary>Log events of the WhatsApp channel; never phone numbers, wamids (they contain the number) or texts.</summary>
internal static partial class WhatsAppLog
{
    [LoggerMessage(7001, LogLevel.Information, "WhatsApp is off: no WhatsApp:AccessToken configured")]
    public static partial void Off(ILogger logger);

    [LoggerMessage(7002, LogLevel.Information, "WhatsApp is on")]
    public static partial void On(ILogger logger);

    [LoggerMessage(7003, LogLevel.Warning, "WhatsApp webhook call rejected: {Reason}")]
    public static partial void WebhookRejected(ILogger logger, string reason);

    [LoggerMessage(7004, LogLevel.Error, "A WhatsApp notification could not be stored ({Cause}); answered 503 so that Meta sends it again")]
    public static partial void StoreFailed(ILogger logger, Exception exception, string cause);

    [LoggerMessage(7005, LogLevel.Debug, "A WhatsApp message was ignored: {Why}")]
    public static partial void MessageIgnored(ILogger logger, string why);

    [LoggerMessage(7006, LogLevel.Debug, "A WhatsApp message was delivered again; already stored")]
    public static partial void DuplicateMessage(ILogger logger);

    [LoggerMessage(7007, LogLevel.Debug, "A WhatsApp notification for another phone number was ignored")]
    public static partial void OtherNumber(ILogger logger);

    [LoggerMessage(7008, LogLevel.Debug, "A WhatsApp '{Status}' status for a message we do not know was ignored")]
    public static partial void StatusForUnknownMessage(ILogger logger, string status);

    [LoggerMessage(7009, LogLevel.Warning, "WhatsApp message {MessageId} failed after it was sent (error {ErrorCode})")]
    public static partial void DeliveryFailedLater(ILogger logger, long messageId, int? errorCode);

    [LoggerMessage(7010, LogLevel.Debug, "Marking a WhatsApp message read failed")]
    public static partial void ReadReceiptFailed(ILogger logger, Exception exception);

    [LoggerMessage(7011, LogLevel.Critical, "WhatsApp refused the access token (190): set a valid WhatsApp:AccessToken; messages wait until then")]
    public static partial void AccessTokenRefused(ILogger logger);

    [LoggerMessage(7012, LogLevel.Warning, "WhatsApp refused a message ({ErrorCode})")]
    public static partial void SendRefused(ILogger logger, int errorCode);
}
