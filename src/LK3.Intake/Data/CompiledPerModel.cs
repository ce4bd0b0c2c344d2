using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore.Metadata;

namespace LK3.Intake.Data;

/// <summary>
/// A compiled query (<c>EF.CompileAsyncQuery</c>) for each model: EF Core translates one for the model of the first
/// context it is given (its provider, and the value converters that decrypt protected columns with that app's keys), and
/// a process may hold several (the tests run SQLite and PostgreSQL apps side by side, each with keys of its own).
/// </summary>
public sealed class CompiledPerModel<TQuery>(Func<TQuery> compile) where TQuery : Delegate
{
    private readonly ConcurrentDictionary<IModel, TQuery> _byModel = new();

    public TQuery For(IntakeDbContext db) => _byModel.GetOrAdd(db.Model, _ => compile());
}
