using Hangfire;
using LK3.Intake.Conversations;

namespace LK3.Bot.Broadcasts;

public static class BroadcastExtensions
{
    /// <summary>Broadcasts to subscribed families, paced per channel and run by Hangfire.</summary>
    public static IHostApplicationBuilder AddBroadcasts(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BroadcastOptions>()
            .BindConfiguration(BroadcastOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.MessagesPerSecond.Values.All(rate => rate is > 0 and <= 10_000),
                "Broadcasts:MessagesPerSecond must be between 0 and 10,000 for every channel.")
            .ValidateOnStart();
        builder.Services.AddSingleton<BroadcastThrottle>();
        builder.Services.AddSingleton<RunningBroadcasts>();
        builder.Services.AddSingleton<BroadcastLedger>();
        builder.Services.AddScoped<BroadcastJob>();
        builder.Services.AddScoped<DueBroadcastsJob>();
        builder.Services.AddScoped<BroadcastDesk>();
        return builder;
    }

    /// <summary>Every minute, under a stable id: broadcasts due start, broadcasts a stopped process left resume.</summary>
    public static IRecurringJobManager ScheduleBroadcasts(this IRecurringJobManager recurring)
    {
        recurring.AddOrUpdate<DueBroadcastsJob>(DueBroadcastsJob.Id, job => job.RunAsync(CancellationToken.None), Cron.Minutely(),
            new RecurringJobOptions { TimeZone = OfficeTime.Zone });
        return recurring;
    }
}
