using System.Text;
using LK3.Intake.Understanding;
using Microsoft.EntityFrameworkCore;

namespace LK3.Intake.Information;

/// <summary>The information topics the bot answers with, in every language.</summary>
public sealed class InformationCatalog(IReadOnlyList<InformationTopic> topics)
{
    public const string EmergencyKey = "darurat";
    public const string CrisisKey = "krisis";
    public const string PartnersKey = "mitra";
    public const string AddressKey = "alamat";
    public const string HoursKey = "jam";
    public const string CostKey = "biaya";
    public const string PsychologistKey = "psikolog";

    /// <summary>Facts about the office rather than services: asked about, they are the answer even beside a service's name ("konseling bayar gk?").</summary>
    private static readonly HashSet<string> Facets = [AddressKey, HoursKey, CostKey, PsychologistKey, EmergencyKey];

    private readonly Lazy<TopicMatcher> _matcher = new(() => new TopicMatcher(topics.Select(t => (t.Key, t.Keywords)), Facets.Contains));

    /// <summary>What a typed message wants, read against these topics' keywords.</summary>
    public Understood Understand(string text) => IntentReader.Read(text, _matcher.Value);

    public static async Task<InformationCatalog> LoadAsync(IntakeDbContext db, CancellationToken cancellationToken) =>
        new(await db.InformationTopics.AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(cancellationToken));

    /// <summary>The topics offered in the information menu: services and facts about LK3.</summary>
    public IEnumerable<InformationTopic> Menu(string language) =>
        topics.Where(t => t.Language == language && t.Group != TopicGroup.Emergency);

    public InformationTopic? Find(string? key, string language) =>
        topics.FirstOrDefault(t => t.Key == key && t.Language == language);

    /// <summary>Lowercase words separated by single spaces, without punctuation: "Darurat!!" → "darurat".</summary>
    public static string NormalizeWords(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }
        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
