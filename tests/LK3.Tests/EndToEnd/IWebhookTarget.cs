using System.Net.Http.Headers;
using System.Text;

namespace LK3.Tests.EndToEnd;

/// <summary>Something Telegram can post updates to: the app in the test host, a bot process, or several in turn.</summary>
public interface IWebhookTarget
{
    Task<HttpResponseMessage> PostUpdateAsync(string json, string? secret = BotApp.WebhookSecret);

    /// <summary>A webhook call as Telegram makes it.</summary>
    static Task<HttpResponseMessage> Post(HttpClient client, string json, string? secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/telegram")
        {
            Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        if (secret is not null) request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        return client.SendAsync(request);
    }
}
