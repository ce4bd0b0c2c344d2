using LK3.Intake.Reports;

namespace LK3.Tests.Reports;

/// <summary>The yearly figures of the cases in <see cref="FiguresDatabase"/>, counted by the database.</summary>
public abstract class FiguresQueryTests(FiguresDatabase database)
{
    [SkippableFact]
    public async Task The_summary_counts_the_cases_of_the_year_new_and_continuing_per_case()
    {
        var figures = await ForYearAsync(2026);

        Assert.Equal(2026, figures.Year);
        Assert.Equal(5, figures.CasesHandled);
        Assert.Equal(3, figures.NewClients);
        Assert.Equal(2, figures.ContinuingClients);
        Assert.Equal(1, figures.Urgent);
        Assert.Equal(2, figures.Closed);
        Assert.All([figures.ByCategory, figures.ByStage, figures.ByKecamatan, figures.ByReferralPartner, figures.ByChannel],
            rows => Assert.Equal(5, rows.Sum(r => r.Count)));
    }

    [SkippableFact]
    public async Task Categories_stages_and_kecamatans_list_every_value_in_order_with_zeros()
    {
        var figures = await ForYearAsync(2026);

        Assert.Equal(
        [
            new("FamilyConflict", "Konflik keluarga", 1),
            new("DomesticViolence", "Kekerasan (KDRT)", 2),
            new("ChildProtection", "Anak & pengasuhan", 0),
            new("Youth", "Masalah remaja", 1),
            new("Economic", "Ekonomi & kemiskinan", 1),
            new("Health", "Kesehatan & gizi", 0),
            new("Other", "Lainnya", 0),
        ], figures.ByCategory);
        Assert.Equal(
        [
            new("InitialContact", "kontak awal", 1),
            new("CaseIdentification", "identifikasi kasus", 1),
            new("CaseAssessment", "penelaahan kasus", 0),
            new("InterventionPlanning", "penyusunan rencana intervensi", 0),
            new("Intervention", "pelaksanaan intervensi", 0),
            new("MonitoringEvaluation", "monitoring dan evaluasi", 0),
            new("TerminationReferral", "terminasi dan rujukan", 1),
            new("FollowUpCare", "pembinaan lanjut", 0),
            new("Closed", "selesai", 2),
        ], figures.ByStage);
        Assert.Equal(
        [
            new("BontangUtara", "Bontang Utara", 2),
            new("BontangSelatan", "Bontang Selatan", 1),
            new("BontangBarat", "Bontang Barat", 1),
            new("OutsideBontang", "Di luar Bontang", 1),
        ], figures.ByKecamatan);
    }

    [SkippableFact]
    public async Task Partners_and_channels_list_the_values_present_most_cases_first()
    {
        var figures = await ForYearAsync(2026);

        Assert.Equal(
        [
            new(database.BaznasId.ToString(System.Globalization.CultureInfo.InvariantCulture), "Baznas Kota Bontang", 1),
            new(database.KepolisianId.ToString(System.Globalization.CultureInfo.InvariantCulture), "Kepolisian", 1),
            new(YearlyFigures.NotReferredKey, "Tidak dirujuk", 3),
        ], figures.ByReferralPartner);
        Assert.Equal(
        [
            new("telegram", "Telegram", 2),
            new("whatsapp", "WhatsApp", 2),
            new("web", "Web chat", 1),
        ], figures.ByChannel);
    }

    [SkippableFact]
    public async Task The_median_time_to_first_contact_of_an_odd_count_is_the_middle_case()
    {
        var figures = await ForYearAsync(2026);

        // 2 h (identifikasi kasus before the answer), 0.5 h (the answer before identifikasi kasus), 8 h;
        // neither the case closed from kontak awal nor the one where only the family wrote had a contact.
        Assert.Equal(3, figures.CasesWithFirstContact);
        Assert.Equal(TimeSpan.FromHours(2), figures.MedianTimeToFirstContact);
    }

    [SkippableFact]
    public async Task The_other_year_counts_only_its_own_cases_and_an_even_count_averages_the_middle_two()
    {
        var figures = await ForYearAsync(2025);

        Assert.Equal(2, figures.CasesHandled);
        Assert.Equal(1, figures.NewClients);
        Assert.Equal(1, figures.ContinuingClients);
        Assert.Equal(1, figures.Closed);
        Assert.Equal(0, figures.Urgent);
        Assert.Equal(2, figures.ByCategory.Single(r => r.Key == "Health").Count);
        Assert.Equal([new FigureRow(YearlyFigures.NotReferredKey, "Tidak dirujuk", 2)], figures.ByReferralPartner);
        Assert.Equal([new FigureRow("telegram", "Telegram", 2)], figures.ByChannel);
        Assert.Equal(2, figures.CasesWithFirstContact);
        Assert.Equal(TimeSpan.FromHours(2.5), figures.MedianTimeToFirstContact);
    }

    [SkippableFact]
    public async Task A_year_without_cases_has_zeros_every_fixed_row_and_no_median()
    {
        var figures = await ForYearAsync(2023);

        Assert.Equal(0, figures.CasesHandled);
        Assert.Equal(0, figures.NewClients);
        Assert.Equal(0, figures.ContinuingClients);
        Assert.Equal(0, figures.Urgent);
        Assert.Equal(0, figures.Closed);
        Assert.Equal(7, figures.ByCategory.Count);
        Assert.Equal(9, figures.ByStage.Count);
        Assert.Equal(4, figures.ByKecamatan.Count);
        Assert.All(figures.ByCategory.Concat(figures.ByStage).Concat(figures.ByKecamatan), row => Assert.Equal(0, row.Count));
        Assert.Empty(figures.ByReferralPartner);
        Assert.Empty(figures.ByChannel);
        Assert.Equal(0, figures.CasesWithFirstContact);
        Assert.Null(figures.MedianTimeToFirstContact);
    }

    [SkippableFact]
    public async Task Available_years_are_the_years_with_cases_newest_first()
    {
        await using var db = database.NewContext();

        Assert.Equal([2026, 2025], await db.AvailableYearsAsync(CancellationToken.None));
    }

    private async Task<YearlyFigures> ForYearAsync(int year)
    {
        await using var db = database.NewContext();
        return await db.ForYearAsync(year, CancellationToken.None);
    }
}

public sealed class FiguresQueryTestsOnSqlite(SqliteFiguresDatabase database) : FiguresQueryTests(database), IClassFixture<SqliteFiguresDatabase>;

public sealed class FiguresQueryTestsOnPostgreSql(PostgreSqlFiguresDatabase database) : FiguresQueryTests(database), IClassFixture<PostgreSqlFiguresDatabase>;
