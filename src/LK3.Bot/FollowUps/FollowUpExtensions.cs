using Hangfire;
using LK3.Intake.Conversations;
using LK3.Intake.FollowUps;

namespace LK3.Bot.FollowUps;

public static class FollowUpExtensions
{
    /// <summary>Office hours and the follow-ups of cases (acceptance windows, reminders), run by Hangfire.</summary>
    public static IHostApplicationBuilder AddFollowUps(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OfficeHoursOptions>()
            .BindConfiguration(OfficeHoursOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<OfficeHours>();
        builder.Services.AddScoped<FollowUpRunner>();
        builder.Services.AddScoped<DueFollowUpsJob>();
        return builder;
    }

    /// <summary>Every minute, under a stable id, so every start and every instance keeps the one same job.</summary>
    public static IRecurringJobManager ScheduleFollowUps(this IRecurringJobManager recurring)
    {
        recurring.AddOrUpdate<DueFollowUpsJob>(DueFollowUpsJob.Id, job => job.RunAsync(CancellationToken.None), Cron.Minutely(),
            new RecurringJobOptions { TimeZone = OfficeTime.Zone });
        return recurring;
    }
}
