using System.Text.Json;

namespace LK3.Bot.Channels.WhatsApp;

/// <summary>The body of a WhatsApp webhook call (<c>object = "whatsapp_business_account"</c>), read with <see cref="WhatsAppJson.Options"/>.</summary>
public sealed record WhatsAppNotification(string? Object, IReadOnlyList<WhatsAppEntry>? Entry);

public sealed record WhatsAppEntry(string? Id, IReadOnlyList<WhatsAppChange>? Changes);

public sealed record WhatsAppChange(string? Field, WhatsAppChangeValue? Value);

/// <summary>Messages are kept as they came (each is stored as the update's payload); statuses are read at once.</summary>
public sealed record WhatsAppChangeValue(WhatsAppMetadata? Metadata, IReadOnlyList<JsonElement>? Messages, IReadOnlyList<WhatsAppStatus>? Statuses);

public sealed record WhatsAppMetadata(string? PhoneNumberId);

/// <summary>What became of a message we sent: sent, delivered, read or failed (with errors).</summary>
public sealed record WhatsAppStatus(string? Id, string? Status, string? Timestamp, IReadOnlyList<WhatsAppError>? Errors);

public sealed record WhatsAppError(int Code, string? Title);

/// <summary>One message a family sent.</summary>
public sealed record WhatsAppMessage(
    string? Id,
    string? From,
    string? Timestamp,
    string? Type,
    WhatsAppMessageText? Text,
    WhatsAppInteractive? Interactive,
    WhatsAppQuickReply? Button,
    WhatsAppLocation? Location,
    IReadOnlyList<WhatsAppSharedContact>? Contacts,
    WhatsAppContext? Context);

public sealed record WhatsAppMessageText(string? Body);

public sealed record WhatsAppInteractive(WhatsAppReplyChoice? ButtonReply, WhatsAppReplyChoice? ListReply);

public sealed record WhatsAppReplyChoice(string? Id);

/// <summary>A quick-reply button of a template.</summary>
public sealed record WhatsAppQuickReply(string? Payload);

public sealed record WhatsAppLocation(double Latitude, double Longitude);

public sealed record WhatsAppSharedContact(IReadOnlyList<WhatsAppSharedPhone>? Phones);

public sealed record WhatsAppSharedPhone(string? Phone, string? WaId);

/// <summary>The message this one answers, when the family used WhatsApp's reply.</summary>
public sealed record WhatsAppContext(string? Id);

internal static class WhatsAppJson
{
    /// <summary>Meta's names are snake_case; numbers sometimes come as strings.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowReadingFromString,
    };
}
