using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace LK3.Intake.Data;

/// <summary>
/// Sets some columns of many rows, each to its own values, in one statement: the rows' values as a table (<c>VALUES</c>)
/// joined to the table by primary key (<c>UPDATE … FROM</c> on SQLite and PostgreSQL, <c>UPDATE … FROM … JOIN</c> on SQL
/// Server, not run here: no SQL Server). EF Core's SaveChanges writes one UPDATE per row, each built and run on its own.
/// Tables, columns and value conversions come from the EF Core model, as in <see cref="InsertIfAbsent"/>.
/// </summary>
public static class UpdateByKey
{
    /// <summary>
    /// Sets <paramref name="columns"/> of the row with each of <paramref name="rows"/>' primary key to that row's values;
    /// a key not in the table changes nothing, nor does a row whose <paramref name="onlyWhile"/> property no longer has
    /// that value (another process got to it first). Runs in the context's current transaction, if any.
    /// </summary>
    /// <returns>How many rows were changed.</returns>
    public static async Task<int> UpdateByKeyAsync<T>(
        this DbContext db, IReadOnlyList<T> rows, string[] columns, CancellationToken cancellationToken, (string Property, object Value)? onlyWhile = null)
        where T : class
    {
        if (rows.Count == 0) return 0;
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var key = entityType.FindPrimaryKey()!.Properties;
        var set = columns.Select(name =>
            entityType.FindProperty(name) ?? throw new ArgumentException($"{typeof(T).Name} has no property {name}.", nameof(columns))).ToList();
        var all = key.Concat(set).ToList();
        var guard = onlyWhile is { } condition
            ? (Property: entityType.FindProperty(condition.Property)
                ?? throw new ArgumentException($"{typeof(T).Name} has no property {condition.Property}.", nameof(onlyWhile)), condition.Value)
            : default((IProperty Property, object Value)?);

        var changed = 0;
        foreach (var statement in ModelCommand.InStatements(db, rows, all.Count))
        {
            changed += await UpdateAsync(statement);
        }
        return changed;

        async Task<int> UpdateAsync(T[] statement)
        {
            await using var command = ModelCommand.Create(db);
            var values = statement.Select(row => ModelCommand.AddValues(command, sql, all, row)).ToList();
            string Column(IProperty property) => sql.DelimitIdentifier(property.GetColumnName(table)!);
            var tableName = sql.DelimitIdentifier(table.Name, table.Schema);
            var columnList = string.Join(", ", all.Select(Column));
            var guardValue = guard is { } g ? ModelCommand.AddValue(command, sql, g.Property, g.Value) : null;
            string StillAsItWas(string alias) => guard is { } g ? $" AND {alias}.{Column(g.Property)} = {guardValue}" : "";
            command.CommandText = ModelCommand.IsSqlServer(db)
                ? $"""
                   UPDATE t SET {string.Join(", ", set.Select(c => $"t.{Column(c)} = v.{Column(c)}"))}
                   FROM {tableName} AS t JOIN (VALUES {string.Join(", ", values)}) AS v ({columnList})
                   ON {string.Join(" AND ", key.Select(k => $"t.{Column(k)} = v.{Column(k)}"))}{StillAsItWas("t")}
                   """
                // SQLite names no columns of a table alias, so the values are a named common table expression.
                : $"""
                   WITH v ({columnList}) AS (VALUES {string.Join(", ", values)})
                   UPDATE {tableName} SET {string.Join(", ", set.Select(c => $"{Column(c)} = v.{Column(c)}"))}
                   FROM v WHERE {string.Join(" AND ", key.Select(k => $"{tableName}.{Column(k)} = v.{Column(k)}"))}{StillAsItWas(tableName)}
                   """;

            return await ModelCommand.OnConnectionAsync(db, () => command.ExecuteNonQueryAsync(cancellationToken), cancellationToken);
        }
    }
}
