using System.Text;
using System.Text.RegularExpressions;
using LK3.Intake.Conversations;
using LK3.Intake.Outbox;

namespace LK3.Bot.Channels.WhatsApp;

/// <summary>
/// Turns a reply into Cloud API messages: text, reply buttons (up to 3 short ones), a list (up to 10
/// rows), or, for a longer menu, numbered lines the family answers with a number (the engine takes a
/// number as the choice of that place in the question it asked).
/// </summary>
internal static partial class WhatsAppRendering
{
    public const int MaxReplyButtons = 3;
    public const int MaxButtonTitle = 20;
    public const int MaxListRows = 10;
    public const int MaxRowTitle = 24;
    public const int MaxRowDescription = 72;
    public const int MaxInteractiveBody = 1024;
    public const string ListButton = "Pilih";
    private const string NumberHint = "Balas dengan angka pilihan Anda (reply with a number).";

    private enum Layout { Text, ReplyButtons, List, Numbered }

    /// <summary>The messages that deliver <paramref name="message"/>, the same on every attempt, so a retry can skip those already sent.</summary>
    public static IReadOnlyList<object> Parts(OutgoingMessage message)
    {
        // WhatsApp's reply buttons cannot open an address: a link goes on a line of its own, which WhatsApp makes tappable.
        var choices = message.Buttons.Where(b => b.Url is null).ToList();
        var links = string.Concat(message.Buttons.Where(b => b.Url is not null)
            .Select(b => $"\n\n{ReplyMarkup.Escape(b.Label)}: {ReplyMarkup.Escape(b.Url!)}"));
        var layout = LayoutOf(choices);
        var markup = (layout == Layout.Numbered ? message.Text + NumberedChoices(choices) : message.Text) + links;
        var pieces = ReplySplitter.Split(markup).ToList();
        if (layout is Layout.Text or Layout.Numbered)
        {
            return [.. pieces.Select(piece => Text(message.ChatId, piece))];
        }
        // The buttons go with the last piece, whose body has a smaller limit.
        if (ToWhatsApp(pieces[^1]).Length > MaxInteractiveBody)
        {
            var last = pieces[^1];
            pieces.RemoveAt(pieces.Count - 1);
            pieces.AddRange(ReplySplitter.Split(last, MaxInteractiveBody));
        }
        List<object> parts = [.. pieces.SkipLast(1).Select(piece => Text(message.ChatId, piece))];
        var body = ToWhatsApp(pieces[^1]);
        parts.Add(layout == Layout.ReplyButtons
            ? Interactive(message.ChatId, body, "button", ReplyButtons(choices))
            : Interactive(message.ChatId, body, "list", List(choices)));
        return parts;
    }

    public static object Template(string to, WhatsAppTemplate template) => new
    {
        MessagingProduct = "whatsapp",
        RecipientType = "individual",
        To = to,
        Type = "template",
        Template = new { template.Name, Language = new { Code = template.Language } },
    };

    /// <summary>Blue ticks: the family sees that LK3 has read their message.</summary>
    public static object ReadReceipt(string messageId) => new { MessagingProduct = "whatsapp", Status = "read", MessageId = messageId };

    /// <summary>WhatsApp's own formatting: *bold*, _italic_, and plain characters for the escaped ones.</summary>
    public static string ToWhatsApp(string markup) => MarkupToken().Replace(markup, token => token.Value switch
    {
        "<b>" or "</b>" => "*",
        "<i>" or "</i>" => "_",
        "&lt;" => "<",
        "&gt;" => ">",
        _ => "&",
    });

    private static Layout LayoutOf(IReadOnlyList<ReplyButton> buttons) => buttons.Count switch
    {
        0 => Layout.Text,
        <= MaxReplyButtons when buttons.All(b => b.Label.Length <= MaxButtonTitle) => Layout.ReplyButtons,
        <= MaxListRows => Layout.List,
        _ => Layout.Numbered,
    };

    private static object Text(string to, string markup) => new
    {
        MessagingProduct = "whatsapp",
        RecipientType = "individual",
        To = to,
        Type = "text",
        Text = new { PreviewUrl = false, Body = ToWhatsApp(markup) },
    };

    private static object Interactive(string to, string body, string type, object action) => new
    {
        MessagingProduct = "whatsapp",
        RecipientType = "individual",
        To = to,
        Type = "interactive",
        Interactive = new { Type = type, Body = new { Text = body }, Action = action },
    };

    private static ReplyButtonsAction ReplyButtons(IReadOnlyList<ReplyButton> buttons) =>
        new([.. buttons.Select(b => new ReplyButtonItem("reply", new ReplyItem(b.Id, b.Label)))]);

    private static ListAction List(IReadOnlyList<ReplyButton> buttons) =>
        new(ListButton, [new ListSection([.. buttons.Select(b =>
            new ListRow(b.Id, Fit(b.Label, MaxRowTitle), b.Label.Length > MaxRowTitle ? Fit(b.Label, MaxRowDescription) : null))])]);

    private static string NumberedChoices(IReadOnlyList<ReplyButton> buttons)
    {
        var text = new StringBuilder("\n");
        for (var i = 0; i < buttons.Count; i++) text.Append('\n').Append(i + 1).Append(". ").Append(ReplyMarkup.Escape(buttons[i].Label));
        return text.Append("\n\n<i>").Append(NumberHint).Append("</i>").ToString();
    }

    private static string Fit(string label, int length) => label.Length <= length ? label : label[..(length - 1)].TrimEnd() + "…";

    private sealed record ReplyButtonsAction(IReadOnlyList<ReplyButtonItem> Buttons);

    private sealed record ReplyButtonItem(string Type, ReplyItem Reply);

    private sealed record ReplyItem(string Id, string Title);

    private sealed record ListAction(string Button, IReadOnlyList<ListSection> Sections);

    private sealed record ListSection(IReadOnlyList<ListRow> Rows);

    private sealed record ListRow(string Id, string Title, string? Description);

    [GeneratedRegex("</?[bi]>|&(?:amp|lt|gt);")]
    private static partial Regex MarkupToken();
}
