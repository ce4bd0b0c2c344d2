using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;
using LK3.Bot.Broadcasts;
using LK3.Bot.Channels;
using LK3.Bot.Data;
using LK3.Bot.FollowUps;
using LK3.Bot.Privacy;

namespace LK3.Bot.Jobs;

public static class JobsExtensions
{
    /// <summary>Hangfire, on storage that follows the database provider, so every instance shares one job list.</summary>
    public static IHostApplicationBuilder AddJobs(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHangfire((services, hangfire) =>
        {
            var database = services.GetRequiredService<IntakeDatabase>();
            hangfire.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings()
                .UseLogProvider(new HangfireLogProvider(services.GetRequiredService<ILoggerFactory>()));
            switch (database.Provider)
            {
                case DatabaseProvider.Sqlite:
                    // A file of its own beside the LK3 database: Hangfire's polling does not contend with the message pipeline.
                    hangfire.UseSQLiteStorage(database.SqliteCompanionFile("hangfire"));
                    break;
                case DatabaseProvider.PostgreSql:
                    hangfire.UsePostgreSqlStorage(options => options.UseNpgsqlConnection(database.ConnectionString));
                    break;
                case DatabaseProvider.SqlServer:
                    hangfire.UseSqlServerStorage(database.ConnectionString);
                    break;
            }
        });
        builder.Services.AddHangfireServer(server => server.WorkerCount = Math.Max(2, Environment.ProcessorCount));
        builder.Services.AddScoped<MessageRetentionJob>();
        return builder;
    }

    /// <summary>The Hangfire dashboard at /hangfire, for signed-in admins and supervisors.</summary>
    public static IEndpointRouteBuilder MapJobsDashboard(this IEndpointRouteBuilder endpoints)
    {
        // No dashboard filter of Hangfire's own: the endpoint's authorization policy decides.
        endpoints.MapHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [] }).RequireAuthorization(Staff.StaffApp.LeadsPolicy);
        return endpoints;
    }

    /// <summary>Recurring jobs, under stable ids so that every start (and every instance) updates the same ones.</summary>
    public static WebApplication ScheduleRecurringJobs(this WebApplication app)
    {
        var recurring = app.Services.GetRequiredService<IRecurringJobManager>();
        recurring.AddOrUpdate<MessageRetentionJob>(MessageRetentionJob.Id, job => job.RunAsync(CancellationToken.None), Cron.Daily(2), new RecurringJobOptions
        {
            TimeZone = LK3.Intake.Conversations.OfficeTime.Zone,
        });
        recurring.ScheduleFollowUps();
        recurring.ScheduleBroadcasts();
        recurring.SchedulePrivacyJobs();
        return app;
    }
}
