namespace LK3.Intake.Conversations;

/// <summary>Helpers for the reply markup: everything a family wrote is escaped before it is echoed.</summary>
public static class ReplyMarkup
{
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);
}
