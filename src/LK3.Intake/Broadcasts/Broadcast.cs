using LK3.Intake.Cases;

namespace LK3.Intake.Broadcasts;

/// <summary>A message from staff to the families subscribed to its topics (siaran), sent now or at a set time.</summary>
public sealed class Broadcast
{
    public int Id { get; set; }

    /// <summary>In the reply markup (see <see cref="Conversations.Reply"/>).</summary>
    public required string Text { get; set; }

    /// <summary>An optional link shown as a button under the text.</summary>
    public string? LinkUrl { get; set; }
    public string? LinkLabel { get; set; }

    /// <summary>Subscribers of any of these topics; empty: every subscriber.</summary>
    public List<NewsTopic> Topics { get; set; } = [];

    /// <summary>Only families using this language, channel, or living in this kecamatan (by their latest case); null: all.</summary>
    public string? Language { get; set; }
    public string? Channel { get; set; }
    public Kecamatan? Kecamatan { get; set; }

    public DateTimeOffset SendAt { get; set; }
    public BroadcastStatus Status { get; set; } = BroadcastStatus.Scheduled;
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }

    public const int MaxTextLength = 3500;
}

public enum BroadcastStatus
{
    Scheduled,
    Sending,
    Completed,
    Cancelled,
}
