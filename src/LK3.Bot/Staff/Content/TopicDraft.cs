namespace LK3.Bot.Staff.Content;

/// <summary>
/// A topic as a member of staff wrote it in the form, checked and made ready to save: the title fits a
/// WhatsApp list row, the body is reply markup (lone &lt;, &gt; and &amp; escaped, see <see cref="TopicMarkup"/>),
/// and the keywords are lowercase, trimmed and without repeats.
/// </summary>
public sealed record TopicDraft(string Title, string Body, string Keywords, IReadOnlyDictionary<string, string> Errors, bool Escaped)
{
    public const int MaxTitleLength = 24;
    public const int MaxBodyLength = 3500;
    public const int MaxKeywordsLength = 1000;

    public bool IsValid => Errors.Count == 0;

    public static TopicDraft From(string? title, string? body, string? keywords)
    {
        var errors = new Dictionary<string, string>();
        var cleanTitle = (title ?? "").Trim();
        if (cleanTitle.Length is 0 or > MaxTitleLength)
        {
            errors[nameof(Title)] = $"Judul harus berisi 1 sampai {MaxTitleLength} karakter (sekarang {cleanTitle.Length}), agar muat di daftar WhatsApp.";
        }
        else if (cleanTitle.Contains('\n', StringComparison.Ordinal))
        {
            errors[nameof(Title)] = "Judul harus satu baris.";
        }

        var typedBody = (body ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
        var markup = TopicMarkup.Check(typedBody);
        if (typedBody.Length is 0 or > MaxBodyLength)
        {
            errors[nameof(Body)] = $"Isi harus berisi 1 sampai {MaxBodyLength} karakter (sekarang {typedBody.Length}).";
        }
        else if (markup.Errors.Count > 0)
        {
            errors[nameof(Body)] = string.Join(" ", markup.Errors);
        }

        var words = (keywords ?? "").Split([',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(k => string.Join(' ', k.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var cleanKeywords = string.Join(",", words);
        if (words.Count == 0)
        {
            errors[nameof(Keywords)] = "Isi paling sedikit satu kata kunci; pisahkan kata kunci dengan koma.";
        }
        else if (words.FirstOrDefault(k => LK3.Intake.Information.InformationCatalog.NormalizeWords(k) != k) is { } odd)
        {
            errors[nameof(Keywords)] = $"Kata kunci \"{odd}\" hanya boleh berisi huruf, angka dan spasi; pisahkan kata kunci dengan koma.";
        }
        else if (cleanKeywords.Length > MaxKeywordsLength)
        {
            errors[nameof(Keywords)] = $"Kata kunci paling banyak {MaxKeywordsLength} karakter (sekarang {cleanKeywords.Length}).";
        }

        return new TopicDraft(cleanTitle, markup.Body, cleanKeywords, errors, markup.Escaped);
    }
}
