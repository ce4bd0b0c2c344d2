namespace LK3.Bot.Channels.WhatsApp;

/// <summary>The Cloud API error codes the bot acts on, whether they come in the send's answer or later in a status.</summary>
internal static class WhatsAppErrors
{
    /// <summary>More than 24 hours since the family last wrote: only a template may be sent.</summary>
    public const int OutsideWindow = 131047;

    /// <summary>The number cannot receive the message (not on WhatsApp, or it blocked us).</summary>
    public const int Undeliverable = 131026;

    public const int AccessTokenInvalid = 190;

    /// <summary>Throughput, pair-rate and spam-rate limits: wait and try again.</summary>
    private static readonly HashSet<int> RateLimits = [4, 80007, 130429, 131048, 131056];

    /// <summary>Meta's own trouble (unknown error, service unavailable, temporarily blocked).</summary>
    private static readonly HashSet<int> Temporary = [1, 2, 131000, 131016, 133004];

    public static bool IsRateLimit(int code) => RateLimits.Contains(code);

    public static bool IsTemporary(int code) => Temporary.Contains(code);

    public static string Describe(WhatsAppError? error) => error is null ? "failed" : Shorten($"{error.Code} {error.Title}");

    public static string Shorten(string text) => text.Length <= 200 ? text : text[..200];
}

/// <summary>The Cloud API refused a call (<c>{"error":{"code":...}}</c>).</summary>
public sealed class WhatsAppApiException(int httpStatus, int code, string? description)
    : Exception($"WhatsApp Cloud API error {code} (HTTP {httpStatus}): {description}")
{
    public int HttpStatus { get; } = httpStatus;
    public int Code { get; } = code;
    public string? Description { get; } = description;
}
