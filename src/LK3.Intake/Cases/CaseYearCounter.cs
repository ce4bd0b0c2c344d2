namespace LK3.Intake.Cases;

/// <summary>
/// The last case number given out in a year. Incrementing this row inside the turn's
/// transaction locks it until commit, so concurrent intakes get consecutive, unique numbers
/// without gaps on every database.
/// </summary>
public sealed class CaseYearCounter
{
    public int Year { get; set; }
    public int LastNumber { get; set; }
}
