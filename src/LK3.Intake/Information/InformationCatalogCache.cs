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
        var now = time.GetUtcNow();
        if (_entry is { } entry && now - entry.LoadedAt < KeptFor) return entry.Catalog;
        var catalog = await InformationCatalog.LoadAsync(db, cancellationToken);
        _entry = new Entry(catalog, now);
        return catalog;
    }

    public void Invalidate() => _entry = null;

    private sealed record Entry(InformationCatalog Catalog, DateTimeOffset LoadedAt);
}
