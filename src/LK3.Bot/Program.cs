using LK3.Bot;
using LK3.Bot.Broadcasts;
using LK3.Bot.Channels;
using LK3.Bot.Channels.Telegram;
using LK3.Bot.Channels.Web;
using LK3.Bot.Channels.WhatsApp;
using LK3.Bot.Data;
using LK3.Bot.FollowUps;
using LK3.Bot.Jobs;
using LK3.Bot.Privacy;
using LK3.Bot.Staff;
using LK3.Bot.Telemetry;
using LK3.Intake;
using Microsoft.AspNetCore.HttpOverrides;

try
{
    var builder = WebApplication.CreateBuilder(args);

    builder.Services.AddProblemDetails();
    // Behind the TLS proxy, the client's own address: the dashboard's local-only rule must not see every request as local.
    builder.Services.Configure<ForwardedHeadersOptions>(o => o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
    // First, so that its hosted service starts tracing before any other (Telegram's setWebhook at start is traced too).
    builder.AddTelemetry();
    builder.AddIntakeDatabase();
    builder.AddJobs();
    builder.AddIntake();
    builder.AddFollowUps();
    builder.AddBroadcasts();
    builder.AddPrivacy();
    builder.AddMessaging();
    builder.AddTelegramChannel();
    builder.AddWhatsAppChannel();
    builder.AddWebChat();
    builder.AddStaffApp();
    builder.AddRequestLimits();

    await using var app = builder.Build();

    app.UseForwardedHeaders();
    app.UseExceptionHandler();
    app.UseStatusCodePages();
    app.UseStaticFilesWithSecurityHeaders();
    app.UseAuthentication();
    app.UseAuthorization();
    app.UseRateLimiter();

    if (!await app.MigrateIntakeDatabaseAsync()) return 1;
    await app.BootstrapStaffAsync();

    app.MapTelemetry();
    app.MapJobsDashboard();
    app.MapTelegramWebhook();
    app.MapWhatsAppWebhook();
    app.MapWebChat();
    app.MapStaffApp();
    app.MapBroadcastApi();
    app.ScheduleRecurringJobs();

    await app.RunAsync();
    return 0;
}
catch (Exception exception) when (exception is StartupConfigurationException or Microsoft.Extensions.Options.OptionsValidationException)
{
    // A setting is missing or wrong: say which, without a stack trace.
    await Console.Error.WriteLineAsync($"LK3 Bot cannot start: {exception.Message}");
    return 1;
}

public partial class Program;
