using System.Collections.Concurrent;
using LK3.Bot.Broadcasts;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LK3.Tests.Unit;

/// <summary>The broadcast pace on a fake clock: many senders at once never start more than the rate in any second.</summary>
public sealed class BroadcastThrottleTests
{
    [Theory]
    [InlineData(25)]
    [InlineData(1000)]
    public async Task Many_senders_never_start_more_than_the_rate_in_any_second_and_keep_up_with_it(double rate)
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var throttle = new BroadcastThrottle(Options.Create(new BroadcastOptions { MessagesPerSecond = new() { ["telegram"] = rate } }), time);
        var starts = new ConcurrentBag<DateTimeOffset>();
        using var stop = new CancellationTokenSource();
        var senders = Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var turn = await throttle.WaitTurnAsync("telegram", stop.Token);
                starts.Add(time.GetUtcNow());
            }
        })).ToList();

        // Five seconds of the fake clock, in steps of 5 ms, each step given time for the waiting senders to run.
        for (var step = 0; step < 1000; step++)
        {
            await Task.Delay(1);
            time.Advance(TimeSpan.FromMilliseconds(5));
        }
        // (A send here ends the moment it starts: the pace is then only the rate.)
        await stop.CancelAsync();
        await Task.WhenAll(senders.Select(s => s.ContinueWith(_ => { }, TaskScheduler.Default)));

        var ordered = starts.Order().ToList();
        var most = ordered.Select((start, i) => ordered.Skip(i).TakeWhile(other => other - start < TimeSpan.FromSeconds(1)).Count()).Max();
        Assert.True(most <= rate, $"{most} sends started within one second (rate {rate})");
        Assert.True(ordered.Count >= rate * 4, $"only {ordered.Count} sends in five seconds (rate {rate})");
    }
}
