using System.Globalization;
using System.Text;

namespace LK3.Intake.Reports;

/// <summary>
/// The yearly figures as RFC 4180 CSV, one figure a line, for spreadsheets:
/// <code>
/// bagian,kunci,label,jumlah
/// ringkasan,tahun,Tahun,2026
/// ringkasan,kasus,Kasus ditangani,12
/// ...
/// ringkasan,median_jam_kontak_pertama,Median waktu sampai kontak pertama (jam),5.5
/// kategori,DomesticViolence,Kekerasan (KDRT),3
/// tahap,… / kecamatan,… / rujukan,… / kanal,…
/// </code>
/// <c>bagian</c> is the section, <c>kunci</c> a stable key (enum name, partner id, channel; "none" for cases without
/// referral), <c>label</c> the Indonesian text, <c>jumlah</c> a count, except for the median: hours with a decimal
/// point (invariant culture, at most two decimals), empty when no case had a first contact.
/// </summary>
public static class FiguresCsv
{
    public const string Header = "bagian,kunci,label,jumlah";

    public static string Write(YearlyFigures figures)
    {
        var csv = new StringBuilder();
        csv.Append(Header).Append("\r\n");

        void Line(string section, string key, string label, string value) =>
            csv.Append(Field(section)).Append(',').Append(Field(key)).Append(',').Append(Field(label)).Append(',').Append(value).Append("\r\n");

        void Count(string section, string key, string label, int count) => Line(section, key, label, count.ToString(CultureInfo.InvariantCulture));

        void Rows(string section, IEnumerable<FigureRow> rows)
        {
            foreach (var row in rows) Count(section, row.Key, row.Label, row.Count);
        }

        Count("ringkasan", "tahun", "Tahun", figures.Year);
        Count("ringkasan", "kasus", "Kasus ditangani", figures.CasesHandled);
        Count("ringkasan", "klien_baru", "Klien baru", figures.NewClients);
        Count("ringkasan", "klien_lanjutan", "Klien binaan lanjutan", figures.ContinuingClients);
        Count("ringkasan", "mendesak", "Kasus mendesak", figures.Urgent);
        Count("ringkasan", "selesai", "Kasus selesai", figures.Closed);
        Count("ringkasan", "kasus_kontak_pertama", "Kasus dengan kontak pertama", figures.CasesWithFirstContact);
        Line("ringkasan", "median_jam_kontak_pertama", "Median waktu sampai kontak pertama (jam)",
            figures.MedianTimeToFirstContact is { } median ? Math.Round(median.TotalHours, 2).ToString("0.##", CultureInfo.InvariantCulture) : "");
        Rows("kategori", figures.ByCategory);
        Rows("tahap", figures.ByStage);
        Rows("kecamatan", figures.ByKecamatan);
        Rows("rujukan", figures.ByReferralPartner);
        Rows("kanal", figures.ByChannel);
        return csv.ToString();
    }

    /// <summary>The CSV as UTF-8 with a byte order mark, without which Excel reads the file as ANSI and mangles non-ASCII names.</summary>
    public static byte[] WriteUtf8(YearlyFigures figures) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Write(figures))];

    /// <summary>
    /// One text field. A spreadsheet runs a cell starting with = + - @ (or tab, carriage return) as a formula, and
    /// partner names are editable by staff: such a field gets a leading apostrophe, which shows it as text (OWASP's advice).
    /// Then fields with a comma, quote or line break are quoted, their quotes doubled.
    /// </summary>
    internal static string Field(string text)
    {
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r') text = "'" + text;
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }
}
