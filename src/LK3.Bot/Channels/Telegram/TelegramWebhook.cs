using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace LK3.Bot.Channels.Telegram;

/// <summary><c>POST /webhooks/telegram</c>: checks the secret, stores the update, and only then answers 200.</summary>
internal static class TelegramWebhook
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>Far above any real update; anything larger is not from Telegram.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    public static async Task<IResult> ReceiveAsync(HttpRequest request, TelegramInbox inbox, IOptions<TelegramOptions> options, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(TelegramWebhook).FullName!);
        if (!HasSecret(request, options.Value.WebhookSecret))
        {
            TelegramLog.WebhookRejected(logger, "missing or wrong secret token");
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Missing or wrong X-Telegram-Bot-Api-Secret-Token.");
        }
        if (request.ContentLength > MaxBodyBytes)
        {
            return TooLarge();
        }
        // Also bounds a body sent without Content-Length (chunked).
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        string payload;
        Update? update;
        try
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            payload = await reader.ReadToEndAsync(cancellationToken);
            update = JsonSerializer.Deserialize<Update>(payload, JsonBotAPI.Options);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }
        catch (JsonException)
        {
            TelegramLog.WebhookRejected(logger, "body is not a Telegram update");
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body is not a Telegram update in JSON.");
        }
        if (update is null || update.Id <= 0)
        {
            TelegramLog.WebhookRejected(logger, "update without update_id");
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The update has no update_id.");
        }

        try
        {
            await inbox.ReceiveAsync(update, payload, cancellationToken);
        }
        catch (Exception exception) when (exception is DbException or DbUpdateException or RetryLimitExceededException)
        {
            // Not stored, so not acknowledged: Telegram delivers the update again, and nothing is lost.
            TelegramLog.StoreFailed(logger, exception, update.Id);
            request.HttpContext.Response.Headers.RetryAfter = "5";
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The update could not be stored; send it again.");
        }
        return TypedResults.Ok();
    }

    private static ProblemHttpResult TooLarge() =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The update is too large.");

    private static bool HasSecret(HttpRequest request, string? secret) =>
        secret is not null
        && request.Headers.TryGetValue(SecretHeader, out var given)
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given.ToString()), Encoding.UTF8.GetBytes(secret));
}
