using LK3.Intake.FollowUps;

namespace LK3.Bot.FollowUps;

/// <summary>
/// Hangfire's recurring job: runs every follow-up whose time has come, each in a scope of its own so
/// one failing does not stop the rest. The rows are the schedule, so a restart loses nothing.
/// </summary>
public sealed class DueFollowUpsJob(IServiceScopeFactory scopes, ILogger<DueFollowUpsJob> logger)
{
    public const string Id = "due-follow-ups";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        List<int> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            due = await scope.ServiceProvider.GetRequiredService<FollowUpRunner>().DueAsync(cancellationToken);
        }
        foreach (var followUpId in due)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<FollowUpRunner>().RunAsync(followUpId, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                FollowUpLog.Failed(logger, exception, followUpId);
            }
        }
    }
}

internal static partial class FollowUpLog
{
    [LoggerMessage(4001, LogLevel.Error, "Follow-up {FollowUpId} failed; it stays scheduled and is tried again at the next run")]
    public static partial void Failed(ILogger logger, Exception exception, int followUpId);
}
