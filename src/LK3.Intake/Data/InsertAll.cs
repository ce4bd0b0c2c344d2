using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace LK3.Intake.Data;

/// <summary>
/// Inserts many new rows of one table in few statements and gives each the key the database
/// generated. EF Core's SaveChanges sends SQLite one INSERT per row, each built and run on its own. Tables, columns and
/// value conversions come from the EF Core model, as in <see cref="InsertIfAbsent"/>.
/// </summary>
public static class InsertAll
{
    /// <summary>Inserts <paramref name="rows"/>, in the context's current transaction if any, and sets their generated keys.</summary>
    public static async Task InsertAllAsync<T>(this DbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken) where T : class
    {
        if (rows.Count == 0) return;
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var columns = InsertedColumns.Of(db, entityType);
        foreach (var statement in ModelCommand.InStatements(db, rows, columns.Count))
        {
            await InsertAsync(db, entityType, columns, statement, cancellationToken);
        }
    }

    private static async Task InsertAsync<T>(
        DbContext db, IEntityType entityType, InsertedColumns columns, T[] rows, CancellationToken cancellationToken) where T : class
    {
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var generated = columns.GeneratedKey;
        await using var command = ModelCommand.Create(db);
        var values = rows.Select(row => ModelCommand.AddValues(command, sql, columns, row)).ToList();
        var tableName = sql.DelimitIdentifier(table.Name, table.Schema);
        var columnList = string.Join(", ", columns.Names(sql, table));
        var key = generated is null ? null : sql.DelimitIdentifier(generated.GetColumnName(table)!);
        // The database numbers the rows in the order they are inserted: VALUES' order on SQLite (rowid) and PostgreSQL (the
        // identity taken row by row); on SQL Server, whose identity follows an INSERT … SELECT's ORDER BY, the rows' position.
        // So the keys read back, in ascending order, are the rows' in order, whatever order the database returns them in.
        command.CommandText = ModelCommand.IsSqlServer(db)
            ? $"""
               INSERT INTO {tableName} ({columnList}){(key is null ? "" : $" OUTPUT INSERTED.{key}")}
               SELECT {columnList} FROM (VALUES {string.Join(", ", values.Select((v, i) => $"{v[..^1]}, {i})"))}) AS v ({columnList}, [_Position])
               ORDER BY [_Position]
               """
            : $"INSERT INTO {tableName} ({columnList}) VALUES {string.Join(", ", values)}{(key is null ? "" : $" RETURNING {key}")}";

        var keys = new List<long>(rows.Length);
        await ModelCommand.OnConnectionAsync(db, async () =>
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) keys.Add(Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture));
            return true;
        }, cancellationToken);
        if (generated is null) return;
        if (keys.Count != rows.Length) throw new InvalidOperationException($"{rows.Length} rows inserted but {keys.Count} keys returned.");
        keys.Sort();
        for (var i = 0; i < rows.Length; i++) ModelCommand.SetGeneratedKey(generated, rows[i], keys[i]);
    }
}
