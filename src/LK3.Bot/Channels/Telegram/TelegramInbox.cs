using System.Globalization;
using LK3.Intake.Clients;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace LK3.Bot.Channels.Telegram;

/// <summary>Where Telegram updates arrive, from the webhook or from polling: stored once, for their private chat.</summary>
public sealed class TelegramInbox(InboxWriter writer, ILogger<TelegramInbox> logger)
{
    public async Task ReceiveAsync(Update update, string payload, CancellationToken cancellationToken)
    {
        if (ChatOf(update) is not { } chatId)
        {
            // Edited messages, group chats, channel posts, update types we do not ask for: nothing a family needs answered.
            TelegramLog.UpdateIgnored(logger, update.Id, update.Type.ToString());
            return;
        }
        var chat = new ChatKey(ChannelNames.Telegram, chatId.ToString(CultureInfo.InvariantCulture));
        if (!await writer.StoreAsync(chat, update.Id.ToString(CultureInfo.InvariantCulture), update.Id, payload, cancellationToken))
        {
            TelegramLog.DuplicateUpdate(logger, update.Id);
        }
    }

    /// <summary>The private chat an update belongs to; private chat ids are user ids, so always positive.</summary>
    private static long? ChatOf(Update update) => update switch
    {
        { Message: { Chat: { Type: ChatType.Private, Id: > 0 } } message } => message.Chat.Id,
        { CallbackQuery: { From: not null, Message.Chat: { Type: ChatType.Private, Id: > 0 } } query } => query.Message.Chat.Id,
        // A button on a message too old to be included: in a private chat the user id is the chat id.
        { CallbackQuery: { From: { Id: > 0 } from, Message: null } } => from.Id,
        _ => null,
    };
}
