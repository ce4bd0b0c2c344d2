using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace LK3.Bot.Channels.WhatsApp;

/// <summary>Where WhatsApp notifications arrive: each message stored once for its sender's chat, each status applied.</summary>
public sealed class WhatsAppInbox(InboxWriter writer, WhatsAppReceipts receipts, IOptions<WhatsAppOptions> options, ILogger<WhatsAppInbox> logger)
{
    public const string Channel = "whatsapp";

    /// <summary>Message types that ask for no answer: an emoji reaction, a notice that the family changed number.</summary>
    private static readonly HashSet<string> Unanswered = ["reaction", "system", "ephemeral"];

    public async Task ReceiveAsync(WhatsAppNotification notification, CancellationToken cancellationToken)
    {
        foreach (var value in notification.Entry!.SelectMany(e => e?.Changes ?? []).Where(c => c?.Field == "messages").Select(c => c.Value))
        {
            if (value is null) continue;
            if (value.Metadata?.PhoneNumberId != options.Value.PhoneNumberId)
            {
                // Another number of the same business account: not ours to answer.
                WhatsAppLog.OtherNumber(logger);
                continue;
            }
            foreach (var message in value.Messages ?? []) await StoreAsync(message, cancellationToken);
            foreach (var status in value.Statuses ?? []) await receipts.ApplyAsync(status, cancellationToken);
        }
    }

    private async Task StoreAsync(JsonElement raw, CancellationToken cancellationToken)
    {
        // One message Meta could not have sent is left out; the others of the notification are still stored.
        var message = raw.ValueKind == JsonValueKind.Object ? WebhookRequests.TryRead(() => raw.Deserialize<WhatsAppMessage>(WhatsAppJson.Options), out _) : null;
        if (message is not { Id: { Length: > 0 and <= 200 } id, From: { Length: > 0 and <= 20 } from } || !from.All(char.IsAsciiDigit) || id.Any(char.IsControl))
        {
            WhatsAppLog.MessageIgnored(logger, "without id or sender");
            return;
        }
        if (message.Type is { } type && Unanswered.Contains(type))
        {
            WhatsAppLog.MessageIgnored(logger, type);
            return;
        }
        // WhatsApp gives seconds; messages of one second keep the order they came in (the update's own id).
        var sequence = long.TryParse(message.Timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? seconds : 0;
        if (!await writer.StoreAsync(new ChatKey(Channel, from), message.Id, sequence, raw.GetRawText(), cancellationToken))
        {
            WhatsAppLog.DuplicateMessage(logger);
        }
    }
}
