using System.Collections;
using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.Json;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace LK3.Intake.Data;

/// <summary>
/// What <see cref="InsertIfAbsent"/>, <see cref="InsertAll"/> and <see cref="UpdateByKey"/> share: rows as parameters, and
/// running on the context's connection.
/// </summary>
internal static class ModelCommand
{
    /// <summary>The row's values of <paramref name="columns"/> as parameters, converted as SaveChanges writes them; returns <c>(@p0, @p1, …)</c>.</summary>
    public static string AddValues(DbCommand command, ISqlGenerationHelper sql, IEnumerable<IProperty> columns, object row) =>
        AddValues(command, sql, new InsertedColumns(columns.ToList(), [], null), row);

    /// <inheritdoc cref="AddValues(DbCommand, ISqlGenerationHelper, IEnumerable{IProperty}, object)"/>
    public static string AddValues(DbCommand command, ISqlGenerationHelper sql, InsertedColumns columns, object row)
    {
        var placeholders = new List<string>();
        foreach (var column in columns.Properties) placeholders.Add(AddValue(command, sql, column, column.GetGetter().GetClrValue(row)));
        foreach (var (collection, mapping) in columns.JsonCollections)
        {
            placeholders.Add(AddParameter(command, sql, name =>
                mapping.CreateParameter(command, name, Json(collection, collection.GetGetter().GetClrValue(row)), nullable: true)));
        }
        return $"({string.Join(", ", placeholders)})";
    }

    /// <summary>A command on the context's connection, in its current transaction if any.</summary>
    public static DbCommand Create(DbContext db)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    /// <summary>SQL Server writes these statements its own way (no RETURNING, no UPDATE … FROM a named VALUES).</summary>
    public static bool IsSqlServer(DbContext db) => ProviderOf(db) == "Microsoft.EntityFrameworkCore.SqlServer";

    private static bool IsSqlite(DbContext db) => ProviderOf(db) == "Microsoft.EntityFrameworkCore.Sqlite";

    /// <summary>
    /// Each model's provider, looked up once: EF Core's <c>ProviderName</c> reads its assembly's name on every call, which
    /// was nearly 1 % of the bot's CPU, asked for by every statement written here.
    /// </summary>
    private static readonly ConcurrentDictionary<IModel, string> Providers = new();

    private static string ProviderOf(DbContext db) =>
        Providers.TryGetValue(db.Model, out var provider) ? provider : Providers.GetOrAdd(db.Model, db.Database.ProviderName!);

    /// <summary>The key the database generated for a new row, given to the row as SaveChanges would.</summary>
    public static void SetGeneratedKey(IProperty key, object row, object value) =>
        key.PropertyInfo!.SetValue(row, Convert.ChangeType(value, key.ClrType, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>One value of <paramref name="property"/> as a parameter, converted as SaveChanges writes it; returns its placeholder.</summary>
    public static string AddValue(DbCommand command, ISqlGenerationHelper sql, IProperty property, object? value) =>
        AddParameter(command, sql, name => property.GetRelationalTypeMapping().CreateParameter(command, name, value, property.IsNullable));

    private static string AddParameter(DbCommand command, ISqlGenerationHelper sql, Func<string, DbParameter> create)
    {
        var name = $"p{command.Parameters.Count}";
        command.Parameters.Add(create(sql.GenerateParameterName(name)));
        return sql.GenerateParameterNamePlaceholder(name);
    }

    /// <summary>A collection of complex values as SaveChanges stores it: a JSON array of objects, each property written by its model's JSON writer.</summary>
    private static string? Json(IComplexProperty collection, object? value)
    {
        if (value is null) return null;
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var element in (IEnumerable)value)
            {
                writer.WriteStartObject();
                foreach (var property in collection.ComplexType.GetProperties())
                {
                    writer.WritePropertyName(property.GetJsonPropertyName() ?? property.Name);
                    var propertyValue = property.PropertyInfo?.GetValue(element) ?? property.FieldInfo?.GetValue(element);
                    if (propertyValue is null) writer.WriteNullValue();
                    else (property.GetJsonValueReaderWriter() ?? property.GetTypeMapping().JsonValueReaderWriter)!.ToJson(writer, propertyValue);
                }
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>
    /// Rows split so that no statement takes too many parameters: SQLite looks each one up by name among all of the
    /// statement's, so its cost grows with their number squared (32 rows of 16 columns took almost twice as long as 8
    /// statements of 4); SQL Server takes at most 2,100.
    /// </summary>
    public static IEnumerable<T[]> InStatements<T>(DbContext db, IEnumerable<T> rows, int columns) =>
        rows.Chunk(Math.Max(1, (IsSqlite(db) ? 128 : 2_000) / columns));

    /// <summary>Runs <paramref name="execute"/> with the context's connection open, opening and closing it only if it was closed.</summary>
    public static async Task<T> OnConnectionAsync<T>(DbContext db, Func<Task<T>> execute, CancellationToken cancellationToken)
    {
        var opened = db.Database.GetDbConnection().State != System.Data.ConnectionState.Open;
        if (opened) await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await execute();
        }
        finally
        {
            if (opened) await db.Database.CloseConnectionAsync();
        }
    }
}

/// <summary>
/// Every column a SaveChanges would write for a new row: all properties but a key the database generates, then each
/// collection of complex values stored as JSON (a reply's buttons).
/// </summary>
internal sealed record InsertedColumns(
    IReadOnlyList<IProperty> Properties, IReadOnlyList<(IComplexProperty Collection, RelationalTypeMapping Mapping)> JsonCollections,
    IProperty? GeneratedKey)
{
    public static InsertedColumns Of(DbContext db, IEntityType entityType)
    {
        var collections = entityType.GetComplexProperties().ToList();
        if (collections.Any(c => !c.IsCollection || c.ComplexType.GetContainerColumnName() is null || c.ComplexType.GetComplexProperties().Any()))
            throw new NotSupportedException($"{entityType.DisplayName()}: only collections of flat complex values stored as JSON are written here.");
        // The JSON column's own type mapping (PostgreSQL's jsonb takes no text parameter).
        var table = db.Model.GetRelationalModel().FindTable(entityType.GetTableName()!, entityType.GetSchema())!;
        return new(
            [.. entityType.GetProperties().Where(p => !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd))],
            [.. collections.Select(c => (c, table.FindColumn(c.ComplexType.GetContainerColumnName()!)!.StoreTypeMapping))],
            entityType.FindPrimaryKey()!.Properties is [{ ValueGenerated: ValueGenerated.OnAdd } id] ? id : null);
    }

    public int Count => Properties.Count + JsonCollections.Count;

    /// <summary>The columns' names, delimited, in the order <see cref="ModelCommand"/> adds their values.</summary>
    public IEnumerable<string> Names(ISqlGenerationHelper sql, StoreObjectIdentifier table) => Properties.Select(p => p.GetColumnName(table)!)
        .Concat(JsonCollections.Select(c => c.Collection.ComplexType.GetContainerColumnName()!))
        .Select(name => sql.DelimitIdentifier(name));
}
