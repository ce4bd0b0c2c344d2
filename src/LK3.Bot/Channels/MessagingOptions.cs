using System.ComponentModel.DataAnnotations;

namespace LK3.Bot.Channels;

/// <summary>The "Messaging" configuration section: how stored updates and replies are worked through.</summary>
public sealed class MessagingOptions
{
    public const string SectionName = "Messaging";

    /// <summary>Chats handled at the same time (each chat by one worker, in order).</summary>
    [Range(1, 256)]
    public int Workers { get; set; } = 8;

    /// <summary>How often work left behind (a restart, a delivery to retry) is looked for.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Attempts to deliver one reply before it is recorded as failed.</summary>
    [Range(1, 100)]
    public int MaxDeliveryAttempts { get; set; } = 8;
}
