using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using LK3.Bot.Broadcasts;
using LK3.Bot.Channels;
using LK3.Bot.Data;
using LK3.Intake.Broadcasts;
using LK3.Intake.Clients;
using LK3.Intake.Conversations;
using LK3.Intake.FollowUps;
using LK3.Intake.Staff;
using LK3.Tests.EndToEnd;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LK3.Tests.StaffApp.Broadcasts;

/// <summary>
/// Broadcasts (siaran) from the staff app: reach before sending, sending once to each subscriber, progress, cancelling, who may, and what is refused.
/// </summary>
public abstract partial class BroadcastDeskTests(DatabaseProvider provider) : StaffAppTests(provider)
{
    private const string Supervisor = "hasan@lk3.example.org";
    private const string Counsellor = "rina@lk3.example.org";

    [SkippableFact]
    public async Task The_preview_counts_the_families_reached_by_topic_channel_and_language_and_not_those_who_stopped_or_blocked_the_bot()
    {
        Database.SkipIfUnavailable();
        await AddSubscriberAsync("telegram", [NewsTopic.ParentingClasses]);
        await AddSubscriberAsync("telegram", [NewsTopic.ParentingClasses, NewsTopic.EconomicAssistance]);
        await AddSubscriberAsync("telegram", [NewsTopic.EconomicAssistance], language: Languages.English);
        await AddSubscriberAsync("whatsapp", [NewsTopic.ParentingClasses]);
        await AddSubscriberAsync("whatsapp", [NewsTopic.GeneralNews]);
        await AddSubscriberAsync("web", [NewsTopic.GeneralNews]);
        await AddSubscriberAsync("telegram", [NewsTopic.ParentingClasses], stopped: true);
        await AddSubscriberAsync("telegram", [NewsTopic.ParentingClasses], unreachable: true);
        await AddSubscriberAsync("telegram", []);
        await AddUserAsync(Supervisor, "Hasan", StaffRoles.Supervisor, counsellorId: null);
        using var api = await ApiClientAsync(Supervisor);

        var everyone = await PreviewAsync(api, new { });
        Assert.Equal(6, everyone.GetProperty("families").GetInt32());
        Assert.Equal(3, everyone.GetProperty("byChannel").GetProperty("telegram").GetInt32());
        Assert.Equal(2, everyone.GetProperty("byChannel").GetProperty("whatsapp").GetInt32());
        Assert.Equal(1, everyone.GetProperty("byChannel").GetProperty("web").GetInt32());
        Assert.Equal(3, (await PreviewAsync(api, new { topics = new[] { "ParentingClasses" } })).GetProperty("families").GetInt32());
        Assert.Equal(2, (await PreviewAsync(api, new { topics = new[] { "ParentingClasses" }, channel = "telegram" })).GetProperty("families").GetInt32());
        Assert.Equal(4, (await PreviewAsync(api, new { topics = new[] { "EconomicAssistance", "GeneralNews" } })).GetProperty("families").GetInt32());
        Assert.Equal(1, (await PreviewAsync(api, new { language = "en" })).GetProperty("families").GetInt32());
        using var unknownChannel = await api.PostAsJsonAsync("/api/broadcasts/preview", new { channel = "sms" });
        Assert.Equal(HttpStatusCode.BadRequest, unknownChannel.StatusCode);

        using var hasan = await SignedInAsync(Supervisor);
        using var preview = await PostFormAsync(hasan, "/siaran/baru", "/siaran/baru?handler=Preview", new()
        {
            ["Text"] = "Kelas <b>pengasuhan</b> Sabtu ini & gratis",
            ["Topics"] = "ParentingClasses",
            ["Channel"] = "",
            ["When"] = "now",
        });
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var page = await preview.Content.ReadAsStringAsync();
        Assert.Contains("akan sampai ke <strong>3 keluarga</strong>", page);
        Assert.Contains("Telegram: 2 keluarga", page);
        Assert.Contains("WhatsApp: 1 keluarga", page);
        Assert.Contains("Kelas <strong>pengasuhan</strong> Sabtu ini &amp; gratis", page);
        Assert.Equal(0, await App.QueryAsync(db => db.Broadcasts.CountAsync()));
    }

    [SkippableFact]
    public async Task A_supervisor_sends_a_broadcast_now_from_the_page_and_each_subscribed_family_gets_it_once()
    {
        Database.SkipIfUnavailable();
        var parents = new[] { await SubscribedFamilyAsync("ParentingClasses"), await SubscribedFamilyAsync("GeneralNews", "ParentingClasses") };
        var otherTopic = await SubscribedFamilyAsync("EconomicAssistance");
        var stopped = await SubscribedFamilyAsync("ParentingClasses");
        await stopped.SayAsync("Berhenti");
        var blocking = await SubscribedFamilyAsync("ParentingClasses");
        Api.FailNextSend(blocking.ChatId, 403, "Forbidden: bot was blocked by the user");
        var before = new[] { parents[0], parents[1], otherTopic, stopped, blocking }.ToDictionary(f => f.ChatId, f => Api.SentTo(f.ChatId).Count);
        await AddUserAsync(Supervisor, "Hasan", StaffRoles.Supervisor, counsellorId: null);
        using var hasan = await SignedInAsync(Supervisor);
        Assert.Contains("href=\"/siaran\"", await hasan.GetStringAsync("/kasus"));

        var form = new Dictionary<string, string>
        {
            ["Text"] = "<b>Kelas pengasuhan</b> Sabtu, 10.00 WITA di kantor LK3.",
            ["LinkUrl"] = "https://lk3.example.org/kelas?hari=sabtu&jam=10",
            ["LinkLabel"] = "Daftar",
            ["Topics"] = "ParentingClasses",
            ["Language"] = "",
            ["Channel"] = "telegram",
            ["Kecamatan"] = "",
            ["When"] = "now",
        };
        using var previewed = await PostFormAsync(hasan, "/siaran/baru", "/siaran/baru?handler=Preview", new(form));
        Assert.Contains("akan sampai ke <strong>3 keluarga</strong>", await previewed.Content.ReadAsStringAsync());
        // "Kirim" sends nothing yet: it asks to confirm, repeating how many families on which channels.
        using var asked = await PostFormAsync(hasan, "/siaran/baru", "/siaran/baru?handler=Send", new(form));
        var confirmation = await asked.Content.ReadAsStringAsync();
        Assert.Contains("Kirim siaran ini sekarang?", confirmation);
        Assert.Matches(@"langsung dikirim kepada\s+<strong>3 keluarga</strong> lewat Telegram \(3\)\.", confirmation);
        Assert.Contains("Ya, kirim untuk 3 keluarga", confirmation);
        Assert.Equal(0, await App.QueryAsync(db => db.Broadcasts.CountAsync()));

        // A confirmation of another number (families subscribed or left meanwhile) is asked again.
        using var stale = await PostFormAsync(hasan, "/siaran/baru", "/siaran/baru?handler=Confirm", new(form) { ["confirmedFamilies"] = "2" });
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Jumlah keluarga berubah</strong> dari 2 menjadi 3", await stale.Content.ReadAsStringAsync());
        Assert.Equal(0, await App.QueryAsync(db => db.Broadcasts.CountAsync()));

        using var sent = await PostFormAsync(hasan, "/siaran/baru", "/siaran/baru?handler=Confirm", new(form) { ["confirmedFamilies"] = "3" });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var id = int.Parse(IdInLocation().Match(sent.Headers.Location!.OriginalString).Groups[1].Value);
        Assert.Contains("Siaran mulai dikirim.", await hasan.GetStringAsync($"/siaran/{id}"));

        await RunBroadcastAsync(id);

        foreach (var family in parents)
        {
            var message = await family.NextAsync();
            Assert.Equal("<b>Kelas pengasuhan</b> Sabtu, 10.00 WITA di kantor LK3.", message.Text);
            var link = message.ReplyMarkup!.Value.GetProperty("inline_keyboard")[0][0];
            Assert.Equal(("Daftar", "https://lk3.example.org/kelas?hari=sabtu&jam=10"),
                (link.GetProperty("text").GetString(), link.GetProperty("url").GetString()));
        }
        await RunBroadcastAsync(id); // a second run (Hangfire's retry, the minutely job) sends nothing more; the job sends before it returns
        foreach (var family in parents) Assert.Equal(before[family.ChatId] + 1, Api.SentTo(family.ChatId).Count);
        Assert.Equal(before[otherTopic.ChatId], Api.SentTo(otherTopic.ChatId).Count);
        Assert.Equal(before[stopped.ChatId], Api.SentTo(stopped.ChatId).Count);

        using var api = await ApiClientAsync(Supervisor);
        var progress = await api.GetFromJsonAsync<JsonElement>($"/api/broadcasts/{id}");
        Assert.Equal("Completed", progress.GetProperty("status").GetString());
        Assert.Equal((3, 2, 1, 0),
            (progress.GetProperty("families").GetInt32(), progress.GetProperty("sent").GetInt32(),
            progress.GetProperty("failed").GetInt32(), progress.GetProperty("waiting").GetInt32()));
        Assert.Equal(JsonValueKind.String, progress.GetProperty("startedAt").ValueKind);
        Assert.Equal(JsonValueKind.String, progress.GetProperty("finishedAt").ValueKind);
        var failure = Assert.Single(progress.GetProperty("failures").EnumerateArray());
        Assert.Equal(1, failure.GetProperty("count").GetInt32());
        Assert.Contains("blocked", failure.GetProperty("reason").GetString(), StringComparison.OrdinalIgnoreCase);

        var report = await hasan.GetStringAsync($"/siaran/{id}");
        Assert.Contains("Laporan", report);
        Assert.Contains("<dd id=\"terkirim\">2</dd>", report);
        Assert.Contains("<dd id=\"gagal\">1</dd>", report);
        Assert.Contains("blocked", report);
        Assert.DoesNotContain("Batalkan siaran", report);
        var list = await hasan.GetStringAsync("/siaran");
        Assert.Contains($"href=\"/siaran/{id}\"", list);
        Assert.Contains("Selesai", list);
        Assert.Contains("<td data-label=\"Terkirim\">2</td>", list);

        var stored = await App.QueryAsync(db => db.Broadcasts.SingleAsync(b => b.Id == id));
        Assert.Equal(("Hasan", "telegram"), (stored.CreatedBy, stored.Channel));
        Assert.Equal([NewsTopic.ParentingClasses], stored.Topics);
        var audit = Assert.Single(await App.QueryAsync(db => db.AuditEntries.Where(a => a.Action == "broadcast.create").ToListAsync()));
        Assert.Equal("Hasan", audit.UserName);
        Assert.StartsWith(
            $"siaran {id}: {ConversationTexts.Indonesian.NewsTopics[NewsTopic.ParentingClasses]}; Semua bahasa; Telegram; Semua kecamatan; kirim ",
            audit.Details);
        Assert.EndsWith(" WITA", audit.Details);
    }

    [SkippableFact]
    public async Task A_broadcast_scheduled_on_the_page_in_office_time_can_be_cancelled_and_then_sends_nothing()
    {
        Database.SkipIfUnavailable();
        var family = await SubscribedFamilyAsync("GeneralNews");
        var before = Api.SentTo(family.ChatId).Count;
        await AddUserAsync(Supervisor, "Hasan", StaffRoles.Supervisor, counsellorId: null);
        using var hasan = await SignedInAsync(Supervisor);
        var tomorrow = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOfficeTime().DateTime).AddDays(1);

        var form = new Dictionary<string, string>
        {
            ["Text"] = "Kantor LK3 tutup hari Senin.",
            ["When"] = "later",
            ["Day"] = tomorrow.ToString("yyyy-MM-dd"),
            ["Hour"] = "10:30",
        };
        using var asked = await PostFormAsync(hasan, "/siaran/baru", "/siaran/baru?handler=Send", form);
        var confirmation = await asked.Content.ReadAsStringAsync();
        Assert.Contains("Jadwalkan siaran ini?", confirmation);
        Assert.Contains($"dikirim pada {tomorrow.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)} 10.30 WITA kepada", confirmation);
        Assert.Contains("Ya, jadwalkan untuk 1 keluarga", confirmation);
        using var scheduled = await PostFormAsync(hasan, "/siaran/baru", "/siaran/baru?handler=Confirm", new(form) { ["confirmedFamilies"] = "1" });
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        var id = int.Parse(IdInLocation().Match(scheduled.Headers.Location!.OriginalString).Groups[1].Value);
        var stored = await App.QueryAsync(db => db.Broadcasts.SingleAsync(b => b.Id == id));
        Assert.Equal((BroadcastStatus.Scheduled, OfficeHours.At(tomorrow, new TimeOnly(10, 30))), (stored.Status, stored.SendAt));
        Assert.Equal(new DateTimeOffset(tomorrow.ToDateTime(new TimeOnly(10, 30)), TimeSpan.FromHours(8)), stored.SendAt);
        var page = await hasan.GetStringAsync($"/siaran/{id}");
        Assert.Contains("Siaran dijadwalkan pada", page);
        Assert.Contains("Terjadwal", page);
        Assert.Contains("Batalkan siaran", page);

        using var cancelled = await PostFormAsync(hasan, $"/siaran/{id}", $"/siaran/{id}?handler=Cancel", []);
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        page = await hasan.GetStringAsync($"/siaran/{id}");
        Assert.Contains("Siaran dibatalkan.", page);
        Assert.DoesNotContain("Batalkan siaran", page);
        using var api = await ApiClientAsync(Supervisor);
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsync($"/api/broadcasts/{id}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsync("/api/broadcasts/9999/cancel", null)).StatusCode);

        // Its time comes: neither the minutely job nor a direct run sends it.
        await App.QueryAsync(db => db.Broadcasts.Where(b => b.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.SendAt, DateTimeOffset.UtcNow.AddMinutes(-1))));
        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DueBroadcastsJob>().RunAsync(CancellationToken.None);
        }
        await RunBroadcastAsync(id, waitForCompletion: false); // the job sends before it returns
        Assert.Equal(before, Api.SentTo(family.ChatId).Count);
        Assert.Equal(0, await App.QueryAsync(db => db.BroadcastDeliveries.CountAsync(d => d.BroadcastId == id)));
        Assert.Equal(BroadcastStatus.Cancelled, await App.QueryAsync(db => db.Broadcasts.Where(b => b.Id == id).Select(b => b.Status).SingleAsync()));
        var audit = await App.QueryAsync(db => db.AuditEntries.Where(a => a.Action.StartsWith("broadcast."))
            .OrderBy(a => a.Id).Select(a => new { a.Action, a.UserName, a.Details }).ToListAsync());
        Assert.Equal(["broadcast.create", "broadcast.cancel"], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal("Hasan", a.UserName));
        Assert.Equal($"siaran {id}", audit[1].Details);
    }

    [SkippableFact]
    public async Task The_api_schedules_and_cancels_for_leads_and_counsellors_may_only_preview_and_follow_progress()
    {
        Database.SkipIfUnavailable();
        await AddSubscriberAsync("telegram", [NewsTopic.GeneralNews]);
        var (rinaId, _) = await AddCounsellorAsync("Rina Wulandari", LK3.Intake.Cases.ProblemCategory.FamilyConflict);
        await AddUserAsync(Counsellor, "Rina", StaffRoles.Counsellor, rinaId);
        await AddUserAsync(Supervisor, "Hasan", StaffRoles.Supervisor, counsellorId: null);
        using var rinaApi = await ApiClientAsync(Counsellor);
        using var hasanApi = await ApiClientAsync(Supervisor);
        // Whole seconds, as every database keeps them; given in WITA, stored in UTC.
        var inADay = new DateTimeOffset(DateTimeOffset.UtcNow.AddDays(1).Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero)
            .ToOffset(TimeSpan.FromHours(8));

        Assert.Equal(HttpStatusCode.Forbidden, (await rinaApi.PostAsJsonAsync("/api/broadcasts", new { text = "Halo", sendAt = inADay })).StatusCode);
        Assert.Equal(0, await App.QueryAsync(db => db.Broadcasts.CountAsync()));
        using var created = await hasanApi.PostAsJsonAsync("/api/broadcasts",
            new { text = "Info <i>terbaru</i>", topics = new[] { "GeneralNews" }, sendAt = inADay });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetInt32();
        Assert.Equal($"/api/broadcasts/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal(("Scheduled", 1), (body.GetProperty("status").GetString(), body.GetProperty("families").GetInt32()));
        Assert.Equal(inADay.ToUniversalTime(), await App.QueryAsync(db => db.Broadcasts.Where(b => b.Id == id).Select(b => b.SendAt).SingleAsync()));

        Assert.Equal(HttpStatusCode.OK, (await rinaApi.PostAsJsonAsync("/api/broadcasts/preview", new { })).StatusCode);
        Assert.Equal("Scheduled", (await rinaApi.GetFromJsonAsync<JsonElement>($"/api/broadcasts/{id}")).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await rinaApi.PostAsync($"/api/broadcasts/{id}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hasanApi.GetAsync("/api/broadcasts/9999")).StatusCode);
        using var cancelled = await hasanApi.PostAsync($"/api/broadcasts/{id}/cancel", null);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal("Cancelled", (await cancelled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        using var rina = await SignedInAsync(Counsellor);
        foreach (var path in new[] { "/siaran", "/siaran/baru", $"/siaran/{id}" })
        {
            using var refused = await rina.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/ditolak", refused.Headers.Location?.PathAndQuery);
        }
        Assert.DoesNotContain("href=\"/siaran\"", await rina.GetStringAsync("/kasus"));

        var openApi = await hasanApi.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = openApi.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/broadcasts", paths);
        Assert.Contains("/api/broadcasts/preview", paths);
        Assert.Contains("/api/broadcasts/{id}", paths);
        Assert.Contains("/api/broadcasts/{id}/cancel", paths);
    }

    [SkippableFact]
    public async Task An_empty_text_a_bad_link_bad_markup_or_a_past_time_is_refused_with_a_message_and_nothing_is_saved()
    {
        Database.SkipIfUnavailable();
        await AddUserAsync(Supervisor, "Hasan", StaffRoles.Supervisor, counsellorId: null);
        using var hasan = await SignedInAsync(Supervisor);
        var yesterday = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOfficeTime().DateTime).AddDays(-1);

        var cases = new (Dictionary<string, string> Form, string Message)[]
        {
            (new() { ["Text"] = "   ", ["When"] = "now" }, "Tulis teks siaran."),
            (new() { ["Text"] = "Info", ["LinkUrl"] = "javascript:alert(1)", ["When"] = "now" }, "Tautan harus alamat web lengkap"),
            (new() { ["Text"] = "Info", ["LinkUrl"] = "https://lk3.example.org",
                 ["LinkLabel"] = "Label yang terlalu panjang sekali", ["When"] = "now" }, "Label tautan satu baris"),
            (new() { ["Text"] = "Info <script>x</script>", ["When"] = "now" }, "tidak diizinkan"),
            (new() { ["Text"] = new string('a', 3501), ["When"] = "now" }, "paling banyak 3500 karakter"),
            (new() { ["Text"] = "Info", ["When"] = "later", ["Day"] = yesterday.ToString("yyyy-MM-dd"), ["Hour"] = "10:00" }, "Waktu kirim sudah lewat"),
            (new() { ["Text"] = "Info", ["When"] = "later" }, "Pilih tanggal dan jam kirim"),
        };
        foreach (var (form, message) in cases)
        {
            using var response = await PostFormAsync(hasan, "/siaran/baru", "/siaran/baru?handler=Send", form);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.Content.ReadAsStringAsync();
            Assert.Contains("class=\"error\" role=\"alert\"", page);
            Assert.Contains(WebUtility.HtmlEncode(message), page);
        }

        using var api = await ApiClientAsync(Supervisor);
        using var badLink = await api.PostAsJsonAsync("/api/broadcasts", new { text = "Info", linkUrl = "ftp://lk3.example.org/x" });
        Assert.Equal(HttpStatusCode.BadRequest, badLink.StatusCode);
        var problem = await badLink.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("linkUrl", out _));
        using var past = await api.PostAsJsonAsync("/api/broadcasts", new { text = "Info", sendAt = DateTimeOffset.UtcNow.AddMinutes(-5) });
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        Assert.True((await past.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("sendAt", out _));

        Assert.Equal(0, await App.QueryAsync(db => db.Broadcasts.CountAsync()));
        Assert.Equal(0, await App.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action.StartsWith("broadcast."))));
    }

    [SkippableFact]
    public async Task Progress_counts_deliveries_by_status_the_pace_of_the_last_ten_seconds_and_failures_by_reason()
    {
        Database.SkipIfUnavailable();
        var clients = new List<int>();
        for (var i = 0; i < 9; i++) clients.Add(await AddSubscriberAsync("telegram", [NewsTopic.GeneralNews]));
        await AddUserAsync(Supervisor, "Hasan", StaffRoles.Supervisor, counsellorId: null);
        using var api = await ApiClientAsync(Supervisor);
        using var hasan = await SignedInAsync(Supervisor);
        var now = DateTimeOffset.UtcNow;
        var id = await App.QueryAsync(async db =>
        {
            var broadcast = new Broadcast
            {
                Text = "Info", CreatedBy = "Hasan", CreatedAt = now.AddMinutes(-2), SendAt = now.AddMinutes(-1), Status = BroadcastStatus.Sending,
                StartedAt = now.AddMinutes(-1),
            };
            db.Broadcasts.Add(broadcast);
            await db.SaveChangesAsync();
            // Another instance is sending it: the minutely job here leaves it alone.
            db.ChatLeases.Add(new LK3.Intake.Inbox.ChatLease
            {
                Channel = "broadcast", ChatId = broadcast.Id.ToString(), Owner = "another-instance", ExpiresAt = now.AddMinutes(10),
            });
            BroadcastDelivery Row(int client, BroadcastDeliveryStatus status, DateTimeOffset? sentAt = null, string? reason = null) => new()
            {
                BroadcastId = broadcast.Id, ClientId = client, Channel = "telegram", ChatId = client.ToString(), Status = status, NextAttemptAt = now,
                SentAt = sentAt, FailureReason = reason,
            };
            db.BroadcastDeliveries.AddRange(
                Row(clients[0], BroadcastDeliveryStatus.Sent, now.AddMinutes(-1)),
                Row(clients[1], BroadcastDeliveryStatus.Sent, now.AddSeconds(-1)),
                Row(clients[2], BroadcastDeliveryStatus.Sent, now.AddSeconds(-2)),
                Row(clients[3], BroadcastDeliveryStatus.Failed, reason: "403 Forbidden: bot was blocked by the user"),
                Row(clients[4], BroadcastDeliveryStatus.Failed, reason: "403 Forbidden: bot was blocked by the user"),
                Row(clients[5], BroadcastDeliveryStatus.Failed, reason: "400 Bad Request: chat not found"),
                Row(clients[6], BroadcastDeliveryStatus.Waiting, reason: "429 Too Many Requests"),
                Row(clients[7], BroadcastDeliveryStatus.Sending),
                Row(clients[8], BroadcastDeliveryStatus.Waiting));
            await db.SaveChangesAsync();
            return broadcast.Id;
        });

        var progress = await api.GetFromJsonAsync<JsonElement>($"/api/broadcasts/{id}");
        Assert.Equal((9, 3, 3, 3),
            (progress.GetProperty("families").GetInt32(), progress.GetProperty("sent").GetInt32(),
            progress.GetProperty("failed").GetInt32(), progress.GetProperty("waiting").GetInt32()));
        Assert.Equal(0.2, progress.GetProperty("messagesPerSecond").GetDouble(), 3);
        Assert.Equal(
            new[] { "403 Forbidden: bot was blocked by the user: 2", "400 Bad Request: chat not found: 1" },
            progress.GetProperty("failures").EnumerateArray().Select(f => $"{f.GetProperty("reason").GetString()}: {f.GetProperty("count").GetInt32()}"));

        using var page = await hasan.GetAsync($"/siaran/{id}");
        Assert.Equal("5", page.Headers.GetValues("Refresh").Single()); // live while sending, without any script
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Kemajuan", html);
        Assert.Contains("<dd id=\"kecepatan\">0,2 pesan/detik", html);
        Assert.Contains("400 Bad Request: chat not found", html);
        Assert.DoesNotMatch(OtherScript(), html); // the refresh is a header: only the app's own staff.js (menu, countdowns)
    }

    private async Task<JsonElement> PreviewAsync(HttpClient api, object draft)
    {
        using var response = await api.PostAsJsonAsync("/api/broadcasts/preview", draft);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A Telegram family that subscribed through the bot's menu, with consent, to <paramref name="topics"/>.</summary>
    private async Task<FamilyChat> SubscribedFamilyAsync(params string[] topics)
    {
        var family = new FamilyChat(() => App, Api, FamilyChat.NewChatId());
        await family.SayAsync("/start");
        await family.PressAsync("consent:yes");
        await family.PressAsync("menu:news");
        foreach (var topic in topics) await family.PressAsync($"news:{topic}");
        return family;
    }

    /// <summary>A client and its subscription written directly, for numbers and channels the bot's double does not speak.</summary>
    private async Task<int> AddSubscriberAsync(
        string channel, List<NewsTopic> topics, string language = Languages.Indonesian, bool stopped = false, bool unreachable = false)
    {
        var now = DateTimeOffset.UtcNow;
        return await App.QueryAsync(async db =>
        {
            var client = new Client
            {
                Channel = channel, ChatId = FamilyChat.NewChatId().ToString(), Language = language, FirstSeenAt = now,
                UnreachableSince = unreachable ? now : null,
            };
            db.Clients.Add(client);
            await db.SaveChangesAsync();
            db.Subscriptions.Add(new Subscription { ClientId = client.Id, Topics = topics, SubscribedAt = now, StoppedAt = stopped ? now : null });
            await db.SaveChangesAsync();
            return client.Id;
        });
    }

    /// <summary>
    /// Runs the broadcast as Hangfire would, in a scope of its own. Hangfire may be running it already (the page
    /// enqueued it): then this run returns at once, and the test waits for the end.
    /// </summary>
    private async Task RunBroadcastAsync(int id, bool waitForCompletion = true)
    {
        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<BroadcastJob>().RunAsync(id, CancellationToken.None);
        }
        if (!waitForCompletion) return;
        var status = await Poll.UntilAsync(() => App.QueryAsync(db => db.Broadcasts.Where(b => b.Id == id && b.Status == BroadcastStatus.Completed)
            .Select(b => (BroadcastStatus?)b.Status).FirstOrDefaultAsync()),
            "the broadcast to complete");
        Assert.Equal(BroadcastStatus.Completed, status);
    }

    [GeneratedRegex(@"^/siaran/(\d+)$")]
    private static partial Regex IdInLocation();
}

public sealed class BroadcastDeskTestsOnSqlite() : BroadcastDeskTests(DatabaseProvider.Sqlite);

public sealed class BroadcastDeskTestsOnPostgreSql() : BroadcastDeskTests(DatabaseProvider.PostgreSql);
