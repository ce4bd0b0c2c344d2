using System.Globalization;
using LK3.Intake.Clients;
using LK3.Intake.FollowUps;
using Microsoft.Extensions.Options;

namespace LK3.Intake.Information;

/// <summary>
/// Fills the office's facts into texts, from settings rather than fixed words, so a text never contradicts them:
/// {alamat_kantor}, {telepon_kantor}, {whatsapp_kantor} (Office:*) and {jam_layanan} (OfficeHours:*). A line whose fact
/// is not set is left out; an address not set asks the family to ask staff.
/// </summary>
public sealed class OfficeFacts(IOptions<OfficeOptions> office, IOptions<OfficeHoursOptions> hours)
{
    public const string AddressPlaceholder = "{alamat_kantor}";
    public const string PhonePlaceholder = "{telepon_kantor}";
    public const string WhatsAppPlaceholder = "{whatsapp_kantor}";
    public const string HoursPlaceholder = "{jam_layanan}";

    private static readonly string[] IndonesianDays = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];
    private static readonly string[] EnglishDays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    public string Fill(string text, string language) =>
        Fill(text, language, Present(office.Value.Address)
            ?? (language == Languages.English ? "please ask our staff in this chat" : "silakan tanyakan kepada petugas kami lewat chat ini"));

    /// <summary>As <see cref="Fill(string, string)"/>, but an address not set leaves its line out too: for a family that is not writing to staff.</summary>
    public string FillKnown(string text, string language) => Fill(text, language, Present(office.Value.Address));

    private string Fill(string text, string language, string? address)
    {
        if (!text.Contains('{', StringComparison.Ordinal)) return text;
        var facts = new Dictionary<string, string?>
        {
            [AddressPlaceholder] = address,
            [PhonePlaceholder] = Present(office.Value.Phone),
            [WhatsAppPlaceholder] = Present(office.Value.WhatsApp),
            [HoursPlaceholder] = Hours(language),
        };
        var lines = text.Split('\n').Where(line => !facts.Any(f => f.Value is null && line.Contains(f.Key, StringComparison.Ordinal)));
        return facts.Where(f => f.Value is not null)
            .Aggregate(string.Join('\n', lines),
                (filled, fact) => filled.Replace(fact.Key, Conversations.ReplyMarkup.Escape(fact.Value!), StringComparison.Ordinal));
    }

    /// <summary>Whether an address, a telephone or a WhatsApp number of the office is set, to give a family that will not chat.</summary>
    public bool CanBeReachedOutsideTheChat =>
        Present(office.Value.Address) is not null || Present(office.Value.Phone) is not null || Present(office.Value.WhatsApp) is not null;

    /// <summary>"Senin–Jumat, 08.00–16.00 WITA" / "Monday–Friday, 08.00–16.00 WITA".</summary>
    public string Hours(string language)
    {
        var options = hours.Value;
        var days = (options.Days.Count > 0 ? options.Days : [.. OfficeHoursOptions.DefaultDays]).Distinct().Order().ToList();
        var names = language == Languages.English ? EnglishDays : IndonesianDays;
        var consecutive = days.Count > 2 && days[^1] - days[0] == days.Count - 1;
        var dayText = consecutive ? $"{names[(int)days[0]]}–{names[(int)days[^1]]}" : string.Join(", ", days.Select(d => names[(int)d]));
        var time = $"{options.Opens.ToString("HH.mm", CultureInfo.InvariantCulture)}–{options.Closes.ToString("HH.mm", CultureInfo.InvariantCulture)} WITA";
        return $"{dayText}, {time}";
    }

    private static string? Present(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
