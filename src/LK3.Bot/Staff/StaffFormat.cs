using System.Globalization;
using Microsoft.AspNetCore.Html;
using LK3.Intake.Cases;
using LK3.Intake.Clients;
using LK3.Intake.Conversations;

namespace LK3.Bot.Staff;

/// <summary>How the staff app writes times, numbers and channels: in WITA and the Indonesian way ("1.234", "0,1 jam").</summary>
public static class StaffFormat
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    /// <summary>"05/01/2026 10.30 WITA".</summary>
    public static string When(DateTimeOffset at) => OfficeTime.Show(at);

    public static string When(DateTimeOffset? at) => at is { } value ? When(value) : "—";

    /// <summary>"1.234".</summary>
    public static string Number(int value) => value.ToString("N0", Indonesian);

    /// <summary>"0,1" (one decimal at most).</summary>
    public static string Decimal(double value) => value.ToString("#,0.#", Indonesian);

    /// <summary>"0,1 jam".</summary>
    public static string Hours(TimeSpan span) => $"{Decimal(span.TotalHours)} jam";

    /// <summary>How long someone has waited, to the minute: "kurang dari 1 menit", "45 menit", "3 jam 5 menit", "2 hari 4 jam".</summary>
    public static string Duration(TimeSpan span) => span switch
    {
        { TotalMinutes: < 1 } => "kurang dari 1 menit",
        { TotalHours: < 1 } => $"{span.Minutes} menit",
        { TotalDays: < 1 } => span.Minutes == 0 ? $"{span.Hours} jam" : $"{span.Hours} jam {span.Minutes} menit",
        _ => span.Hours == 0 ? $"{Number(span.Days)} hari" : $"{Number(span.Days)} hari {span.Hours} jam",
    };

    public static string Channel(string channel) => ChannelNames.Label(channel);

    /// <summary>
    /// How the family asked to be reached, in staff's words — "Telepon" with the number to tap, or "Chat (WhatsApp)" — not the
    /// family's "Lewat chat ini"; the same on the queue and the case page.
    /// </summary>
    public static IHtmlContent Contact(ContactMethod method, string channel, string? phone)
    {
        var html = new HtmlContentBuilder().Append(method == ContactMethod.PhoneCall ? "Telepon" : $"Chat ({Channel(channel)})");
        if (phone is null) return html;
        return html.Append(" ").AppendHtml("<a href=\"tel:").Append(phone).AppendHtml("\">").Append(phone).AppendHtml("</a>");
    }
}
