using System.Text.RegularExpressions;
using LK3.Intake.Outbox;
using Microsoft.Extensions.Options;

namespace LK3.Bot.Channels.WhatsApp;

/// <summary>The "WhatsApp" configuration section; the channel is off without an access token.</summary>
public sealed class WhatsAppOptions
{
    public const string SectionName = "WhatsApp";

    /// <summary>A system user's token with whatsapp_business_messaging.</summary>
    public string? AccessToken { get; set; }

    /// <summary>The business phone number's id (not the number itself) from the WhatsApp Manager.</summary>
    public string? PhoneNumberId { get; set; }

    /// <summary>The Meta app's secret: the key of X-Hub-Signature-256.</summary>
    public string? AppSecret { get; set; }

    /// <summary>Our own word that Meta repeats once when the webhook is registered.</summary>
    public string? VerifyToken { get; set; }

    /// <summary>The Graph API with its version; a test double can be named here.</summary>
    public string ApiBaseUrl { get; set; } = "https://graph.facebook.com/v23.0";

    /// <summary>
    /// Approved message templates by purpose, sent when a family last wrote more than 24 hours ago and
    /// free text may not be sent. Without one, such a message waits (a counsellor's reply) or is not sent.
    /// </summary>
    public Dictionary<MessagePurpose, WhatsAppTemplate> Templates { get; set; } = [];

    public bool Enabled => !string.IsNullOrWhiteSpace(AccessToken);
}

public sealed class WhatsAppTemplate
{
    public string Name { get; set; } = "";

    /// <summary>The language the template was approved in, as Meta names it ("id", "en_US").</summary>
    public string Language { get; set; } = "id";
}

internal sealed partial class WhatsAppOptionsValidator : IValidateOptions<WhatsAppOptions>
{
    public ValidateOptionsResult Validate(string? name, WhatsAppOptions options)
    {
        if (!options.Enabled)
        {
            return string.IsNullOrWhiteSpace(options.PhoneNumberId) && string.IsNullOrWhiteSpace(options.AppSecret)
                && string.IsNullOrWhiteSpace(options.VerifyToken)
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail("WhatsApp:AccessToken is needed when other WhatsApp settings are given.");
        }

        List<string> failures = [];
        if (options.PhoneNumberId is null || !Digits().IsMatch(options.PhoneNumberId))
            failures.Add("WhatsApp:PhoneNumberId must be the phone number id (digits) from the WhatsApp Manager.");
        if (string.IsNullOrWhiteSpace(options.AppSecret)) failures.Add("WhatsApp:AppSecret must be the Meta app's secret, which signs every webhook call.");
        if (string.IsNullOrWhiteSpace(options.VerifyToken)) failures.Add("WhatsApp:VerifyToken must be set: Meta repeats it when the webhook is registered.");
        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out _)) failures.Add("WhatsApp:ApiBaseUrl must be an absolute URL.");
        foreach (var (purpose, template) in options.Templates)
        {
            if (!TemplateName().IsMatch(template.Name))
                failures.Add($"WhatsApp:Templates:{purpose}:Name must be an approved template's name (a–z, 0–9, _).");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^[0-9]{1,30}$")]
    private static partial Regex Digits();

    [GeneratedRegex("^[a-z0-9_]{1,512}$")]
    private static partial Regex TemplateName();
}
