using System.Text;
using LK3.Intake.Reports;

namespace LK3.Intake.Tests.Reports;

public sealed class FiguresCsvTests
{
    private static YearlyFigures Figures(TimeSpan? median = null, params FigureRow[] partners) => new()
    {
        Year = 2026,
        CasesHandled = 3,
        NewClients = 2,
        ContinuingClients = 1,
        Urgent = 1,
        Closed = 0,
        ByCategory = [new("DomesticViolence", "Kekerasan (KDRT)", 2), new("ChildProtection", "Anak & pengasuhan", 1)],
        ByStage = [new("InitialContact", "kontak awal", 3)],
        ByKecamatan = [new("BontangUtara", "Bontang Utara", 3)],
        ByReferralPartner = partners,
        ByChannel = [new("telegram", "Telegram", 3)],
        MedianTimeToFirstContact = median,
        CasesWithFirstContact = median is null ? 0 : 2,
    };

    [Fact]
    public void The_figures_are_one_line_each_under_a_header_with_CRLF_and_the_median_in_invariant_hours()
    {
        var csv = FiguresCsv.Write(Figures(TimeSpan.FromMinutes(330), new FigureRow("2", "Kepolisian", 1), new FigureRow("none", "Tidak dirujuk", 2)));

        Assert.Equal(
            "bagian,kunci,label,jumlah\r\n" +
            "ringkasan,tahun,Tahun,2026\r\n" +
            "ringkasan,kasus,Kasus ditangani,3\r\n" +
            "ringkasan,klien_baru,Klien baru,2\r\n" +
            "ringkasan,klien_lanjutan,Klien binaan lanjutan,1\r\n" +
            "ringkasan,mendesak,Kasus mendesak,1\r\n" +
            "ringkasan,selesai,Kasus selesai,0\r\n" +
            "ringkasan,kasus_kontak_pertama,Kasus dengan kontak pertama,2\r\n" +
            "ringkasan,median_jam_kontak_pertama,Median waktu sampai kontak pertama (jam),5.5\r\n" +
            "kategori,DomesticViolence,Kekerasan (KDRT),2\r\n" +
            "kategori,ChildProtection,Anak & pengasuhan,1\r\n" +
            "tahap,InitialContact,kontak awal,3\r\n" +
            "kecamatan,BontangUtara,Bontang Utara,3\r\n" +
            "rujukan,2,Kepolisian,1\r\n" +
            "rujukan,none,Tidak dirujuk,2\r\n" +
            "kanal,telegram,Telegram,3\r\n",
            csv);
    }

    [Fact]
    public void Without_a_first_contact_the_median_field_is_empty_and_other_medians_round_to_two_decimals()
    {
        Assert.Contains("\r\nringkasan,median_jam_kontak_pertama,Median waktu sampai kontak pertama (jam),\r\n", FiguresCsv.Write(Figures()));
        Assert.Contains(",Median waktu sampai kontak pertama (jam),0.33\r\n", FiguresCsv.Write(Figures(TimeSpan.FromMinutes(20))));
        Assert.Contains(",Median waktu sampai kontak pertama (jam),26\r\n", FiguresCsv.Write(Figures(TimeSpan.FromHours(26))));
    }

    [Fact]
    public void A_partner_name_with_a_comma_a_quote_or_a_line_break_is_quoted_with_its_quotes_doubled()
    {
        var csv = FiguresCsv.Write(Figures(null,
            new FigureRow("7", "Yayasan \"Kasih\", Bontang", 1),
            new FigureRow("8", "Panti\nSosial", 1)));

        Assert.Contains("\r\nrujukan,7,\"Yayasan \"\"Kasih\"\", Bontang\",1\r\n", csv);
        Assert.Contains("\r\nrujukan,8,\"Panti\nSosial\",1\r\n", csv);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+62 812", "'+62 812")]
    [InlineData("-1+1", "'-1+1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tLAZ", "'\tLAZ")]
    [InlineData("LAZ = Lembaga Amil Zakat", "LAZ = Lembaga Amil Zakat")]
    public void A_label_a_spreadsheet_would_run_as_a_formula_gets_a_leading_apostrophe(string label, string field)
    {
        var csv = FiguresCsv.Write(Figures(null, new FigureRow("9", label, 1)));

        Assert.Contains($"\r\nrujukan,9,{field},1\r\n", csv);
    }

    [Fact]
    public void The_UTF8_bytes_start_with_a_byte_order_mark_for_Excel()
    {
        var bytes = FiguresCsv.WriteUtf8(Figures(null, new FigureRow("3", "Yayasan Pandu Qolby – Bontang", 1)));

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Contains("Yayasan Pandu Qolby – Bontang", Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }
}
