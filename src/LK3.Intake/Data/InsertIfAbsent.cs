using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace LK3.Intake.Data;

/// <summary>
/// Inserts rows that may be there already (an update delivered again) so
/// that the database raises no error for the ones that are: <c>INSERT … ON CONFLICT DO NOTHING</c> on SQLite and
/// PostgreSQL, <c>INSERT … WHERE NOT EXISTS</c> under a key-range lock on SQL Server (not run here: no SQL Server).
/// An expected conflict is then no exception, and EF Core logs no failure for it. Tables, columns and value conversions
/// (encrypted properties, enums as text, SQLite's times as numbers) come from the EF Core model, as SaveChanges writes them.
/// </summary>
public static class InsertIfAbsent
{
    /// <summary>
    /// Inserts each row unless one with the same <paramref name="key"/> (the columns of a unique index or the primary key)
    /// exists; within <paramref name="rows"/> the first of equal keys counts. Runs in the context's current transaction, if any.
    /// A key the database generates is read back into the rows inserted.
    /// </summary>
    /// <returns>For each row, whether it was inserted.</returns>
    public static async Task<bool[]> InsertIfAbsentAsync<T>(this DbContext db, IReadOnlyList<T> rows, string[] key, CancellationToken cancellationToken)
        where T : class
    {
        var inserted = new bool[rows.Count];
        if (rows.Count == 0) return inserted;
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = InsertedColumns.Of(db, entityType);
        var keyColumns = key.Select(name =>
            entityType.FindProperty(name) ?? throw new ArgumentException($"{typeof(T).Name} has no property {name}.", nameof(key))).ToList();
        var generated = columns.GeneratedKey;

        // The first of equal keys in this call; what the database answers is matched to rows by these same provider values.
        var candidates = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++) candidates.TryAdd(KeyOf(keyColumns, rows[i]), i);

        foreach (var statement in ModelCommand.InStatements(db, candidates.Values, columns.Count))
        {
            await InsertAsync(statement);
        }
        return inserted;

        async Task InsertAsync(int[] indexes)
        {
            await using var command = ModelCommand.Create(db);
            var values = indexes.Select(index => ModelCommand.AddValues(command, sql, columns, rows[index])).ToList();
            var tableName = sql.DelimitIdentifier(table.Name, table.Schema);
            var columnList = string.Join(", ", columns.Names(sql, table));
            var keyList = keyColumns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)).ToList();
            // The unique key first, to match rows by; then the generated key, to give them.
            var returned = generated is null ? keyList : [.. keyList, sql.DelimitIdentifier(generated.GetColumnName(table)!)];
            command.CommandText = ModelCommand.IsSqlServer(db)
                ? $"""
                   INSERT INTO {tableName} ({columnList}) OUTPUT {string.Join(", ", returned.Select(k => $"INSERTED.{k}"))}
                   SELECT * FROM (VALUES {string.Join(", ", values)}) AS v ({columnList})
                   WHERE NOT EXISTS (SELECT 1 FROM {tableName} AS t WITH (UPDLOCK, HOLDLOCK)
                       WHERE {string.Join(" AND ", keyList.Select(k => $"t.{k} = v.{k}"))})
                   """
                : $"INSERT INTO {tableName} ({columnList}) VALUES {string.Join(", ", values)} "
                    + $"ON CONFLICT ({string.Join(", ", keyList)}) DO NOTHING RETURNING {string.Join(", ", returned)}";

            await ModelCommand.OnConnectionAsync(db, async () =>
            {
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    if (!candidates.TryGetValue(KeyOf(reader, keyColumns.Count), out var index)) continue;
                    inserted[index] = true;
                    if (generated is not null) ModelCommand.SetGeneratedKey(generated, rows[index], reader.GetValue(keyColumns.Count));
                }
                return true;
            }, cancellationToken);
        }
    }

    private static string KeyOf<T>(List<IProperty> keyColumns, T row) where T : class => Joined(keyColumns.Select(column =>
        column.GetTypeMapping().Converter is { } converter
            ? converter.ConvertToProvider(column.GetGetter().GetClrValue(row))
            : column.GetGetter().GetClrValue(row)));

    private static string KeyOf(DbDataReader reader, int count) =>
        Joined(Enumerable.Range(0, count).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)));

    /// <summary>Key values as one string, each with its length, so that no two different keys read the same.</summary>
    private static string Joined(IEnumerable<object?> values)
    {
        var text = new StringBuilder();
        foreach (var value in values)
        {
            var part = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
            text.Append(part.Length).Append(':').Append(part).Append('|');
        }
        return text.ToString();
    }
}
