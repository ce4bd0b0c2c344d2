using LK3.Intake.Conversations;
using LK3.Intake.Outbox;

namespace LK3.Bot.Channels;

/// <summary>
/// Works through one chat: its stored updates in order, each answered by the <see cref="TurnRunner"/>; then the replies
/// waiting to be delivered, in order, by the <see cref="OutboxDeliverer"/>.
/// </summary>
public sealed class ChatProcessor(
    ChatLeases leases,
    ChatNotices notices,
    TurnRunner turns,
    OutboxDeliverer deliverer,
    IEnumerable<IChannelAdapter> adapters)
{
    /// <param name="onlyUpdatesStored">The chat was signalled only for updates stored, so its outbox is as it was.</param>
    public async Task ProcessAsync(ChatKey chat, bool onlyUpdatesStored, CancellationToken cancellationToken)
    {
        var adapter = adapters.Single(a => a.Channel == chat.Channel);
        if (leases.Shared && !await HoldAsync(chat, onlyUpdatesStored, cancellationToken)) return;
        List<Task> acknowledgements = [];
        List<OutgoingMessage> replies = [];
        try
        {
            while (true)
            {
                var turn = await turns.RunNextAsync(chat, adapter, cancellationToken);
                if (turn.Activity is { AcknowledgementId: not null }) acknowledgements.Add(AcknowledgeAsync(adapter, turn.Activity, cancellationToken));
                replies.AddRange(turn.Replies);
                if (!turn.AnotherWaiting) break;
                if (leases.Shared) await leases.RenewAsync(chat, cancellationToken);
            }
            await deliverer.DeliverAsync(chat, adapter, replies, cancellationToken);
        }
        finally
        {
            // Button spinners are stopped while the replies go, not before them.
            await Task.WhenAll(acknowledgements);
        }
    }

    /// <summary>Gives back the chats this process holds, as it stops, so that other instances take them at once.</summary>
    public async Task LetGoOfChatsAsync()
    {
        if (leases.Shared) await leases.ReleaseAllAsync([.. adapters.Select(a => a.Channel)]);
    }

    /// <summary>
    /// Holds the chat's lease, kept from run to run. Another instance holding it is told of the work stored here (its rows
    /// are in the shared database) and takes it.
    /// </summary>
    private async Task<bool> HoldAsync(ChatKey chat, bool onlyUpdatesStored, CancellationToken cancellationToken)
    {
        var hold = await leases.HoldAsync(chat, cancellationToken);
        if (hold == LeaseHold.Refused)
        {
            await notices.TellHolderAsync(chat, onlyUpdatesStored, cancellationToken);
            return false;
        }
        // Taken anew, another instance may have worked on the chat since this one last held it; held without hearing other
        // instances' notices (SQL Server, or a listening connection lost), what they changed went unheard.
        if (hold == LeaseHold.Taken || !notices.Listening) notices.ForgetWhatIsKnownOf(chat);
        return true;
    }

    /// <summary>Acknowledging only stops a spinner: it gets a few seconds, so a slow channel cannot hold back the replies.</summary>
    private static async Task AcknowledgeAsync(IChannelAdapter adapter, IncomingActivity activity, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(3));
        try
        {
            await adapter.AcknowledgeAsync(activity, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
        }
    }
}
