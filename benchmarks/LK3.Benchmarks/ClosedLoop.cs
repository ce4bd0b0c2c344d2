using System.Diagnostics;

namespace LK3.Benchmarks;

/// <summary>
/// The throughput phase: N families at once, each sending its next update as soon as the bot's answer to the last one
/// arrived, until every family walked the whole intake.
/// </summary>
internal static class ClosedLoop
{
    /// <returns>Families that walked the whole intake, and the phase's span: first post to the last turn's end.</returns>
    public static async Task<(int Completed, TimeSpan Span)> RunAsync(LoadContext context, ReplyRouter router, long firstChatId, int families)
    {
        var walkers = Enumerable.Range(0, families).Select(i => router.Add(new Family(firstChatId + i, context))).ToList();
        var walks = await Task.WhenAll(walkers.Select(family => Task.Run(family.WalkAsync)));
        var span = context.Updates == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(context.FirstPostAt, context.LastTurnEndAt);
        return (walks.Count(completed => completed), span);
    }
}
