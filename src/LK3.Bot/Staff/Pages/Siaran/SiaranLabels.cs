using System.Globalization;
using LK3.Intake.Broadcasts;
using LK3.Intake.Cases;
using LK3.Intake.Conversations;

namespace LK3.Bot.Staff.Pages.Siaran;

/// <summary>How the broadcast pages name statuses, channels, languages and times.</summary>
public static class SiaranLabels
{
    public static string Status(BroadcastStatus status) => status switch
    {
        BroadcastStatus.Scheduled => "Terjadwal",
        BroadcastStatus.Sending => "Sedang dikirim",
        BroadcastStatus.Completed => "Selesai",
        BroadcastStatus.Cancelled => "Dibatalkan",
        _ => status.ToString(),
    };

    public static string Channel(string? channel) => channel switch
    {
        null => "Semua kanal",
        "telegram" => "Telegram",
        "whatsapp" => "WhatsApp",
        "web" => "Web chat",
        _ => channel,
    };

    public static string Language(string? language) => language switch
    {
        null => "Semua bahasa",
        "id" => "Bahasa Indonesia",
        "en" => "English",
        _ => language,
    };

    public static string Kecamatan(Kecamatan? kecamatan) =>
        kecamatan is { } k ? ConversationTexts.Indonesian.Kecamatans[k] : "Semua kecamatan";

    public static string Topics(IReadOnlyCollection<NewsTopic> topics) =>
        topics.Count == 0 ? "Semua pelanggan" : string.Join(", ", topics.Select(t => ConversationTexts.Indonesian.NewsTopics[t]));

    /// <summary>An instant in office time (WITA).</summary>
    public static string When(DateTimeOffset at) => at.ToOfficeTime().ToString("dd/MM/yyyy HH.mm", CultureInfo.InvariantCulture) + " WITA";

    public static string When(DateTimeOffset? at) => at is { } value ? When(value) : "—";

    public static string Number(int value) => value.ToString("N0", CultureInfo.GetCultureInfo("id-ID"));

    public static string Rate(double perSecond) => perSecond.ToString("0.#", CultureInfo.GetCultureInfo("id-ID"));
}
