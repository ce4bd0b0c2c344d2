using Hangfire;
using LK3.Intake.Conversations;

namespace LK3.Bot.Privacy;

public static class PrivacyExtensions
{
    /// <summary>How long families' words are kept, and the job that keeps to it.</summary>
    public static IHostApplicationBuilder AddPrivacy(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PrivacyOptions>()
            .BindConfiguration(PrivacyOptions.SectionName)
            .Validate(o => o.ClosedCaseRetention >= TimeSpan.FromDays(1), "Privacy:ClosedCaseRetention must be at least a day.")
            .ValidateOnStart();
        builder.Services.AddScoped<CaseRetentionJob>();
        return builder;
    }

    /// <summary>Daily at 03:00 WITA, under a stable id.</summary>
    public static IRecurringJobManager SchedulePrivacyJobs(this IRecurringJobManager recurring)
    {
        recurring.AddOrUpdate<CaseRetentionJob>(CaseRetentionJob.Id, job => job.RunAsync(CancellationToken.None), Cron.Daily(3),
            new RecurringJobOptions { TimeZone = OfficeTime.Zone });
        return recurring;
    }
}
