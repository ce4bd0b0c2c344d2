using System.Text.RegularExpressions;

namespace LK3.Tests.StaffApp;

/// <summary>The staff app's forms as a browser submits them, for clients of the app in-process or of the bot as a process.</summary>
public static partial class StaffForms
{
    /// <summary>Fills in and submits the sign-in page with <paramref name="client"/>; the response, whether it let them in or not.</summary>
    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        PostAsync(client, "/masuk", "/masuk", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });

    /// <summary>Submits a form (whose fields may repeat a name, as checkboxes do) with the anti-forgery token of the page it is on.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var html = await client.GetStringAsync(page);
        var token = AntiForgeryToken().Match(html).Groups[1].Value;
        Assert.NotEmpty(token);
        return await client.PostAsync(action, new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]));
    }

    /// <summary>A script element other than the staff app's own <c>/staff/staff.js</c>: what a page must never carry.</summary>
    [GeneratedRegex(@"<script(?! src=""/staff/staff\.js""></script>)", RegexOptions.IgnoreCase)]
    public static partial Regex OtherScript();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiForgeryToken();
}
