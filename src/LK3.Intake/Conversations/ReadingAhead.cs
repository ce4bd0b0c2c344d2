using LK3.Intake.Information;
using LK3.Intake.Understanding;

namespace LK3.Intake.Conversations;

/// <summary>
/// Understands a typed message before its turn, which then takes what was read instead of reading it itself. Reading
/// depends on nothing but the message and the information topics kept in memory, while on SQLite a turn holds the
/// database's one writer: a message read there keeps every other family's turn waiting.
/// </summary>
public sealed class ReadingAhead(InformationCatalogCache catalogs)
{
    public IncomingActivity Read(IncomingActivity activity)
    {
        if (activity.Kind != ActivityKind.Text || catalogs.Current is not { } catalog) return activity;
        // As the turn will see it; a command or a message too long to answer is not read at all.
        var text = ConversationLimits.WithoutControlCharacters(activity.Text)?.Trim();
        if (text is not { Length: > 0 and <= ConversationLimits.MaxTextLength } || text[0] == '/') return activity;
        return activity with { ReadAhead = new UnderstoodAhead(catalog, text, catalog.Understand(text)) };
    }
}

/// <summary>A typed message understood before its turn, with the information topics it was read against.</summary>
public sealed record UnderstoodAhead(InformationCatalog Catalog, string Text, Understood Understood);
