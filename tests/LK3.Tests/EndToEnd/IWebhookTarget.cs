using System.Net.Http.Headers;
using System.Text;
using LK3.Tests.Telegram;

namespace LK3.Tests.EndToEnd;

/// <summary>Something Telegram can post updates to: the app in the test host, a bot process, or several in turn.</summary>
public interface IWebhookTarget
{
    Task<HttpResponseMessage> PostUpdateAsync(string json, string? secret = BotApp.WebhookSecret);

    /// <summary>
    /// A webhook call as Telegram makes it; a Bot API method the bot names in a 2xx answer is then run at
    /// <paramref name="api"/>, as Telegram runs it (its outcome is not told to the bot).
    /// </summary>
    static async Task<HttpResponseMessage> Post(HttpClient client, BotApiDouble api, string json, string? secret)
    {
        var response = await client.SendAsync(Request(json, secret));
        if (response.IsSuccessStatusCode) await api.RunWebhookAnswerAsync(await response.Content.ReadAsStringAsync());
        return response;
    }

    /// <summary>The request alone, for a test of the webhook's answer itself.</summary>
    static HttpRequestMessage Request(string json, string? secret = BotApp.WebhookSecret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/telegram")
        {
            Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        if (secret is not null) request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        return request;
    }
}
