using LK3.Bot.Channels;
using Microsoft.Extensions.Options;

namespace LK3.Tests.Unit;

/// <summary>When a chat is flooding, counted by when its updates arrived (15 in 10 seconds allowed, as configured by default).</summary>
public sealed class ChatFloodTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 2, 0, 0, TimeSpan.Zero);
    private static readonly ChatKey Chat = new("telegram", "42");
    private readonly ChatFlood _flood = new(Options.Create(new MessagingOptions()));
    private long _nextUpdateId;

    [Fact]
    public void Sixteen_messages_within_ten_seconds_begin_a_flood_that_is_told_once_and_ends_when_the_pace_drops()
    {
        var verdicts = Enumerable.Range(0, 20).Select(i => Observe(Start.AddMilliseconds(100 * i))).ToList();

        Assert.All(verdicts.Take(15), v => Assert.Equal(FloodVerdict.Calm, v));
        Assert.Equal(FloodVerdict.Began, verdicts[15]);
        Assert.All(verdicts.Skip(16), v => Assert.Equal(FloodVerdict.Continuing, v));
        Assert.Equal(FloodVerdict.Ended, Observe(Start.AddSeconds(30)));
        Assert.Equal(FloodVerdict.Calm, Observe(Start.AddSeconds(31)));
    }

    [Fact]
    public void A_backlog_handled_at_once_after_an_outage_is_no_flood_when_it_arrived_slowly()
    {
        Assert.All(Enumerable.Range(0, 50).Select(i => Observe(Start.AddSeconds(2 * i))), v => Assert.Equal(FloodVerdict.Calm, v));
    }

    [Fact]
    public void A_turn_run_again_for_the_same_update_is_not_counted_twice()
    {
        for (var i = 0; i < 15; i++) Observe(Start);
        var id = ++_nextUpdateId;

        Assert.Equal(FloodVerdict.Began, _flood.Observe(Chat, id, Start));
        Assert.Equal(FloodVerdict.Began, _flood.Observe(Chat, id, Start));
        Assert.Equal(FloodVerdict.Continuing, Observe(Start));
    }

    [Fact]
    public void A_chat_hovering_at_the_limit_is_not_told_again_within_the_window()
    {
        for (var i = 0; i < 15; i++) Observe(Start);
        Assert.Equal(FloodVerdict.Began, Observe(Start.AddSeconds(9.9)));
        Assert.Equal(FloodVerdict.Ended, Observe(Start.AddSeconds(10.1)));

        // Over the limit again at once, but told 0.4 s ago.
        var again = Enumerable.Range(0, 14).Select(_ => Observe(Start.AddSeconds(10.3))).ToList();
        Assert.Equal(FloodVerdict.Continuing, again[^1]);
        Assert.DoesNotContain(FloodVerdict.Began, again);
    }

    [Fact]
    public void Each_chat_is_counted_on_its_own()
    {
        for (var i = 0; i < 15; i++) Observe(Start);

        Assert.Equal(FloodVerdict.Calm, _flood.Observe(new ChatKey("whatsapp", "42"), ++_nextUpdateId, Start));
        Assert.Equal(FloodVerdict.Began, Observe(Start));
    }

    private FloodVerdict Observe(DateTimeOffset receivedAt) => _flood.Observe(Chat, ++_nextUpdateId, receivedAt);

    public void Dispose() => _flood.Dispose();
}
