namespace LK3.Bot.Channels;

/// <summary>How long to wait before trying again after failures in a row: 2, 4, 8 … seconds, up to a ceiling.</summary>
internal static class Backoff
{
    public static TimeSpan After(int failures, TimeSpan ceiling) =>
        TimeSpan.FromSeconds(Math.Min(ceiling.TotalSeconds, Math.Pow(2, Math.Min(failures, 30))));
}
