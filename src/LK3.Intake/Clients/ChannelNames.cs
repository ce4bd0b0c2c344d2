namespace LK3.Intake.Clients;

/// <summary>The channels as people in the office say them; the database keeps the bot's own short names.</summary>
public static class ChannelNames
{
    public static string Label(string channel) => channel switch
    {
        "telegram" => "Telegram",
        "whatsapp" => "WhatsApp",
        "web" => "Web chat",
        _ => channel,
    };
}
