using LK3.Intake;
using LK3.Intake.Information;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace LK3.Bot.Staff.Pages.Konten;

/// <summary>The information the bot gives, by group, each topic in Indonesian and English side by side: for supervisors and admins.</summary>
[Authorize(Policy = StaffApp.LeadsPolicy)]
public sealed class KontenIndexModel(IntakeDbContext db) : PageModel
{
    public static readonly IReadOnlyList<(TopicGroup Group, string Label)> Groups =
    [
        (TopicGroup.Service, "Layanan"),
        (TopicGroup.About, "Tentang LK3"),
        (TopicGroup.Emergency, "Darurat"),
    ];

    public static readonly IReadOnlyList<(string Code, string Label)> Languages = [("id", "Bahasa Indonesia"), ("en", "English")];

    public IReadOnlyList<InformationTopic> Topics { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Topics = await db.InformationTopics.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Key).ToListAsync(cancellationToken);

    /// <summary>The topics of a group by key, in their order, each with its versions by language.</summary>
    public IEnumerable<IGrouping<string, InformationTopic>> InGroup(TopicGroup group) =>
        Topics.Where(t => t.Group == group).GroupBy(t => t.Key);

    public static string Excerpt(string body)
    {
        var text = string.Join(' ', LK3.Bot.Staff.Content.TopicMarkup.ToPlainText(body).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= 160 ? text : $"{text[..157]}…";
    }
}
