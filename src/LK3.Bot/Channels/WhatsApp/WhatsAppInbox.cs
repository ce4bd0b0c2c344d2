using System.Globalization;
using System.Text.Json;
using LK3.Intake.Clients;
using Microsoft.Extensions.Options;

namespace LK3.Bot.Channels.WhatsApp;

/// <summary>Where WhatsApp notifications arrive: each message stored once for its sender's chat, each status applied.</summary>
public sealed class WhatsAppInbox(InboxWriter writer, WhatsAppReceipts receipts, IOptions<WhatsAppOptions> options, ILogger<WhatsAppInbox> logger)
{
    /// <summary>Message types that ask for no answer: an emoji reaction, a notice that the family changed number.</summary>
    private static readonly HashSet<string> Unanswered = ["reaction", "system", "ephemeral"];

    public async Task ReceiveAsync(WhatsAppNotification notification, CancellationToken cancellationToken)
    {
        List<(ChatKey Chat, string Id, long Sequence, string Payload)> messages = [];
        List<WhatsAppStatus> statuses = [];
        HashSet<string> seen = [];
        foreach (var value in notification.Entry!.SelectMany(e => e?.Changes ?? []).Where(c => c?.Field == "messages").Select(c => c.Value))
        {
            if (value is null) continue;
            if (value.Metadata?.PhoneNumberId != options.Value.PhoneNumberId)
            {
                // Another number of the same business account: not ours to answer.
                WhatsAppLog.OtherNumber(logger);
                continue;
            }
            foreach (var raw in value.Messages ?? [])
            {
                if (Read(raw) is { } message && seen.Add(message.Id)) messages.Add(message);
            }
            statuses.AddRange((value.Statuses ?? []).Where(status => status is not null));
        }
        // Stored together, in the order they came: they join the same few writes rather than taking one each.
        var stored = await Task.WhenAll(messages.Select(m => writer.StoreAsync(m.Chat, m.Id, m.Sequence, m.Payload, cancellationToken)));
        foreach (var _ in stored.Where(s => !s)) WhatsAppLog.DuplicateMessage(logger);
        foreach (var status in statuses.DistinctBy(s => (s.Id, s.Status))) await receipts.ApplyAsync(status, cancellationToken);
    }

    /// <summary>A message to store, or null for one that asks no answer or that Meta could not have sent (the notification's others still count).</summary>
    private (ChatKey Chat, string Id, long Sequence, string Payload)? Read(JsonElement raw)
    {
        var message = raw.ValueKind == JsonValueKind.Object
            ? WebhookRequests.TryRead(() => raw.Deserialize<WhatsAppMessage>(WhatsAppJson.Options), out _)
            : null;
        if (message is not { Id: { Length: > 0 and <= 200 } id, From: { Length: > 0 and <= 20 } from }
            || !from.All(char.IsAsciiDigit) || id.Any(char.IsControl))
        {
            WhatsAppLog.MessageIgnored(logger, "without id or sender");
            return null;
        }
        if (message.Type is { } type && Unanswered.Contains(type))
        {
            WhatsAppLog.MessageIgnored(logger, type);
            return null;
        }
        // WhatsApp gives seconds; messages of one second keep the order they came in (the update's own id).
        var sequence = long.TryParse(message.Timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? seconds : 0;
        return (new ChatKey(ChannelNames.WhatsApp, from), id, sequence, raw.GetRawText());
    }
}
