using LK3.Bot.Channels;

namespace LK3.Tests.Unit;

/// <summary>The one decision after an attempt to deliver, shared by replies and broadcasts.</summary>
public sealed class DeliveryVerdictTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 1, 0, 0, TimeSpan.Zero);

    private static DeliveryVerdict After(DeliveryOutcome outcome, int attempts = 0, int max = 3) =>
        DeliveryVerdict.Of(outcome, attempts, max, Now, made => TimeSpan.FromSeconds(10 * made));

    [Fact]
    public void Sent_counts_the_attempt_and_keeps_why_it_went_in_another_form()
    {
        Assert.Equal(new DeliveryVerdict(DeliveryVerdict.Next.Sent, 1, null, null), After(DeliveryOutcome.Sent));
        Assert.Equal("template", After(DeliveryOutcome.SentAs("template")).Reason);
    }

    [Fact]
    public void A_retry_waits_as_long_as_the_channel_asked_or_backs_off_and_gives_up_at_the_last_attempt()
    {
        Assert.Equal(Now + TimeSpan.FromSeconds(7), After(DeliveryOutcome.RetryLater("429", TimeSpan.FromSeconds(7))).RetryAt);
        Assert.Equal(new DeliveryVerdict(DeliveryVerdict.Next.RetryLater, 2, Now + TimeSpan.FromSeconds(20), "timeout"),
            After(DeliveryOutcome.RetryLater("timeout"), attempts: 1));
        Assert.Equal(DeliveryVerdict.Next.Failed, After(DeliveryOutcome.RetryLater("timeout"), attempts: 2).Then);
    }

    [Fact]
    public void A_pause_uses_up_no_attempt_however_many_were_made()
    {
        var verdict = After(DeliveryOutcome.Paused("401", TimeSpan.FromMinutes(5)), attempts: 2);

        Assert.Equal(new DeliveryVerdict(DeliveryVerdict.Next.RetryLater, 2, Now + TimeSpan.FromMinutes(5), "401"), verdict);
    }

    [Fact]
    public void Held_unreachable_and_refused_say_so_with_a_reason_no_longer_than_a_column_keeps()
    {
        Assert.Equal(DeliveryVerdict.Next.Held, After(DeliveryOutcome.HoldUntilFamilyWrites("131047")).Then);
        Assert.Equal(DeliveryVerdict.Next.Unreachable, After(DeliveryOutcome.Unreachable("403")).Then);
        var refused = After(DeliveryOutcome.Rejected(new string('x', 500)));
        Assert.Equal(DeliveryVerdict.Next.Failed, refused.Then);
        Assert.Equal(DeliveryVerdict.MaxReasonLength, refused.Reason!.Length);
    }
}
