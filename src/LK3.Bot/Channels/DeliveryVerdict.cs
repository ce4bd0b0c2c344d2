namespace LK3.Bot.Channels;

/// <summary>
/// What to do after one attempt to deliver, the same for a family's reply (<see cref="OutboxDeliverer"/>) and for a broadcast
/// (<c>BroadcastLedger</c>): each keeps its own rows, the decision is made here once.
/// </summary>
public sealed record DeliveryVerdict(DeliveryVerdict.Next Then, int Attempts, DateTimeOffset? RetryAt, string? Reason)
{
    public enum Next
    {
        Sent,
        /// <summary>Another try at <see cref="RetryAt"/>; the messages after it wait behind it.</summary>
        RetryLater,
        /// <summary>The channel takes it only once the family writes again.</summary>
        Held,
        /// <summary>The family blocked the bot or left: nothing more goes to them.</summary>
        Unreachable,
        Failed,
    }

    /// <summary>The longest failure reason kept.</summary>
    public const int MaxReasonLength = 300;

    /// <param name="attempts">Attempts made before this one.</param>
    /// <param name="maxAttempts">Attempts after which a failure worth another try is given up.</param>
    /// <param name="backoff">The wait before the next try when the channel named none, by the attempts made so far.</param>
    public static DeliveryVerdict Of(DeliveryOutcome outcome, int attempts, int maxAttempts, DateTimeOffset now, Func<int, TimeSpan> backoff)
    {
        // A pause is the operator's to fix (an expired token): it uses up no attempt.
        var made = outcome is DeliveryOutcome.Pause ? attempts : attempts + 1;
        var reason = outcome.Reason is "" ? null : outcome.Reason[..Math.Min(outcome.Reason.Length, MaxReasonLength)];
        return outcome switch
        {
            DeliveryOutcome.Delivered => new(Next.Sent, made, null, reason),
            DeliveryOutcome.Pause pause => new(Next.RetryLater, made, now + pause.Delay, reason),
            DeliveryOutcome.Retry retry when made < maxAttempts => new(Next.RetryLater, made, now + (retry.Delay ?? backoff(made)), reason),
            DeliveryOutcome.Held => new(Next.Held, made, null, reason),
            DeliveryOutcome.Blocked => new(Next.Unreachable, made, null, reason),
            _ => new(Next.Failed, made, null, reason),
        };
    }
}
