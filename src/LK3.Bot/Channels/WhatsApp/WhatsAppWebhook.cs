using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace LK3.Bot.Channels.WhatsApp;

/// <summary>
/// <c>GET /webhooks/whatsapp</c> answers Meta's verification handshake; <c>POST</c> checks the signature
/// over the exact bytes received, stores every message and applies every delivery status, and only then answers 200.
/// </summary>
internal static class WhatsAppWebhook
{
    public const string SignatureHeader = "X-Hub-Signature-256";
    public const string BusinessAccountObject = "whatsapp_business_account";

    /// <summary>Far above any real notification; anything larger is not from Meta.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    public static IResult Verify(HttpRequest request, IOptions<WhatsAppOptions> options)
    {
        var query = request.Query;
        var token = query["hub.verify_token"].ToString();
        if (query["hub.mode"] == "subscribe" && Matches(token, options.Value.VerifyToken!))
        {
            return TypedResults.Text(query["hub.challenge"].ToString(), "text/plain");
        }
        return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Wrong hub.mode or hub.verify_token.");
    }

    public static async Task<IResult> ReceiveAsync(
        HttpRequest request, WhatsAppInbox inbox, IOptions<WhatsAppOptions> options, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(WhatsAppWebhook).FullName!);
        if (await WebhookRequests.ReadBodyAsync(request, MaxBodyBytes, cancellationToken) is not { } body)
        {
            return WebhookRequests.TooLarge();
        }
        if (!IsSigned(body, request.Headers[SignatureHeader].ToString(), options.Value.AppSecret!))
        {
            WhatsAppLog.WebhookRejected(logger, "missing or wrong signature");
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: $"Missing or wrong {SignatureHeader}.");
        }

        if (!System.Text.Unicode.Utf8.IsValid(body))
        {
            WhatsAppLog.WebhookRejected(logger, "body is not UTF-8");
            return WebhookRequests.BadRequest("The body is not UTF-8.");
        }
        var notification = WebhookRequests.TryRead(() => JsonSerializer.Deserialize<WhatsAppNotification>(body, WhatsAppJson.Options), out var fault);
        if (notification is not { Object: BusinessAccountObject, Entry: not null })
        {
            WhatsAppLog.WebhookRejected(logger,
                fault is null ? "not a whatsapp_business_account notification" : $"body is not a WhatsApp notification ({fault})");
            return WebhookRequests.BadRequest("Expected a WhatsApp notification in JSON: object \"whatsapp_business_account\" with entries.");
        }

        try
        {
            await inbox.ReceiveAsync(notification, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Meta sends the whole notification again; what was stored of it is recognised by its wamid.
            WhatsAppLog.StoreFailed(logger, exception, WebhookRequests.StoreFailure(exception));
            return WebhookRequests.NotStored(request.HttpContext);
        }
        return TypedResults.Ok();
    }

    /// <summary>"sha256=" and the hex HMAC-SHA256 of the body under the app secret, compared in constant time.</summary>
    private static bool IsSigned(byte[] body, string header, string appSecret)
    {
        const string prefix = "sha256=";
        if (!header.StartsWith(prefix, StringComparison.Ordinal)) return false;
        byte[] given;
        try
        {
            given = Convert.FromHexString(header.AsSpan(prefix.Length));
        }
        catch (FormatException)
        {
            return false;
        }
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), body);
        return CryptographicOperations.FixedTimeEquals(given, expected);
    }

    private static bool Matches(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
