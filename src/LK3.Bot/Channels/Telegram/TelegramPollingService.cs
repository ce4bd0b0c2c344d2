using System.Text.Json;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace LK3.Bot.Channels.Telegram;

/// <summary>
/// <c>Telegram:Mode=Polling</c>: long-polls getUpdates and stores every update before asking for
/// the next batch, since asking with a higher offset is what confirms them to Telegram.
/// </summary>
internal sealed class TelegramPollingService(
    ITelegramBotClient bot,
    IServiceScopeFactory scopes,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<TelegramPollingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        int? offset = null;
        var failures = 0;
        var webhookDeleted = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!webhookDeleted)
                {
                    // getUpdates is refused while a webhook is set.
                    await bot.DeleteWebhook(dropPendingUpdates: false, cancellationToken: stoppingToken);
                    webhookDeleted = true;
                }
                var updates = await bot.GetUpdates(offset, timeout: (int)options.Value.PollingTimeout.TotalSeconds,
                    allowedUpdates: TelegramChannel.AllowedUpdates, cancellationToken: stoppingToken);
                await using var scope = scopes.CreateAsyncScope();
                var inbox = scope.ServiceProvider.GetRequiredService<TelegramInbox>();
                foreach (var update in updates)
                {
                    await inbox.ReceiveAsync(update, JsonSerializer.Serialize(update, JsonBotAPI.Options), stoppingToken);
                    offset = update.Id + 1;
                }
                failures = 0;
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                var delay = Backoff.After(++failures, TimeSpan.FromMinutes(1));
                TelegramLog.PollingFailed(logger, exception, delay);
                await Task.Delay(delay, time, stoppingToken);
            }
        }
    }
}
