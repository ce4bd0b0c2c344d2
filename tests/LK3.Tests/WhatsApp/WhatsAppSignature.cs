using System.Security.Cryptography;
using System.Text;

namespace LK3.Tests.WhatsApp;

/// <summary>Builds requests to the bot's WhatsApp webhook the way Meta sends them.</summary>
public static class WhatsAppSignature
{
    public const string WebhookPath = "/webhooks/whatsapp";
    public const string HeaderName = "X-Hub-Signature-256";

    /// <summary><c>"sha256=" + lowercase hex(HMAC-SHA256(key: UTF-8(appSecret), data: UTF-8(body)))</c>.</summary>
    public static string Sign(string body, string appSecret) => Sign(Encoding.UTF8.GetBytes(body), appSecret);

    /// <summary>The same over exact bytes (to sign a body that is not valid UTF-8, or has a BOM).</summary>
    public static string Sign(byte[] body, string appSecret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), body));

    /// <summary>
    /// <c>POST /webhooks/whatsapp</c> with the body as UTF-8 <c>application/json</c> and, when
    /// <paramref name="appSecret"/> is non-null, the <c>X-Hub-Signature-256</c> header signed over exactly those bytes.
    /// The URI is relative: send it with an HttpClient whose BaseAddress is the bot.
    /// </summary>
    public static HttpRequestMessage WebhookRequest(string body, string? appSecret)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(WebhookPath, UriKind.Relative)) { Content = content };
        if (appSecret is not null) request.Headers.TryAddWithoutValidation(HeaderName, Sign(bytes, appSecret));
        return request;
    }

    /// <summary><c>GET /webhooks/whatsapp?hub.mode=…&amp;hub.verify_token=…&amp;hub.challenge=…</c>, each value URL-escaped.</summary>
    public static HttpRequestMessage Handshake(string mode, string verifyToken, string challenge)
    {
        var query = $"hub.mode={Uri.EscapeDataString(mode)}&hub.verify_token={Uri.EscapeDataString(verifyToken)}"
            + $"&hub.challenge={Uri.EscapeDataString(challenge)}";
        return new HttpRequestMessage(HttpMethod.Get, new Uri(WebhookPath + "?" + query, UriKind.Relative));
    }
}
