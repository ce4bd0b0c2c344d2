using System.ComponentModel.DataAnnotations;

namespace LK3.Bot.Channels;

/// <summary>The "Messaging" configuration section: how stored updates and replies are worked through.</summary>
public sealed class MessagingOptions
{
    public const string SectionName = "Messaging";

    /// <summary>
    /// Chats handled at the same time (each chat by one worker, in order). Their turns ready together share a transaction,
    /// so more workers make fewer, larger commits: 64 measured best on SQLite (benchmarks/README.md).
    /// </summary>
    [Range(1, 256)]
    public int Workers { get; set; } = 64;

    /// <summary>How often work left behind (a restart, a delivery to retry) is looked for.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Attempts to deliver one reply before it is recorded as failed.</summary>
    [Range(1, 100)]
    public int MaxDeliveryAttempts { get; set; } = 8;

    /// <summary>More messages than this from one chat within <see cref="FloodWindow"/> is a flood: one notice, then its replies wait.</summary>
    [Range(1, 1000)]
    public int FloodMessages { get; set; } = 15;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan FloodWindow { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a flooding chat must be quiet before the reply to its latest message goes.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan FloodQuietPeriod { get; set; } = TimeSpan.FromSeconds(5);
}
