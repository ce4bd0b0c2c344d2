using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace LK3.Bot.Channels.Web;

/// <summary>
/// One chat per browser: a random token in an HttpOnly cookie. The database keeps only its hash as
/// the chat id, so whoever reads the database cannot take over a family's chat.
/// </summary>
internal static class WebChatIdentity
{
    public const string CookieName = "lk3-chat";
    private const int TokenBytes = 32;
    private static readonly TimeSpan KeptFor = TimeSpan.FromDays(30);

    /// <summary>The chat of this browser, or null when it has none yet (or sent a token we never made).</summary>
    public static string? ChatIdOf(HttpRequest request) =>
        request.Cookies.TryGetValue(CookieName, out var token) && IsWellFormed(token) ? ChatIdFor(token) : null;

    /// <summary>The chat of this browser, starting one (and setting its cookie) when it has none.</summary>
    public static string EnsureChat(HttpContext context)
    {
        if (ChatIdOf(context.Request) is { } chatId) return chatId;
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(TokenBytes));
        context.Response.Cookies.Append(CookieName, token, new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            Path = "/chat",
            MaxAge = KeptFor,
            IsEssential = true,
        });
        return ChatIdFor(token);
    }

    public static void Forget(HttpContext context) => context.Response.Cookies.Delete(CookieName,
        new CookieOptions { Path = "/chat", HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = context.Request.IsHttps });

    private static string ChatIdFor(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)))[..40];

    private static bool IsWellFormed(string token)
    {
        if (token.Length != 43) return false;
        foreach (var c in token)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '-' and not '_') return false;
        }
        return true;
    }
}
