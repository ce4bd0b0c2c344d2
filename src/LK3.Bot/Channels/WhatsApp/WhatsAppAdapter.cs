using System.Text.Json;
using LK3.Intake.Clients;
using LK3.Intake.Conversations;
using LK3.Intake.Inbox;
using LK3.Intake.Outbox;
using Microsoft.Extensions.Options;

namespace LK3.Bot.Channels.WhatsApp;

/// <summary>Translates WhatsApp messages into activities and replies into Cloud API messages, within the 24-hour window or as templates.</summary>
public sealed class WhatsAppAdapter(WhatsAppCloudApi api, IOptions<WhatsAppOptions> options, ILogger<WhatsAppAdapter> logger) : IChannelAdapter
{
    public bool HoldsMessages => true;

    private static readonly TimeSpan TokenRecheck = TimeSpan.FromMinutes(1);

    public string Channel => ChannelNames.WhatsApp;

    public IncomingActivity Translate(ReceivedUpdate update)
    {
        var message = JsonSerializer.Deserialize<WhatsAppMessage>(update.Payload ?? "null", WhatsAppJson.Options)
            ?? throw new InvalidOperationException($"Update {update.Id} has no payload.");
        var activity = new IncomingActivity(Channel, update.ChatId, ActivityKind.Unsupported)
        {
            AcknowledgementId = message.Id,
            ReplyToMessageId = message.Context?.Id,
            OwnPhoneNumber = update.ChatId,
        };
        return message switch
        {
            { Type: "text", Text.Body: { } body } => activity with { Kind = ActivityKind.Text, Text = body },
            { Type: "interactive", Interactive: { } interactive } when (interactive.ButtonReply ?? interactive.ListReply)?.Id is { } id =>
                activity with { Kind = ActivityKind.Choice, ChoiceId = id },
            { Type: "button", Button.Payload: { } payload } => activity with { Kind = ActivityKind.Choice, ChoiceId = payload },
            { Type: "location", Location: not null } => activity with { Kind = ActivityKind.Location },
            { Type: "contacts", Contacts: [{ Phones: [{ } phone, ..] }, ..] } =>
                activity with { Kind = ActivityKind.Contact, PhoneNumber = phone.Phone ?? phone.WaId },
            _ => activity,
        };
    }

    /// <summary>Marks the family's message as read, so they see LK3 has it.</summary>
    public async Task AcknowledgeAsync(IncomingActivity activity, CancellationToken cancellationToken)
    {
        if (activity.AcknowledgementId is null) return;
        try
        {
            await api.PostAsync(WhatsAppRendering.ReadReceipt(activity.AcknowledgementId), cancellationToken);
        }
        catch (Exception exception) when (exception is WhatsAppApiException or HttpRequestException)
        {
            WhatsAppLog.ReadReceiptFailed(logger, exception);
        }
    }

    public async Task<DeliveryOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        try
        {
            if (!message.OutsideWindow)
            {
                try
                {
                    var parts = WhatsAppRendering.Parts(message);
                    for (var i = message.DeliveredParts; i < parts.Count; i++)
                    {
                        message.ExternalMessageId = await api.PostAsync(parts[i], cancellationToken);
                        message.DeliveredParts = i + 1;
                    }
                    return DeliveryOutcome.Sent;
                }
                catch (WhatsAppApiException exception) when (exception.Code == WhatsAppErrors.OutsideWindow)
                {
                    message.OutsideWindow = true;
                }
            }
            return await SendOutsideWindowAsync(message, cancellationToken);
        }
        catch (WhatsAppApiException exception)
        {
            return OutcomeOf(exception);
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException
            || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return DeliveryOutcome.RetryLater(WhatsAppErrors.Shorten(exception.GetType().Name));
        }
    }

    /// <summary>
    /// More than 24 hours since the family wrote: the approved template for the message's purpose goes
    /// instead. A counsellor's own answer is kept and delivered as soon as the family writes back.
    /// </summary>
    private async Task<DeliveryOutcome> SendOutsideWindowAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var template = options.Value.Templates.GetValueOrDefault(message.Purpose);
        var why = template is null
            ? $"{WhatsAppErrors.OutsideWindow}: the family last wrote more than 24 hours ago and no WhatsApp template is set for {message.Purpose}"
            : $"{WhatsAppErrors.OutsideWindow}: the family last wrote more than 24 hours ago; template {template.Name} sent instead";
        if (template is not null)
        {
            try
            {
                message.ExternalMessageId = await api.PostAsync(WhatsAppRendering.Template(message.ChatId, template), cancellationToken);
            }
            catch (WhatsAppApiException exception) when (message.Purpose == MessagePurpose.CounsellorReply && OutcomeOf(exception) is DeliveryOutcome.Refused)
            {
                // The template itself was refused (paused, not approved): the answer still waits for the family.
                why = WhatsAppErrors.Shorten(
                    $"{WhatsAppErrors.OutsideWindow}: the family last wrote more than 24 hours ago; template {template.Name} refused ({exception.Code})");
            }
        }
        if (message.Purpose == MessagePurpose.CounsellorReply) return DeliveryOutcome.HoldUntilFamilyWrites(why);
        return template is null ? DeliveryOutcome.Rejected(why) : DeliveryOutcome.SentAs(why);
    }

    private DeliveryOutcome OutcomeOf(WhatsAppApiException exception)
    {
        var reason = WhatsAppErrors.Shorten($"{exception.Code} {exception.Description}");
        if (WhatsAppErrors.IsRateLimit(exception.Code) || exception.HttpStatus == StatusCodes.Status429TooManyRequests)
            return DeliveryOutcome.RetryLater(reason);
        if (exception.Code == WhatsAppErrors.Undeliverable) return DeliveryOutcome.Unreachable(reason);
        if (exception.Code == WhatsAppErrors.AccessTokenInvalid || exception.HttpStatus == StatusCodes.Status401Unauthorized)
        {
            // Only the operator can fix this; the messages wait for a new token, without using up their attempts.
            WhatsAppLog.AccessTokenRefused(logger);
            return DeliveryOutcome.Paused(reason, TokenRecheck);
        }
        if (WhatsAppErrors.IsTemporary(exception.Code) || exception.HttpStatus >= 500) return DeliveryOutcome.RetryLater(reason);
        WhatsAppLog.SendRefused(logger, exception.Code);
        return DeliveryOutcome.Rejected(reason);
    }
}
