using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LK3.Bot.Telemetry;

/// <summary>Hangfire's job storage answers: follow-ups, broadcasts and clean-ups can be scheduled and run.</summary>
public sealed class HangfireStorageHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // A read of the storage's own tables, as the dashboard makes.
            var servers = storage.GetMonitoringApi().Servers().Count;
            return Task.FromResult(HealthCheckResult.Healthy($"{servers} Hangfire server(s)"));
        }
        catch (Exception exception)
        {
            return Task.FromResult(new HealthCheckResult(context.Registration.FailureStatus, "Hangfire's storage does not answer.", exception));
        }
    }
}
