using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace LK3.Bot.Channels.WhatsApp;

public static class WhatsAppChannel
{
    /// <summary>WhatsApp Business (Cloud API), on when <c>WhatsApp:AccessToken</c> is set.</summary>
    public static IHostApplicationBuilder AddWhatsAppChannel(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WhatsAppOptions>().BindConfiguration(WhatsAppOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<WhatsAppOptions>, WhatsAppOptionsValidator>();

        var options = builder.Configuration.GetSection(WhatsAppOptions.SectionName).Get<WhatsAppOptions>() ?? new WhatsAppOptions();
        if (!options.Enabled) return builder;

        builder.Services.AddHttpClient<WhatsAppCloudApi>(http => http.Timeout = TimeSpan.FromSeconds(30))
            .AddResilienceHandler(nameof(WhatsAppChannel), pipeline => pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                // Only calls that never reached Meta: a 5xx may have sent the message all the same, so the outbox decides
                // (and Meta's 4xx answers carry meaning: rate limit, closed window).
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is HttpRequestException
                {
                    HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError,
                }),
                MaxRetryAttempts = 2,
                Delay = TimeSpan.FromMilliseconds(200),
                BackoffType = DelayBackoffType.Exponential,
            }));
        builder.Services.AddScoped<WhatsAppInbox>();
        builder.Services.AddScoped<WhatsAppReceipts>();
        builder.Services.AddSingleton<IChannelAdapter, WhatsAppAdapter>();
        return builder;
    }

    /// <summary><c>GET|POST /webhooks/whatsapp</c>, when WhatsApp is on.</summary>
    public static IEndpointRouteBuilder MapWhatsAppWebhook(this IEndpointRouteBuilder endpoints)
    {
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<WhatsAppOptions>>().Value;
        var logger = endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WhatsAppChannel).FullName!);
        if (!options.Enabled)
        {
            WhatsAppLog.Off(logger);
            return endpoints;
        }
        WhatsAppLog.On(logger);
        endpoints.MapGet("/webhooks/whatsapp", WhatsAppWebhook.Verify);
        endpoints.MapPost("/webhooks/whatsapp", WhatsAppWebhook.ReceiveAsync).DisableAntiforgery();
        return endpoints;
    }
}
