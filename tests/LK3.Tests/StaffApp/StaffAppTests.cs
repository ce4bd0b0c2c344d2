using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using LK3.Bot.Data;
using LK3.Intake.Cases;
using LK3.Intake.Counsellors;
using LK3.Intake.Staff;
using LK3.Tests.EndToEnd;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LK3.Tests.StaffApp;

/// <summary>A bot of its own per test with what staff tests share: accounts, counsellors, cases, and clients signed in as a browser or by token.</summary>
public abstract class StaffAppTests(DatabaseProvider provider) : BotPerTest(provider)
{
    protected const string Password = "Kata-Sandi-Uji-1";

    /// <summary>A family's case, accepted by <paramref name="counsellor"/>: its reference and the family's chat.</summary>
    protected async Task<(string Reference, FamilyChat Family)> AcceptedCaseAsync(CounsellorChat counsellor, ProblemCategory category)
    {
        var family = new FamilyChat(() => App, Api, FamilyChat.NewChatId());
        var reference = await family.SubmitIntakeAsync(category);
        await counsellor.NextAsync(); // the offer
        await counsellor.PressAsync($"offer:accept:{reference}");
        await family.NextAsync(); // who will call
        return (reference, family);
    }

    /// <summary>A counsellor, linked on Telegram unless <paramref name="telegram"/> is false, named to families "Bu" and their first name.</summary>
    protected async Task<(int Id, CounsellorChat Chat)> AddCounsellorAsync(string name, ProblemCategory speciality, bool telegram = true, bool onDuty = false)
    {
        var chat = new CounsellorChat(() => App, Api, FamilyChat.NewChatId());
        var counsellor = new Counsellor
        {
            Name = name,
            DisplayName = $"Bu {name.Split(' ')[0]}",
            Specialities = [speciality],
            OnDuty = onDuty,
            Contact = telegram ? new ChannelAddress(ChannelNames.Telegram, chat.ChatId.ToString()) : null,
        };
        await App.QueryAsync(async db =>
        {
            db.Counsellors.Add(counsellor);
            return await db.SaveChangesAsync();
        });
        return (counsellor.Id, chat);
    }

    /// <summary>A staff account with <see cref="Password"/>, in <paramref name="role"/>; its user id.</summary>
    protected async Task<string> AddUserAsync(string email, string name, string role, int? counsellorId = null)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = new StaffUser { UserName = email, Email = email, DisplayName = name, CounsellorId = counsellorId, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return user.Id;
    }

    /// <summary>An API client with a bearer token, as a script or another system would use it.</summary>
    protected async Task<HttpClient> ApiClientAsync(string email, string password = Password)
    {
        using var client = App.NewClient();
        using var response = await client.PostAsJsonAsync("/api/token", new { email, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        var api = App.NewClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return api;
    }

    /// <summary>A browser-like client (cookies, no automatic redirects) signed in through the sign-in page.</summary>
    protected async Task<HttpClient> SignedInAsync(string email, string password = Password)
    {
        var client = App.NewClient(followRedirects: false);
        using var signedIn = await SignInAsync(client, email, password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }

    /// <summary>Fills in and submits the sign-in page with <paramref name="client"/>; the response, whether it let them in or not.</summary>
    protected static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password = Password) =>
        StaffForms.SignInAsync(client, email, password);

    protected static Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, string action, Dictionary<string, string> fields) =>
        StaffForms.PostAsync(client, page, action, fields);

    protected static Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, string action, IEnumerable<KeyValuePair<string, string>> fields) =>
        StaffForms.PostAsync(client, page, action, fields);

    protected static Regex OtherScript() => StaffForms.OtherScript();
}
