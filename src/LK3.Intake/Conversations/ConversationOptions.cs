using System.ComponentModel.DataAnnotations;

namespace LK3.Intake.Conversations;

/// <summary>The "Conversation" configuration section.</summary>
public sealed class ConversationOptions
{
    public const string SectionName = "Conversation";

    /// <summary>After this long without a message, an unfinished conversation goes back to the menu.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromHours(2);
}
