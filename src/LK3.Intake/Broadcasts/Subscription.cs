namespace LK3.Intake.Broadcasts;

/// <summary>
/// A family's explicit opt-in to LK3's broadcasts, with the topics chosen; once stopped, no broadcast
/// reaches them until they opt in again themselves.
/// </summary>
public sealed class Subscription
{
    public int Id { get; set; }
    public int ClientId { get; set; }
    public List<NewsTopic> Topics { get; set; } = [];
    public DateTimeOffset SubscribedAt { get; set; }
    public DateTimeOffset? StoppedAt { get; set; }

    public bool IsActive => StoppedAt is null && Topics.Count > 0;

    /// <summary>Opts in to <paramref name="topic"/>; after a stop, this is a new opt-in with only this topic.</summary>
    public void Add(NewsTopic topic, DateTimeOffset now)
    {
        if (StoppedAt is not null)
        {
            Topics.Clear();
            StoppedAt = null;
        }
        if (Topics.Count == 0) SubscribedAt = now;
        if (!Topics.Contains(topic)) Topics.Add(topic);
    }

    public void Stop(DateTimeOffset now) => StoppedAt ??= now;
}
