using System.Globalization;
using LK3.Intake.Conversations;
using Microsoft.EntityFrameworkCore;

namespace LK3.Intake.Outbox;

/// <summary>
/// Where a channel showed a menu as numbered lines (too many choices for its buttons), a number
/// the family writes back is the choice it stands for.
/// </summary>
public static class NumberedChoices
{
    public static async Task<IncomingActivity> ResolveAsync(this IQueryable<OutgoingMessage> messages, IncomingActivity activity, CancellationToken cancellationToken)
    {
        if (activity is not { Kind: ActivityKind.Text, Text: { } text }
            || !int.TryParse(text.Trim().TrimEnd('.'), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || number < 1)
        {
            return activity;
        }
        // The last question asked: the newest message of the chat that offered choices.
        var recent = await messages
            .Where(m => m.Channel == activity.Channel && m.ChatId == activity.ChatId && m.Status != DeliveryStatus.Pending)
            .OrderByDescending(m => m.Id)
            .Take(5)
            .ToListAsync(cancellationToken);
        var question = recent.FirstOrDefault(m => m.Buttons.Count > 0);
        return question is { ChoicesAsNumbers: true } && number <= question.Buttons.Count
            ? activity with { Kind = ActivityKind.Choice, ChoiceId = question.Buttons[number - 1].Id, Text = null }
            : activity;
    }
}
