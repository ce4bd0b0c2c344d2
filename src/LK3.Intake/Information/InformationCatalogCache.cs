namespace LK3.Intake.Information;

/// <summary>
/// The information content kept in memory between turns, since every turn may need it and it rarely
/// changes. Reloaded after a minute, or at once when staff change it (<see cref="Invalidate"/>).
/// </summary>
public sealed class InformationCatalogCache(TimeProvider time)
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(1);

    private volatile Entry? _entry;

    public async Task<InformationCatalog> GetAsync(IntakeDbContext db, CancellationToken cancellationToken)
    {
        if (Current is { } current) return current;
        var catalog = await InformationCatalog.LoadAsync(db, cancellationToken);
        _entry = new Entry(catalog, time.GetUtcNow());
        return catalog;
    }

    /// <summary>The content kept, while it is fresh; none when the next turn would read it again.</summary>
    public InformationCatalog? Current => _entry is { } entry && time.GetUtcNow() - entry.LoadedAt < KeptFor ? entry.Catalog : null;

    public void Invalidate() => _entry = null;

    private sealed record Entry(InformationCatalog Catalog, DateTimeOffset LoadedAt);
}
