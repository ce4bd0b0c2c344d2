using System.ComponentModel.DataAnnotations;
using LK3.Intake.Clients;

namespace LK3.Bot.Broadcasts;

/// <summary>The "Broadcasts" section: how fast broadcasts go out per channel, and how hard a failure is retried.</summary>
public sealed class BroadcastOptions
{
    public const string SectionName = "Broadcasts";

    /// <summary>Messages a second per channel; Telegram allows about 30 a second overall, so 25 leaves room for replies.</summary>
    public Dictionary<string, double> MessagesPerSecond { get; set; } = new()
    {
        [ChannelNames.Telegram] = 25,
        [ChannelNames.WhatsApp] = 20,
        [ChannelNames.Web] = 100,
    };

    /// <summary>For a channel not named above.</summary>
    [Range(0.1, 10_000)]
    public double DefaultMessagesPerSecond { get; set; } = 10;

    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Deliveries read at a time; each is taken just before its own send and recorded as soon as its outcome is known.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 100;

    /// <summary>Sends under way at once, so network round trips do not limit the rate.</summary>
    [Range(1, 256)]
    public int Parallelism { get; set; } = 16;

    public double RateOf(string channel) => MessagesPerSecond.GetValueOrDefault(channel, DefaultMessagesPerSecond);
}
