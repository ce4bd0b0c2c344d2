using LK3.Intake;
using LK3.Intake.Broadcasts;
using Microsoft.EntityFrameworkCore;

namespace LK3.Bot.Broadcasts;

/// <summary>
/// Hangfire's recurring job: starts the broadcasts whose time has come and resumes those a stopped process
/// left sending. Each runs in a scope of its own, so one failing does not stop the rest.
/// </summary>
public sealed class DueBroadcastsJob(IServiceScopeFactory scopes, TimeProvider time, ILogger<DueBroadcastsJob> logger)
{
    public const string Id = "due-broadcasts";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        List<int> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var now = time.GetUtcNow();
            due = await scope.ServiceProvider.GetRequiredService<IntakeDbContext>().Broadcasts
                .Where(b => b.Status == BroadcastStatus.Sending || (b.Status == BroadcastStatus.Scheduled && b.SendAt <= now))
                .OrderBy(b => b.SendAt).Select(b => b.Id)
                .ToListAsync(cancellationToken);
        }
        foreach (var broadcastId in due)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<BroadcastJob>().RunAsync(broadcastId, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                BroadcastLog.Failed(logger, exception, broadcastId);
            }
        }
    }
}
