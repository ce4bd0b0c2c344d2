using System.Diagnostics;
using System.Net.Http.Headers;

namespace LK3.Benchmarks;

/// <summary>
/// Posts updates to a bot's <c>/webhooks/telegram</c> over HTTP, as Telegram does: with the secret token header, and
/// again (after a short pause) when the answer is not a 2xx, so an update is never dropped by the load generator. With
/// several instances of the bot, each post goes to the next one in turn, as a load balancer without affinity sends them.
/// </summary>
internal sealed class WebhookPoster(IReadOnlyList<Uri> bots, string secret) : IDisposable
{
    private const int MaxAttempts = 5;
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseCookies = false })
    {
        Timeout = TimeSpan.FromSeconds(60),
    };

    private int _refused;
    private int _next;

    /// <summary>Answers other than a 2xx, and failed connections, that were posted again.</summary>
    public int Refused => Volatile.Read(ref _refused);

    /// <returns>Whether the update was acknowledged with a 2xx (within a few attempts).</returns>
    public async Task<bool> PostAsync(byte[] update, LatencyRecorder acknowledged)
    {
        for (var attempt = 1; ; attempt++)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                var bot = bots[(int)((uint)Interlocked.Increment(ref _next) % bots.Count)];
                using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(bot, "/webhooks/telegram")) { Content = new ByteArrayContent(update) };
                request.Content.Headers.ContentType = Json;
                request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
                using var response = await _http.SendAsync(request);
                if (response.IsSuccessStatusCode)
                {
                    acknowledged.Record(started, Stopwatch.GetTimestamp());
                    return true;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
            }
            Interlocked.Increment(ref _refused);
            if (attempt == MaxAttempts) return false;
            await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
        }
    }

    public void Dispose() => _http.Dispose();
}
