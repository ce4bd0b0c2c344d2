using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LK3.Bot.Telemetry;

/// <summary>Hangfire's job storage answers: follow-ups, broadcasts and clean-ups can be scheduled and run.</summary>
public sealed class HangfireStorageHealthCheck(JobStorage storage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // A read of the storage's own tables, as the dashboard makes; Hangfire's API blocks, so the check's timeout is kept here.
            var servers = await Task.Run(() => storage.GetMonitoringApi().Servers().Count, cancellationToken).WaitAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{servers} Hangfire server(s)");
        }
        catch (Exception exception)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "Hangfire's storage does not answer.", exception);
        }
    }
}
