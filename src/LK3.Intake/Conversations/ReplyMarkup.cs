using System.Globalization;

namespace LK3.Intake.Conversations;

/// <summary>Helpers for the reply markup: everything a family wrote is escaped before it is echoed.</summary>
public static class ReplyMarkup
{
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>Fills a template of our own with values that are escaped first, whatever they are.</summary>
    public static string Format(string template, params object[] values) =>
        string.Format(CultureInfo.InvariantCulture, template, [.. values.Select(v => Escape(Convert.ToString(v, CultureInfo.InvariantCulture) ?? ""))]);
}
