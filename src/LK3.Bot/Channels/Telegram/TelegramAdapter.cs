using System.Globalization;
using System.Text.Json;
using LK3.Intake.Clients;
using LK3.Intake.Conversations;
using LK3.Intake.Inbox;
using LK3.Intake.Outbox;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace LK3.Bot.Channels.Telegram;

/// <summary>Translates Telegram updates into activities and replies into Telegram messages with inline keyboards.</summary>
public sealed class TelegramAdapter(ITelegramBotClient bot, IOptions<TelegramOptions> options, ILogger<TelegramAdapter> logger) : IChannelAdapter
{
    /// <summary>In webhook mode the webhook's answer stopped the button's spinner already (<see cref="TelegramWebhook"/>).</summary>
    private readonly bool _buttonsAnsweredOnArrival = options.Value.Mode == TelegramMode.Webhook;

    public string Channel => ChannelNames.Telegram;

    public IncomingActivity Translate(ReceivedUpdate update)
    {
        var telegramUpdate = JsonSerializer.Deserialize<Update>(update.Payload ?? "null", JsonBotAPI.Options)
            ?? throw new InvalidOperationException($"Update {update.Id} has no payload.");
        var activity = new IncomingActivity(Channel, update.ChatId, ActivityKind.Unsupported);
        return telegramUpdate switch
        {
            { CallbackQuery: { } query } => activity with
            {
                Kind = query.Data is null ? ActivityKind.Unsupported : ActivityKind.Choice,
                ChoiceId = query.Data,
                AcknowledgementId = _buttonsAnsweredOnArrival ? null : query.Id,
                LanguageHint = query.From?.LanguageCode,
            },
            { Message: { } message } => activity with
            {
                Kind = message switch
                {
                    { Text: not null } => ActivityKind.Text,
                    { Contact: not null } => ActivityKind.Contact,
                    { Location: not null } => ActivityKind.Location,
                    _ => ActivityKind.Unsupported,
                },
                Text = message.Text,
                PhoneNumber = message.Contact?.PhoneNumber,
                ReplyToMessageId = message.ReplyToMessage?.MessageId.ToString(CultureInfo.InvariantCulture),
                LanguageHint = message.From?.LanguageCode,
            },
            _ => activity,
        };
    }

    public async Task AcknowledgeAsync(IncomingActivity activity, CancellationToken cancellationToken)
    {
        if (activity.AcknowledgementId is null) return;
        try
        {
            await bot.AnswerCallbackQuery(activity.AcknowledgementId, cancellationToken: cancellationToken);
        }
        catch (RequestException exception)
        {
            // Only the button's spinner depends on it, and Telegram forgets queries older than a few seconds anyway.
            TelegramLog.CallbackAnswerFailed(logger, exception);
        }
    }

    public async Task<DeliveryOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var chatId = long.Parse(message.ChatId, CultureInfo.InvariantCulture);
        var pieces = ReplySplitter.Split(message.Text);
        var keyboard = message.Buttons.Count == 0
            ? null
            : new InlineKeyboardMarkup(message.Buttons.Select(b => new[]
            {
                b.Url is { } url ? InlineKeyboardButton.WithUrl(b.Label, url) : InlineKeyboardButton.WithCallbackData(b.Label, b.Id),
            }));
        try
        {
            if (message is { EditOf: not null, DeliveredParts: 0, ExternalMessageId: { } edited })
            {
                // An answered offer: its text changes in place and its buttons go (a keyboard only when the edit has one).
                await bot.EditMessageText(chatId, int.Parse(edited, CultureInfo.InvariantCulture), message.Text, ParseMode.Html, replyMarkup: keyboard,
                    linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true }, cancellationToken: cancellationToken);
                return DeliveryOutcome.Sent;
            }
            for (var i = message.DeliveredParts; i < pieces.Count; i++)
            {
                var sent = await bot.SendMessage(
                    chatId,
                    pieces[i],
                    ParseMode.Html,
                    replyMarkup: i == pieces.Count - 1 ? keyboard : null,
                    linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true },
                    cancellationToken: cancellationToken);
                message.DeliveredParts = i + 1;
                message.ExternalMessageId = sent.MessageId.ToString(CultureInfo.InvariantCulture);
            }
            return DeliveryOutcome.Sent;
        }
        catch (ApiRequestException exception) when (exception.ErrorCode == 429)
        {
            return DeliveryOutcome.RetryLater("429 Too Many Requests", TimeSpan.FromSeconds(exception.Parameters?.RetryAfter ?? 1));
        }
        catch (ApiRequestException exception) when (exception.ErrorCode == 403)
        {
            return DeliveryOutcome.Unreachable($"403 {Shorten(exception.Message)}");
        }
        catch (ApiRequestException exception) when (exception.ErrorCode >= 500)
        {
            return DeliveryOutcome.RetryLater($"{exception.ErrorCode} {Shorten(exception.Message)}");
        }
        catch (ApiRequestException exception)
            when (exception.ErrorCode == 400 && exception.Message.Contains("message is not modified", StringComparison.Ordinal))
        {
            return DeliveryOutcome.Sent; // an edit sent twice (a retry after a crash): the message already says it
        }
        catch (ApiRequestException exception)
        {
            TelegramLog.SendRefused(logger, exception.ErrorCode);
            return DeliveryOutcome.Rejected($"{exception.ErrorCode} {Shorten(exception.Message)}");
        }
        catch (Exception exception) when (exception is RequestException or HttpRequestException
            || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return DeliveryOutcome.RetryLater(Shorten(exception.GetType().Name));
        }
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200];
}
