using LK3.Intake.Conversations;
using LK3.Intake.Inbox;
using LK3.Intake.Outbox;

namespace LK3.Bot.Channels;

/// <summary>
/// A messaging channel seen by the rest of the bot: it only translates its own payloads into
/// activities and replies back into its own messages.
/// </summary>
public interface IChannelAdapter
{
    string Channel { get; }

    /// <summary>Whether the channel ever holds messages until the family writes (<see cref="DeliveryOutcome.HoldUntilFamilyWrites"/>).</summary>
    bool HoldsMessages => false;

    /// <summary>The activity a stored update stands for.</summary>
    IncomingActivity Translate(ReceivedUpdate update);

    /// <summary>Tells the channel that an activity with an <see cref="IncomingActivity.AcknowledgementId"/> was handled.</summary>
    Task AcknowledgeAsync(IncomingActivity activity, CancellationToken cancellationToken);

    Task<DeliveryOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken);
}
