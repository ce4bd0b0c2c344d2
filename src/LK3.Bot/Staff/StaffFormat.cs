using System.Globalization;
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

    /// <summary>How the family asked to be reached, in staff's words: "Telepon" or "Chat (WhatsApp)" — not the family's "Lewat chat ini".</summary>
    public static string Contact(ContactMethod method, string channel) =>
        method == ContactMethod.PhoneCall ? "Telepon" : $"Chat ({Channel(channel)})";
}
