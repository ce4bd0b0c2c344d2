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
    private int _seen;

    public string Number => number;
    public GraphMessage? LastPrompt { get; private set; }

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

    public async Task<IReadOnlyList<GraphMessage>> NextTurnAsync()
    {
        var wanted = _seen + 1;
        while (true)
        {
            var sent = await graph.WaitForMessagesAsync(number, wanted, replyTimeout);
            var end = sent.Skip(_seen).Select((m, i) => (m, i)).FirstOrDefault(x => AsksSomething(x.m));
            if (end.m is null)
            {
                wanted = sent.Count + 1;
                continue;
            }
            var turn = sent.Skip(_seen).Take(end.i + 1).ToList();
            _seen += end.i + 1;
            LastPrompt = end.m;
            return turn;
        }
    }

    /// <summary>The next single message, for what the bot sends unasked.</summary>
    public async Task<GraphMessage> NextAsync()
    {
        var sent = await graph.WaitForMessagesAsync(number, _seen + 1, replyTimeout);
        return sent[_seen++];
    }

    public string TextOf(GraphMessage message) => message.Text ?? "";

    private static bool AsksSomething(GraphMessage message) =>
        message.Type == "interactive" || message.Text?.Contains("reply with a number", StringComparison.Ordinal) == true;
}
