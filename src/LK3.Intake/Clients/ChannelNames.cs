namespace LK3.Intake.Clients;

/// <summary>
/// The channels the bot talks on, by the short names the database keeps for them, and as people in the office say them.
/// Every place that names a channel uses these, so a new channel is added here and nowhere is one misspelt.
/// </summary>
public static class ChannelNames
{
    public const string Telegram = "telegram";
    public const string WhatsApp = "whatsapp";
    public const string Web = "web";

    public static IReadOnlyList<string> All { get; } = [Telegram, WhatsApp, Web];

    /// <summary>Where counsellors are reached: they link their own Telegram chat with a one-time code (/daftar).</summary>
    public const string Counsellors = Telegram;

    public static string Label(string channel) => channel switch
    {
        Telegram => "Telegram",
        WhatsApp => "WhatsApp",
        Web => "Web chat",
        _ => channel,
    };
}
