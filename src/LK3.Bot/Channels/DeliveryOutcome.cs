namespace LK3.Bot.Channels;

/// <summary>What became of one attempt to deliver a message.</summary>
public abstract record DeliveryOutcome(string Reason)
{
    public static readonly DeliveryOutcome Sent = new Delivered("");

    /// <summary>Delivered in another form than asked (a template instead of the text), for the reason given.</summary>
    public static DeliveryOutcome SentAs(string reason) => new Delivered(reason);

    /// <summary>The channel takes the message only once the family writes again; until then it waits, and the ones after it go on.</summary>
    public static DeliveryOutcome HoldUntilFamilyWrites(string reason) => new Held(reason);

    /// <summary>The channel asked us to wait (<paramref name="delay"/>), or failed in a way worth another try (no delay given).</summary>
    public static DeliveryOutcome RetryLater(string reason, TimeSpan? delay = null) => new Retry(reason, delay);

    /// <summary>
    /// Nothing can go until the operator fixes something (an expired token): try again after <paramref name="delay"/>, without
    /// using up attempts.
    /// </summary>
    public static DeliveryOutcome Paused(string reason, TimeSpan delay) => new Pause(reason, delay);

    /// <summary>The family blocked the bot or left: stop writing to them.</summary>
    public static DeliveryOutcome Unreachable(string reason) => new Blocked(reason);

    /// <summary>The channel refused this message for good.</summary>
    public static DeliveryOutcome Rejected(string reason) => new Refused(reason);

    public sealed record Delivered(string Reason) : DeliveryOutcome(Reason);
    public sealed record Held(string Reason) : DeliveryOutcome(Reason);
    public sealed record Retry(string Reason, TimeSpan? Delay) : DeliveryOutcome(Reason);
    public sealed record Pause(string Reason, TimeSpan Delay) : DeliveryOutcome(Reason);
    public sealed record Blocked(string Reason) : DeliveryOutcome(Reason);
    public sealed record Refused(string Reason) : DeliveryOutcome(Reason);
}
