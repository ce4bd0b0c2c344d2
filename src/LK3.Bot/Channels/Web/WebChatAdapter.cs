using System.Text.Json;
using LK3.Intake.Clients;
using LK3.Intake.Conversations;
using LK3.Intake.Inbox;
using LK3.Intake.Outbox;

namespace LK3.Bot.Channels.Web;

/// <summary>
/// The built-in web chat as a channel: the page's messages become activities; a reply is
/// delivered by being there for the page to read, so sending only marks it readable.
/// </summary>
public sealed class WebChatAdapter : IChannelAdapter
{
    public string Channel => ChannelNames.Web;

    public IncomingActivity Translate(ReceivedUpdate update)
    {
        var message = JsonSerializer.Deserialize<WebChatMessage>(update.Payload ?? "null")
            ?? throw new InvalidOperationException($"Update {update.Id} has no payload.");
        return new IncomingActivity(Channel, update.ChatId, message.Choice is null ? ActivityKind.Text : ActivityKind.Choice)
        {
            Text = message.Text,
            ChoiceId = message.Choice,
            LanguageHint = message.Language,
        };
    }

    public Task AcknowledgeAsync(IncomingActivity activity, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<DeliveryOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken) => Task.FromResult(DeliveryOutcome.Sent);
}
