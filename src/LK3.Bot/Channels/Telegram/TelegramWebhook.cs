using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace LK3.Bot.Channels.Telegram;

/// <summary>
/// <c>POST /webhooks/telegram</c>: checks the secret, stores the update, and only then answers 200. A pressed button is
/// answered in that response (Telegram runs a method named in a webhook's answer), so its spinner stops without a call of
/// our own to the Bot API.
/// </summary>
internal static class TelegramWebhook
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>Far above any real update; anything larger is not from Telegram.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    public static async Task<IResult> ReceiveAsync(
        HttpRequest request, TelegramInbox inbox, IOptions<TelegramOptions> options, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(TelegramWebhook).FullName!);
        if (!HasSecret(request, options.Value.WebhookSecret))
        {
            TelegramLog.WebhookRejected(logger, "missing or wrong secret token");
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Missing or wrong X-Telegram-Bot-Api-Secret-Token.");
        }
        if (await WebhookRequests.ReadBodyAsync(request, MaxBodyBytes, cancellationToken) is not { } body)
        {
            return WebhookRequests.TooLarge();
        }

        var payload = Encoding.UTF8.GetString(body);
        if (WebhookRequests.TryRead(() => JsonSerializer.Deserialize<Update>(payload, JsonBotAPI.Options), out var fault) is not { } update)
        {
            TelegramLog.WebhookRejected(logger, $"body is not a Telegram update ({fault ?? "null"})");
            return WebhookRequests.BadRequest("The body is not a Telegram update in JSON.");
        }
        if (update.Id <= 0)
        {
            TelegramLog.WebhookRejected(logger, "update without update_id");
            return WebhookRequests.BadRequest("The update has no update_id.");
        }

        try
        {
            await inbox.ReceiveAsync(update, payload, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Not stored, so not acknowledged: Telegram delivers the update again, and nothing is lost.
            TelegramLog.StoreFailed(logger, exception, update.Id, WebhookRequests.StoreFailure(exception));
            return WebhookRequests.NotStored(request.HttpContext);
        }
        return update.CallbackQuery is { Id: { } queryId }
            ? TypedResults.Json(new { method = "answerCallbackQuery", callback_query_id = queryId })
            : TypedResults.Ok();
    }

    private static bool HasSecret(HttpRequest request, string? secret) =>
        secret is not null
        && request.Headers.TryGetValue(SecretHeader, out var given)
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given.ToString()), Encoding.UTF8.GetBytes(secret));
}
