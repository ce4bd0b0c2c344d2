using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hangfire;
using LK3.Bot.Broadcasts;
using LK3.Bot.Data;
using LK3.Intake.Broadcasts;
using LK3.Intake.Clients;
using LK3.Intake.Staff;
using LK3.Tests.EndToEnd;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace LK3.Tests.Telemetry;

/// <summary>What operators see: /metrics for admins or the scrape token, with the pipeline's counts; one trace from a webhook to the send; health.</summary>
public abstract partial class TelemetryTests(DatabaseProvider provider, ITestOutputHelper output) : BotPerTest(provider)
{
    public const string ScrapeToken = "scrape-token-for-the-tests-0123456789";

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Telemetry:ScrapeToken"] = ScrapeToken,
        ["Telemetry:SampleInterval"] = "00:00:00.200",
    };

    [SkippableFact]
    public async Task Metrics_are_for_admins_or_the_scrape_token_and_count_updates_turns_deliveries_and_backlogs()
    {
        Database.SkipIfUnavailable();
        App.Services.GetRequiredService<IRecurringJobManager>().RemoveIfExists(DueBroadcastsJob.Id);
        var family = new FamilyChat(() => App, Api, FamilyChat.NewChatId());
        await family.SayAsync("/start");
        var update = TelegramUpdates.Callback(family.ChatId, "consent:yes");
        await family.PostAsync(update);
        (await App.PostUpdateAsync(update)).Dispose(); // delivered again
        var broadcastId = await BroadcastBeingSentAsync(waiting: 3);

        using var anonymous = App.NewClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/metrics")).StatusCode);
        using var wrong = App.NewClient();
        wrong.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ScrapeToken + "x");
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.GetAsync("/metrics")).StatusCode);
        using var supervisor = await ApiClientAsync("hasan@lk3.example.org", StaffRoles.Supervisor);
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.GetAsync("/metrics")).StatusCode);
        using var admin = await ApiClientAsync(BotApp.AdminEmail);
        using var byAdmin = await admin.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, byAdmin.StatusCode);

        using var scraper = App.NewClient();
        scraper.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ScrapeToken);
        var waitingSeries = $"broadcast=\"{broadcastId}\",status=\"waiting\"";
        var metrics = "";
        var deadline = DateTime.UtcNow.AddSeconds(30);
        // Replies can reach the family a moment before their turn is counted (another worker may send them), so this waits for both.
        while (Series(metrics = await scraper.GetStringAsync("/metrics"), "lk3_broadcast_deliveries", waitingSeries) is null
            || Series(metrics, "lk3_turn_duration_seconds_count", "channel=\"telegram\"") < 2)
        {
            Assert.True(DateTime.UtcNow < deadline, $"The broadcast's gauge or the second turn never showed in /metrics:\n{metrics}");
            await Task.Delay(200);
        }
        output.WriteLine(string.Join("\n", metrics.Split('\n').Where(l => l.StartsWith("lk3_", StringComparison.Ordinal))));

        Assert.Equal(2, Value(metrics, "lk3_updates_received_total", "channel=\"telegram\",outcome=\"stored\""));
        Assert.Equal(1, Value(metrics, "lk3_updates_received_total", "channel=\"telegram\",outcome=\"duplicate\""));
        Assert.Equal(2, Value(metrics, "lk3_updates_handled_total", "channel=\"telegram\",outcome=\"handled\""));
        Assert.Equal(2, Value(metrics, "lk3_turn_duration_seconds_count", "channel=\"telegram\""));
        Assert.True(Value(metrics, "lk3_deliveries_total", "channel=\"telegram\",kind=\"reply\",outcome=\"sent\"") >= 3);
        Assert.Equal(0, Value(metrics, "lk3_inbox_backlog", "channel=\"telegram\""));
        Assert.Equal(0, Value(metrics, "lk3_outbox_backlog", "channel=\"telegram\""));
        Assert.Equal(3, Value(metrics, "lk3_broadcast_deliveries", $"broadcast=\"{broadcastId}\",status=\"waiting\""));
        Assert.Equal(0, Value(metrics, "lk3_followups_due", null));
        Assert.Equal(0, Value(metrics, "lk3_followups_overdue", null));
        Assert.True(Value(metrics, "lk3_chat_leases_held", null) >= 0);
        // ASP.NET Core's, HttpClient's and the runtime's own.
        Assert.Contains("http_server_request_duration_seconds_bucket", metrics);
        Assert.Contains("http_client_request_duration_seconds_bucket", metrics);
        Assert.Contains("dotnet_gc_collections_total", metrics);
    }

    [SkippableFact]
    public async Task A_telegram_update_is_one_trace_from_the_webhook_request_through_the_turn_to_the_send()
    {
        Database.SkipIfUnavailable();
        var activities = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "LK3.Bot" or "Microsoft.AspNetCore" or "System.Net.Http",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        var family = new FamilyChat(() => App, Api, FamilyChat.NewChatId());

        await family.SayAsync("/start");

        var chat = family.ChatId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var updateId = await App.QueryAsync(db => db.ReceivedUpdates.Where(u => u.ChatId == chat).Select(u => u.Id).SingleAsync());
        var turn = await StoppedAsync(activities, a => a.OperationName == "lk3.turn" && Equals(a.GetTagItem("lk3.update.id"), updateId), "the turn");
        var request = Assert.Single(activities, a => a.SpanId == turn.ParentSpanId);
        Assert.Equal(("Microsoft.AspNetCore", ActivityKind.Server), (request.Source.Name, request.Kind));
        // The family has both replies a moment before their sends' spans stop, so this waits for the two.
        var sends = await StoppedAsync(activities, a => a.OperationName == "lk3.send" && a.ParentSpanId == turn.SpanId, 2, "the two sends");
        Assert.Equal(2, sends.Count); // the greeting and the privacy question
        Assert.All(sends, send => Assert.Equal(request.TraceId, send.TraceId));
        var call = await StoppedAsync(activities, a => a.Source.Name == "System.Net.Http" && a.ParentSpanId == sends[0].SpanId, "the Bot API call");
        Assert.Equal(request.TraceId, call.TraceId);
    }

    [SkippableFact]
    public async Task Live_and_ready_answer_healthy_and_healthz_stays_as_it_was()
    {
        Database.SkipIfUnavailable();
        foreach (var path in new[] { "/healthz", "/healthz/live", "/healthz/ready" })
        {
            using var response = await App.Client.GetAsync(path);
            Assert.Equal((HttpStatusCode.OK, "Healthy"), (response.StatusCode, await response.Content.ReadAsStringAsync()));
        }
    }

    private static async Task<Activity> StoppedAsync(ConcurrentQueue<Activity> activities, Func<Activity, bool> match, string what) =>
        (await StoppedAsync(activities, match, 1, what))[0];

    /// <summary>Waits until at least <paramref name="count"/> matching activities stopped; returns all that match then.</summary>
    private static async Task<List<Activity>> StoppedAsync(ConcurrentQueue<Activity> activities, Func<Activity, bool> match, int count, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var found = activities.Where(match).ToList();
            if (found.Count >= count) return found;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"No activity for {what} within 10 s.");
            await Task.Delay(50);
        }
    }

    /// <summary>The value of one Prometheus series (<paramref name="labels"/> a run of its labels); fails when it is missing.</summary>
    private static double Value(string metrics, string name, string? labels) =>
        Series(metrics, name, labels) ?? throw new Xunit.Sdk.XunitException($"No series {name}{{{labels}}} in /metrics.");

    private static double? Series(string metrics, string name, string? labels)
    {
        var match = Regex.Match(metrics, $@"^{Regex.Escape(name)}\{{[^}}]*{Regex.Escape(labels ?? "")}[^}}]*\}} (\S+)", RegexOptions.Multiline);
        return match.Success ? double.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>A broadcast in the middle of sending, its rows waiting (the recurring job that would send it is paused).</summary>
    private async Task<int> BroadcastBeingSentAsync(int waiting)
    {
        return await App.QueryAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            var clients = Enumerable.Range(0, waiting).Select(_ =>
                new Client { Channel = "telegram", ChatId = FamilyChat.NewChatId().ToString(), FirstSeenAt = now }).ToList();
            db.Clients.AddRange(clients);
            var broadcast = new Broadcast { Text = "Kelas parenting", Status = BroadcastStatus.Sending, SendAt = now, CreatedAt = now, CreatedBy = "test" };
            db.Broadcasts.Add(broadcast);
            await db.SaveChangesAsync();
            db.BroadcastDeliveries.AddRange(clients.Select(c =>
                new BroadcastDelivery { BroadcastId = broadcast.Id, ClientId = c.Id, Channel = c.Channel, ChatId = c.ChatId, NextAttemptAt = now.AddDays(1) }));
            await db.SaveChangesAsync();
            return broadcast.Id;
        });
    }

    /// <summary>An API client with a bearer token; an account in <paramref name="role"/> is made first unless it is the bootstrap admin.</summary>
    private async Task<HttpClient> ApiClientAsync(string email, string? role = null)
    {
        const string password = "Kata-Sandi-Uji-1";
        if (role is not null)
        {
            await using var scope = App.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var user = new StaffUser { UserName = email, Email = email, DisplayName = "Hasan", EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }
        using var client = App.NewClient();
        using var response = await client.PostAsJsonAsync("/api/token", new { email, password = role is null ? BotApp.AdminPassword : password });
        response.EnsureSuccessStatusCode();
        var api = App.NewClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        return api;
    }
}

/// <summary>
/// Alone, after the tests that run in parallel: a meter is known by its name in the whole process, so while other tests'
/// apps run, each app's /metrics would also count their updates (one app per process, as in production, sees only its own).
/// </summary>
[CollectionDefinition(nameof(TelemetryTests), DisableParallelization = true)]
public sealed class TelemetryTestsAlone;

[Collection(nameof(TelemetryTests))]
public sealed class TelemetryTestsOnSqlite(ITestOutputHelper output) : TelemetryTests(DatabaseProvider.Sqlite, output);

[Collection(nameof(TelemetryTests))]
public sealed class TelemetryTestsOnPostgreSql(ITestOutputHelper output) : TelemetryTests(DatabaseProvider.PostgreSql, output);
