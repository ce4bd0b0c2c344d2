using System.Globalization;
using System.Text.RegularExpressions;

namespace LK3.Intake.Cases;

/// <summary>A case reference such as <c>LK3-2026-0007</c>: the year and a number counted per year.</summary>
public readonly partial record struct CaseReference(int Year, int Number)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"LK3-{Year:D4}-{Number:D4}");

    public static bool TryParse(string? text, out CaseReference reference)
    {
        var match = Pattern().Match(text?.Trim() ?? "");
        reference = match.Success
            ? new CaseReference(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))
            : default;
        return match.Success;
    }

    [GeneratedRegex(@"^LK3-([0-9]{4})-([0-9]{4,6})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
