using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace LK3.Bot.Channels.Telegram;

/// <summary><c>Telegram:Mode=Webhook</c>: tells Telegram where to deliver updates and with which secret, retrying until it answers.</summary>
internal sealed class TelegramWebhookRegistration(
    ITelegramBotClient bot,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<TelegramWebhookRegistration> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var failures = 1; ; failures++)
        {
            try
            {
                await bot.SetWebhook(
                    options.Value.WebhookUrl!,
                    allowedUpdates: TelegramChannel.AllowedUpdates,
                    secretToken: options.Value.WebhookSecret,
                    cancellationToken: stoppingToken);
                TelegramLog.WebhookRegistered(logger);
                return;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                var delay = Backoff.After(failures, TimeSpan.FromMinutes(5));
                TelegramLog.WebhookRegistrationFailed(logger, exception, delay);
                await Task.Delay(delay, time, stoppingToken);
            }
        }
    }
}
