using System.Collections.Concurrent;
using System.Diagnostics;

namespace LK3.Benchmarks;

/// <summary>
/// The latency phase: updates sent at a fixed rate whatever the bot's pace (an open loop), for a set time. Each update
/// comes from a family whose last turn has ended and who has "thought" for a while since; when no family is ready, a new
/// one starts its walk. So the load is many families at once, each in order, as a busy day would bring them.
/// </summary>
internal static class OpenLoop
{
    /// <returns>Updates sent, over how long they were sent, and how many families took part.</returns>
    public static async Task<(int Sent, TimeSpan Span, int Families)> RunAsync(
        LoadContext context, ReplyRouter router, long firstChatId, double rate, TimeSpan duration, TimeSpan think)
    {
        var ready = new ConcurrentQueue<Family>();
        var turns = new List<Task>();
        var families = 0;
        var period = Stopwatch.Frequency / rate;
        var thinkTicks = (long)(think.TotalSeconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        var end = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var sent = 0;
        for (var due = (double)started; due < end; due += period)
        {
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), (long)due);
            if (wait > TimeSpan.FromMilliseconds(1)) await Task.Delay(wait);

            // One consumer: a family peeked at is still there to be taken.
            var now = Stopwatch.GetTimestamp();
            var family = ready.TryPeek(out var first) && first.ReadyAt <= now && ready.TryDequeue(out var next)
                ? next
                : router.Add(new Family(firstChatId + families++, context));
            turns.Add(TurnAsync(family));
            sent++;
        }
        var span = Stopwatch.GetElapsedTime(started);
        await Task.WhenAll(turns);
        return (sent, span, families);

        async Task TurnAsync(Family family)
        {
            if (!await family.TakeTurnAsync() || family.Done) return;
            family.ReadyAt = Stopwatch.GetTimestamp() + thinkTicks;
            ready.Enqueue(family);
        }
    }
}
