using System.Text.RegularExpressions;

namespace LK3.Intake.Cases;

/// <summary>Indonesian phone numbers as families write them (0812-3456-7890, +62 812 3456 7890), kept as +62….</summary>
public static partial class IndonesianPhoneNumber
{
    public static bool TryNormalize(string? text, out string normalized)
    {
        var digits = Separators().Replace(text ?? "", "");
        var match = Pattern().Match(digits);
        normalized = match.Success ? "+62" + match.Groups["subscriber"].Value : "";
        return match.Success;
    }

    [GeneratedRegex(@"[\s\-\.\(\)]")]
    private static partial Regex Separators();

    // After the country code or trunk 0: mobile numbers start with 8 (9–12 digits), landlines with an area code (8–11 digits).
    [GeneratedRegex(@"^(?:\+62|62|0)(?<subscriber>8[0-9]{8,11}|[2-7][0-9]{7,10})$")]
    private static partial Regex Pattern();
}
