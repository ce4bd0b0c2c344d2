using LK3.Bot.Staff;
using LK3.Intake.Broadcasts;
using LK3.Intake.Cases;
using LK3.Intake.Conversations;

namespace LK3.Bot.Broadcasts;

/// <summary>How the broadcast pages name statuses, channels, languages, kecamatan and topics.</summary>
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

    public static string Channel(string? channel) => channel is null ? "Semua kanal" : StaffFormat.Channel(channel);

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
}
