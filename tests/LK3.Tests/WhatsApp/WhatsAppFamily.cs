using System.Net;
using System.Text.RegularExpressions;
using LK3.Tests.EndToEnd;

namespace LK3.Tests.WhatsApp;

/// <summary>
/// One family writing to the bot on WhatsApp: signed webhook calls in, the Graph API double's
/// messages out. A turn's replies are the messages up to the next question with choices (buttons, a
/// list, or numbered lines).
/// </summary>
public sealed partial class WhatsAppFamily(BotApp bot, GraphApiDouble graph, string number, TimeSpan? replyTimeout = null) : IFamilyChat<GraphMessage>
{
    private static long _next = 1_000_000;
    private readonly TurnReader<GraphMessage> _turns = new(count => graph.WaitForMessagesAsync(number, count, replyTimeout), AsksSomething);

    public string Number => number;
    public GraphMessage? LastPrompt => _turns.LastPrompt;

    /// <summary>A new Indonesian mobile number as WhatsApp writes it (country code, no plus).</summary>
    public static string NewNumber() => $"62812{Interlocked.Increment(ref _next):D7}";

    public Task<IReadOnlyList<GraphMessage>> SayAsync(string text) => PostAsync(WhatsAppPayloads.Text(number, text));

    /// <summary>Taps a reply button or picks a list row of the last question, as WhatsApp reports it.</summary>
    public Task<IReadOnlyList<GraphMessage>> PressAsync(string buttonId)
    {
        var button = LastPrompt?.Buttons.FirstOrDefault(b => b.Id == buttonId);
        Assert.True(button is not null, $"The last question offered no button '{buttonId}': {string.Join(", ", LastPrompt?.Buttons.Select(b => b.Id) ?? [])}");
        return PostAsync(LastPrompt!.InteractiveType == "list"
            ? WhatsAppPayloads.ListReply(number, button.Id, button.Title, button.Description)
            : WhatsAppPayloads.ButtonReply(number, button.Id, button.Title));
    }

    /// <summary>Answers a numbered menu with the number of the line that shows <paramref name="label"/>.</summary>
    public Task<IReadOnlyList<GraphMessage>> ChooseNumberedAsync(string label)
    {
        var line = Regex.Match(LastPrompt?.Text ?? "", $@"^(\d+)\. {Regex.Escape(label)}$", RegexOptions.Multiline);
        Assert.True(line.Success, $"The last question has no numbered line '{label}': {LastPrompt?.Text}");
        return SayAsync(line.Groups[1].Value);
    }

    public async Task<IReadOnlyList<GraphMessage>> PostAsync(string payload)
    {
        using var response = await bot.Client.SendAsync(WhatsAppSignature.WebhookRequest(payload, BotApp.WhatsAppAppSecret));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await NextTurnAsync();
    }

    /// <summary>The replies of the next turn: up to and including the next question with choices.</summary>
    public Task<IReadOnlyList<GraphMessage>> NextTurnAsync() => _turns.NextTurnAsync();

    /// <summary>The next single message, for what the bot sends unasked.</summary>
    public Task<GraphMessage> NextAsync() => _turns.NextAsync();

    public string TextOf(GraphMessage message) => message.Text ?? "";

    public bool Offers(string buttonId) => LastPrompt?.Buttons.Any(b => b.Id == buttonId) == true;

    private static bool AsksSomething(GraphMessage message) =>
        message.Type == "interactive" || message.Text?.Contains("reply with a number", StringComparison.Ordinal) == true;
}
