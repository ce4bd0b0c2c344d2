using System.Collections.Concurrent;

namespace LK3.Intake.Data;

/// <summary>
/// A compiled query (<c>EF.CompileAsyncQuery</c>) for each database provider: EF Core translates one for the provider of the first context it is given, and a process
/// may hold contexts of two (the tests run SQLite and PostgreSQL apps side by side). Each provider has its own context type.
/// </summary>
public sealed class CompiledPerProvider<TQuery>(Func<TQuery> compile) where TQuery : Delegate
{
    private readonly ConcurrentDictionary<Type, TQuery> _byContextType = new();

    public TQuery For(IntakeDbContext db) => _byContextType.GetOrAdd(db.GetType(), _ => compile());
}
