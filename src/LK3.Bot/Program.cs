using LK3.Bot.Channels;
using LK3.Bot.Channels.Telegram;
using LK3.Bot.Conversations;
using LK3.Bot.Data;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddProblemDetails();
builder.AddIntakeDatabase();
builder.AddIntake();
builder.AddMessaging();
builder.AddTelegramChannel();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();

await app.MigrateIntakeDatabaseAsync();

app.MapHealthChecks("/healthz");
app.MapGet("/", () => "LK3 Bot is running.");
app.MapTelegramWebhook();

app.Run();

public partial class Program;
