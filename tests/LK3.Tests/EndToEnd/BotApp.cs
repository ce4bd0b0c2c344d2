using LK3.Bot.Channels.Telegram;
using LK3.Intake;
using LK3.Tests.Telegram;
using LK3.Tests.WhatsApp;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LK3.Tests.EndToEnd;

/// <summary>The real LK3 Bot host on a SQLite file, with Telegram pointed at a Bot API double on loopback.</summary>
public sealed class BotApp : IWebhookTarget, IAsyncDisposable
{
    public const string WebhookSecret = "test-secret_123";
    public const string AdminEmail = "admin@lk3.example.org";
    public const string AdminPassword = "Rahasia-Uji-2026";
    public const string WhatsAppAppSecret = "test-app-secret";
    public const string WhatsAppVerifyToken = "test-verify-token";

    /// <summary>The templates the WhatsApp tests configure; counsellor replies and notices have none, to test both ways.</summary>
    public const string CheckInTemplate = "lk3_check_in";
    public const string CounsellorReplyTemplate = "lk3_counsellor_answered";

    private readonly WebApplicationFactory<Program> _factory;

    private readonly BotApiDouble _api;

    private BotApp(WebApplicationFactory<Program> factory, HttpClient client, BotApiDouble api) => (_factory, Client, _api) = (factory, client, api);

    public HttpClient Client { get; }
    public IServiceProvider Services => _factory.Services;

    /// <param name="time">The clock; by default the real one, with the office always open so that answers do not depend on the hour.</param>
    /// <param name="whatsApp">The Graph API double WhatsApp talks to; WhatsApp is off without one.</param>
    /// <param name="logs">Receives every log line of the app, at every level (for tests of what is logged).</param>
    /// <param name="settings">Settings of the test's own, over the ones above.</param>
    public static BotApp Start(
        BotApiDouble api, TestDatabase database, TelegramMode mode = TelegramMode.Webhook, string? connectionString = null, TimeProvider? time = null,
        GraphApiDouble? whatsApp = null, ILoggerProvider? logs = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Testing");
            web.UseSetting("Database:Provider", database.Provider.ToString());
            web.UseSetting("ConnectionStrings:Lk3", connectionString ?? database.ConnectionString);
            web.UseSetting("Telegram:BotToken", api.Token);
            web.UseSetting("Telegram:ApiBaseUrl", api.BaseUrl);
            web.UseSetting("Telegram:Mode", mode.ToString());
            web.UseSetting("Telegram:WebhookUrl", "https://lk3.example.org/webhooks/telegram");
            web.UseSetting("Telegram:WebhookSecret", WebhookSecret);
            web.UseSetting("Telegram:PollingTimeout", "00:00:01");
            web.UseSetting("Messaging:SweepInterval", "00:00:00.100");
            web.UseSetting("Bootstrap:AdminEmail", AdminEmail);
            web.UseSetting("Bootstrap:AdminPassword", AdminPassword);
            if (whatsApp is not null)
            {
                web.UseSetting("WhatsApp:AccessToken", whatsApp.AccessToken);
                web.UseSetting("WhatsApp:PhoneNumberId", whatsApp.PhoneNumberId);
                web.UseSetting("WhatsApp:AppSecret", WhatsAppAppSecret);
                web.UseSetting("WhatsApp:VerifyToken", WhatsAppVerifyToken);
                web.UseSetting("WhatsApp:ApiBaseUrl", whatsApp.BaseUrl);
                web.UseSetting("WhatsApp:Templates:CheckIn:Name", CheckInTemplate);
                web.UseSetting("WhatsApp:Templates:CounsellorReply:Name", CounsellorReplyTemplate);
            }
            if (time is null)
            {
                web.UseSetting("OfficeHours:Opens", "00:00");
                web.UseSetting("OfficeHours:Closes", "23:59:59.9999999");
                foreach (var day in Enum.GetValues<DayOfWeek>()) web.UseSetting($"OfficeHours:Days:{(int)day}", day.ToString());
            }
            else
            {
                web.ConfigureServices(services => services.AddSingleton(time));
            }
            foreach (var (key, value) in settings ?? new Dictionary<string, string>()) web.UseSetting(key, value);
            web.ConfigureLogging(logging =>
            {
                logging.ClearProviders();
                if (Environment.GetEnvironmentVariable("LK3_TEST_LOGS") == "1") logging.AddConsole().AddFilter("LK3", LogLevel.Warning);
                if (logs is not null) logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
            });
        });
        return new BotApp(factory, factory.CreateClient(), api);
    }

    /// <summary>Another client of the app with a cookie jar of its own, as a second browser is.</summary>
    public HttpClient NewClient(bool followRedirects = true) =>
        _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = followRedirects });

    public Task<HttpResponseMessage> PostUpdateAsync(string json, string? secret = WebhookSecret) => IWebhookTarget.Post(Client, _api, json, secret);

    public async Task<T> QueryAsync<T>(Func<IntakeDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<IntakeDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
    }
}
