using LK3.Bot.Channels;
using LK3.Bot.Channels.Telegram;
using LK3.Bot.Conversations;
using LK3.Bot.Data;
using LK3.Bot.Jobs;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddProblemDetails();
builder.AddIntakeDatabase();
builder.AddJobs();
builder.AddIntake();
builder.AddMessaging();
builder.AddTelegramChannel();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();

if (!await app.MigrateIntakeDatabaseAsync()) return 1;

app.MapHealthChecks("/healthz");
app.MapGet("/", () => "LK3 Bot is running.");
app.MapJobsDashboard();
app.MapTelegramWebhook();
app.ScheduleRecurringJobs();

await app.RunAsync();
return 0;

public partial class Program;
