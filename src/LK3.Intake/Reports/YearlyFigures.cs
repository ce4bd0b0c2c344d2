namespace LK3.Intake.Reports;

/// <summary>
/// The yearly report of LK3: the figures the 2013 article gives (cases handled in a year, klien baru versus
/// klien binaan lanjutan) and breakdowns for the staff page. A year is a case's <c>Year</c>, the WITA year of
/// its reference (LK3-2026-0007 counts in 2026). Every breakdown sums to <see cref="CasesHandled"/>.
/// </summary>
public sealed record YearlyFigures
{
    public required int Year { get; init; }

    /// <summary>Cases whose reference is of this year (kasus ditangani).</summary>
    public required int CasesHandled { get; init; }

    /// <summary>
    /// Cases of clients who had no case before (klien baru). Counted per case, as the article counts
    /// ("25 klien baru dan 4 klien binaan lanjutan"): a family with two new cases in a year counts twice.
    /// </summary>
    public required int NewClients { get; init; }

    /// <summary>Cases of clients who already had a case before (klien binaan lanjutan), per case likewise.</summary>
    public required int ContinuingClients { get; init; }

    public required int Urgent { get; init; }

    /// <summary>Cases of the year whose stage is now Closed (selesai).</summary>
    public required int Closed { get; init; }

    /// <summary>Every category in the intake's order, zeros included, so that years compare bar by bar.</summary>
    public required IReadOnlyList<FigureRow> ByCategory { get; init; }

    /// <summary>The stage each case of the year is in now, every stage in the process order, zeros included.</summary>
    public required IReadOnlyList<FigureRow> ByStage { get; init; }

    /// <summary>Every kecamatan in the intake's order, zeros included.</summary>
    public required IReadOnlyList<FigureRow> ByKecamatan { get; init; }

    /// <summary>
    /// Partners with at least one case, most cases first, then one row "Tidak dirujuk" (key <see cref="NotReferredKey"/>)
    /// for the cases without a referral: so this section sums to the cases handled like the others, and the page can
    /// show the referred share; a chart of the partners alone drops that row.
    /// </summary>
    public required IReadOnlyList<FigureRow> ByReferralPartner { get; init; }

    /// <summary>The channels cases came in on (telegram, whatsapp, web), most cases first.</summary>
    public required IReadOnlyList<FigureRow> ByChannel { get; init; }

    /// <summary>
    /// The median time from intake to first contact over the cases of the year that had one; null when none had.
    /// First contact is the earliest of: the first move out of kontak awal other than closing the case
    /// (a case closed straight from kontak awal was never taken up), and the first counsellor message relayed to
    /// the family. It is measured from the case's <c>CreatedAt</c>, in real time, office hours or not.
    /// </summary>
    public required TimeSpan? MedianTimeToFirstContact { get; init; }

    /// <summary>How many cases of the year had a first contact: the cases the median is taken over.</summary>
    public required int CasesWithFirstContact { get; init; }

    public const string NotReferredKey = "none";
}

/// <summary>One bar of a breakdown: a stable key (an enum name, a channel, a partner id), its Indonesian label, and a count.</summary>
public sealed record FigureRow(string Key, string Label, int Count);
