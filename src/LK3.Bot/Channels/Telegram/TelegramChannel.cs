using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace LK3.Bot.Channels.Telegram;

public static class TelegramChannel
{
    /// <summary>The updates a family's conversation needs; Telegram sends no others.</summary>
    internal static readonly UpdateType[] AllowedUpdates = [UpdateType.Message, UpdateType.CallbackQuery];

    /// <summary>Telegram, on when <c>Telegram:BotToken</c> is set, in polling or webhook mode.</summary>
    public static IHostApplicationBuilder AddTelegramChannel(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();

        var options = builder.Configuration.GetSection(TelegramOptions.SectionName).Get<TelegramOptions>() ?? new TelegramOptions();
        if (!options.Enabled) return builder;

        builder.Services.AddHttpClient(nameof(TelegramChannel), http => http.Timeout = options.PollingTimeout + TimeSpan.FromSeconds(30))
            // The client lives in singletons, so its connections are renewed here to follow DNS changes.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            // Each request's path holds the bot token, which HttpClient's own request logs would write; nor are two logging
            // handlers per reply sent worth their cost when their level is off. The outbox logs what a send came to.
            .RemoveAllLoggers()
            .AddTypedClient<ITelegramBotClient>((http, services) =>
            {
                var current = services.GetRequiredService<IOptions<TelegramOptions>>().Value;
                // RetryThreshold 0: a 429 comes back to our outbox, which waits without holding a worker.
                return new TelegramBotClient(new TelegramBotClientOptions(current.BotToken!, current.ApiBaseUrl) { RetryThreshold = 0 }, http);
            })
            .AddResilienceHandler(nameof(TelegramChannel), pipeline => pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                // Network blips and 5xx only; 429 and 403 carry meaning and are handled by the outbox.
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is HttpRequestException || (int?)args.Outcome.Result?.StatusCode >= 500),
                MaxRetryAttempts = 2,
                Delay = TimeSpan.FromMilliseconds(200),
                BackoffType = DelayBackoffType.Exponential,
            }));
        builder.Services.AddScoped<TelegramInbox>();
        builder.Services.AddSingleton<IChannelAdapter, TelegramAdapter>();
        if (options.Mode == TelegramMode.Webhook) builder.Services.AddHostedService<TelegramWebhookRegistration>();
        else builder.Services.AddHostedService<TelegramPollingService>();
        return builder;
    }

    /// <summary><c>POST /webhooks/telegram</c>, when Telegram is on in webhook mode.</summary>
    public static IEndpointRouteBuilder MapTelegramWebhook(this IEndpointRouteBuilder endpoints)
    {
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<TelegramOptions>>().Value;
        var logger = endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TelegramChannel).FullName!);
        if (!options.Enabled)
        {
            TelegramLog.Off(logger);
            return endpoints;
        }
        TelegramLog.On(logger, options.Mode);
        if (options.Mode == TelegramMode.Webhook)
        {
            endpoints.MapPost("/webhooks/telegram", TelegramWebhook.ReceiveAsync).DisableAntiforgery();
        }
        return endpoints;
    }
}
