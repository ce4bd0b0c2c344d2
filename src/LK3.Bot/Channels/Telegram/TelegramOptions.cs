using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace LK3.Bot.Channels.Telegram;

/// <summary>The "Telegram" configuration section; the channel is off without a bot token.</summary>
public sealed class TelegramOptions
{
    public const string SectionName = "Telegram";

    public string? BotToken { get; set; }
    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    /// <summary>The public HTTPS address of <c>POST /webhooks/telegram</c>, given to Telegram at start in webhook mode.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Sent back by Telegram in X-Telegram-Bot-Api-Secret-Token; 1–256 of A–Z, a–z, 0–9, _ and -.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>The Bot API server: the public one, a local Bot API server or a test double.</summary>
    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";

    /// <summary>How long one getUpdates call waits for updates in polling mode.</summary>
    public TimeSpan PollingTimeout { get; set; } = TimeSpan.FromSeconds(25);

    public bool Enabled => !string.IsNullOrWhiteSpace(BotToken);
}

public enum TelegramMode
{
    Polling,
    Webhook,
}

internal sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        if (!options.Enabled) return ValidateOptionsResult.Success;

        List<string> failures = [];
        if (!TokenPattern().IsMatch(options.BotToken!)) failures.Add("Telegram:BotToken must look like 123456:ABC-DEF (from @BotFather).");
        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out _)) failures.Add("Telegram:ApiBaseUrl must be an absolute URL.");
        if (options.PollingTimeout < TimeSpan.Zero || options.PollingTimeout > TimeSpan.FromSeconds(50))
            failures.Add("Telegram:PollingTimeout must be between 0 and 50 seconds.");
        if (options.Mode == TelegramMode.Webhook)
        {
            if (!Uri.TryCreate(options.WebhookUrl, UriKind.Absolute, out _))
                failures.Add("Telegram:WebhookUrl must be the absolute public address of /webhooks/telegram in webhook mode.");
            if (options.WebhookSecret is null || !SecretPattern().IsMatch(options.WebhookSecret))
                failures.Add("Telegram:WebhookSecret must be 1–256 characters of A–Z, a–z, 0–9, _ and - in webhook mode.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex(@"^\d+:[A-Za-z0-9_-]+$")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretPattern();
}
