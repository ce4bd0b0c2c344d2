using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LK3.Tests.EndToEnd;
using Microsoft.EntityFrameworkCore;

namespace LK3.Tests.WebChat;

/// <summary>The web chat's two calls: one chat per browser (cookie), a clear 4xx for bad input with nothing stored.</summary>
public abstract class WebChatEndpointTests(BotFixture bot)
{
    [SkippableFact]
    public async Task A_browser_gets_a_chat_of_its_own_and_reads_only_its_own_answers()
    {
        using var first = NewBrowser();
        using var second = NewBrowser();

        using var posted = await first.PostAsJsonAsync("/chat/messages", new { id = "m1", text = "/start" });
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        var cookie = Assert.Single(posted.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);

        var answers = await Poll.UntilAsync(async () => await ReadAsync(first) is { Count: >= 2 } read ? read : null, "the first two answers in the web chat");
        Assert.Contains("Privasi Anda", answers[^1].GetProperty("text").GetString());
        Assert.Equal("consent:yes", answers[^1].GetProperty("buttons")[0].GetProperty("id").GetString());
        Assert.Empty(await ReadAsync(second));

        var after = answers[^1].GetProperty("id").GetInt64();
        Assert.Empty(await ReadAsync(first, after));
    }

    [SkippableTheory]
    [InlineData("{\"text\":\"halo\"}")]
    [InlineData("{\"id\":\"has spaces\",\"text\":\"halo\"}")]
    [InlineData("{\"id\":\"m1\"}")]
    [InlineData("{\"id\":\"m1\",\"text\":\"halo\",\"choice\":\"consent:yes\"}")]
    [InlineData("{\"id\":\"m1\",\"text\":")]
    [InlineData("[1,2]")]
    [InlineData("null")]
    public async Task A_body_that_is_not_a_chat_message_is_refused_with_400_and_nothing_is_stored(string body)
    {
        var before = await bot.App.QueryAsync(db => db.ReceivedUpdates.CountAsync());
        using var browser = NewBrowser();
        using var response = await browser.PostAsync("/chat/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await bot.App.QueryAsync(db => db.ReceivedUpdates.CountAsync()));
    }

    [SkippableFact]
    public async Task A_body_over_64_kilobytes_is_refused_with_413()
    {
        using var browser = NewBrowser();
        using var response = await browser.PostAsJsonAsync("/chat/messages", new { id = "big", text = new string('a', 70_000) });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [SkippableFact]
    public async Task A_message_sent_twice_with_the_same_id_is_answered_once()
    {
        using var browser = NewBrowser();
        (await browser.PostAsJsonAsync("/chat/messages", new { id = "same", text = "/start" })).Dispose();
        (await browser.PostAsJsonAsync("/chat/messages", new { id = "same", text = "/start" })).Dispose();
        (await browser.PostAsJsonAsync("/chat/messages", new { id = "next", text = "darurat" })).Dispose();

        var answers = await Poll.UntilAsync(async () =>
                await ReadAsync(browser) is { Count: >= 3 } read
                && read.Any(a => a.GetProperty("text").GetString()!.Contains("112", StringComparison.Ordinal))
                    ? read
                    : null,
            "the emergency numbers and the privacy notice in the web chat");
        Assert.Single(answers, a => a.GetProperty("text").GetString()!.Contains("Privasi Anda", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Ending_the_chat_on_a_shared_device_makes_the_browser_forget_it()
    {
        using var browser = NewBrowser();
        (await browser.PostAsJsonAsync("/chat/messages", new { id = "m1", text = "/start" })).Dispose();
        await Poll.UntilAsync(async () => await ReadAsync(browser) is { Count: >= 2 } read ? read : null, "two answers in the web chat");

        using var ended = await browser.PostAsync("/chat/end", null);
        Assert.Equal(HttpStatusCode.NoContent, ended.StatusCode);

        Assert.Empty(await ReadAsync(browser));
    }

    [SkippableFact]
    public async Task A_flood_from_one_browser_is_slowed_down_with_429_and_retry_after()
    {
        using var browser = NewBrowser();
        (await browser.PostAsJsonAsync("/chat/messages", new { id = "first", text = "/start" })).Dispose();
        var statuses = new List<HttpStatusCode>();
        string? retryAfter = null;
        for (var i = 0; i < 25; i++)
        {
            using var response = await browser.PostAsJsonAsync("/chat/messages", new { id = $"flood-{i}", text = "halo" });
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) retryAfter ??= response.Headers.RetryAfter?.ToString();
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(20, statuses.Count(s => s == HttpStatusCode.Accepted)); // the first message had no cookie yet: counted by address
        Assert.NotNull(retryAfter);
        // Another browser is not held back by this one.
        using var other = NewBrowser();
        Assert.Equal(HttpStatusCode.Accepted, (await other.PostAsJsonAsync("/chat/messages", new { id = "other", text = "/start" })).StatusCode);
    }

    [SkippableFact]
    public async Task The_page_is_served_with_a_strict_content_security_policy()
    {
        using var browser = NewBrowser();
        foreach (var path in new[] { "/chat", "/chat/index.html", "/chat/chat.js" })
        {
            using var response = await browser.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.StartsWith("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        }
    }

    /// <summary>A browser: its own cookie jar.</summary>
    private HttpClient NewBrowser() => bot.App.NewClient();

    private static async Task<List<JsonElement>> ReadAsync(HttpClient browser, long after = 0)
    {
        var read = await browser.GetFromJsonAsync<JsonElement>($"/chat/messages?after={after}");
        return [.. read.GetProperty("messages").EnumerateArray()];
    }
}

public sealed class WebChatEndpointTestsOnSqlite(SqliteBotFixture bot) : WebChatEndpointTests(bot), IClassFixture<SqliteBotFixture>;

public sealed class WebChatEndpointTestsOnPostgreSql(PostgreSqlBotFixture bot) : WebChatEndpointTests(bot), IClassFixture<PostgreSqlBotFixture>;
