using System.Diagnostics;

namespace LK3.Benchmarks;

/// <summary>
/// The throughput phase: N families at once, each sending its next update as soon as the bot's answer to the last one
/// arrived, until every family walked the whole intake; then N new families again, until the phase has lasted long
/// enough to be a sustained rate (a fast bot walks 500 families in well under a second).
/// </summary>
internal static class ClosedLoop
{
    /// <param name="chatIds">A block of fresh chat ids for that many families.</param>
    /// <returns>Families that walked the whole intake, the rounds of N families, and the phase's span: first post to the last turn's end.</returns>
    public static async Task<(int Completed, int Rounds, TimeSpan Span)> RunAsync(
        LoadContext context, ReplyRouter router, Func<int, long> chatIds, int families, TimeSpan atLeast)
    {
        var (completed, rounds) = (0, 0);
        var started = Stopwatch.GetTimestamp();
        do
        {
            var firstChatId = chatIds(families);
            var walkers = Enumerable.Range(0, families).Select(i => router.Add(new Family(firstChatId + i, context))).ToList();
            var walks = await Task.WhenAll(walkers.Select(family => Task.Run(family.WalkAsync)));
            router.Clear();
            completed += walks.Count(done => done);
            rounds++;
            if (completed < families * rounds) break; // something is wrong: report it rather than go on
        }
        while (Stopwatch.GetElapsedTime(started) < atLeast);
        var span = context.Updates == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(context.FirstPostAt, context.LastTurnEndAt);
        return (completed, rounds, span);
    }
}
