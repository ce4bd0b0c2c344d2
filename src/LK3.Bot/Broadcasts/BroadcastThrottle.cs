using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace LK3.Bot.Broadcasts;

/// <summary>
/// One pace per channel for broadcasts (a token bucket refilled every 100 ms), and a pause for the whole
/// channel when it says to wait (Telegram's 429 retry_after).
/// </summary>
public sealed class BroadcastThrottle(IOptions<BroadcastOptions> options, TimeProvider time) : IDisposable
{
    private readonly ConcurrentDictionary<string, TokenBucketRateLimiter> _limiters = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _pausedUntil = new();

    public async Task WaitTurnAsync(string channel, CancellationToken cancellationToken)
    {
        if (_pausedUntil.TryGetValue(channel, out var until) && until > time.GetUtcNow())
        {
            await Task.Delay(until - time.GetUtcNow(), time, cancellationToken);
        }
        using var lease = await LimiterOf(channel).AcquireAsync(1, cancellationToken);
    }

    public void Pause(string channel, TimeSpan delay)
    {
        var until = time.GetUtcNow() + delay;
        _pausedUntil.AddOrUpdate(channel, until, (_, current) => current > until ? current : until);
    }

    private TokenBucketRateLimiter LimiterOf(string channel) => _limiters.GetOrAdd(channel, _ =>
    {
        // A bucket that holds one period's tokens: no second can hold more than the rate. Periods of at least
        // 20 ms, since timers are not finer, with as many tokens as the rate gives them.
        var rate = options.Value.RateOf(channel);
        var period = TimeSpan.FromMilliseconds(Math.Max(1000 / rate, 20));
        var tokens = Math.Max(1, (int)Math.Floor(rate * period.TotalSeconds));
        return new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = tokens,
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = period,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    });

    public void Dispose()
    {
        foreach (var limiter in _limiters.Values) limiter.Dispose();
    }
}
