namespace LK3.Intake.Conversations;

/// <summary>One thing a family did on any channel, translated by that channel's adapter.</summary>
public sealed record IncomingActivity(string Channel, string ChatId, ActivityKind Kind)
{
    public string? Text { get; init; }

    /// <summary>The id of the button the family pressed (<see cref="ReplyButton.Id"/>).</summary>
    public string? ChoiceId { get; init; }

    /// <summary>A phone number the family shared as a contact.</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>The number the family writes from, when the channel shows it (WhatsApp's sender); "nomor ini aja" means it.</summary>
    public string? OwnPhoneNumber { get; init; }

    /// <summary>The language the family's app is set to, when the channel tells it (for example "en").</summary>
    public string? LanguageHint { get; init; }

    /// <summary>The channel's id of the message this one answers (a Telegram reply), if any.</summary>
    public string? ReplyToMessageId { get; init; }

    /// <summary>
    /// An id the channel wants acknowledged once the activity is handled (a WhatsApp message to mark read; Telegram's callback
    /// query id when polling), if it was not acknowledged on arrival.
    /// </summary>
    public string? AcknowledgementId { get; init; }

    /// <summary>The typed message already understood before its turn (<see cref="ReadingAhead"/>), if it was.</summary>
    public UnderstoodAhead? ReadAhead { get; init; }

    public static IncomingActivity FromText(string channel, string chatId, string text) => new(channel, chatId, ActivityKind.Text) { Text = text };
    public static IncomingActivity FromChoice(string channel, string chatId, string choiceId) =>
        new(channel, chatId, ActivityKind.Choice) { ChoiceId = choiceId };
}

public enum ActivityKind
{
    Text,
    Choice,
    Contact,
    Location,
    Unsupported,
}
