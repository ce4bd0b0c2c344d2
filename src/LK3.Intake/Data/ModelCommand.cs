using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace LK3.Intake.Data;

/// <summary>What <see cref="InsertIfAbsent"/> and <see cref="UpdateByKey"/> share: rows as parameters, and running on the context's connection.</summary>
internal static class ModelCommand
{
    /// <summary>The row's values of <paramref name="columns"/> as parameters, converted as SaveChanges writes them; returns <c>(@p0, @p1, …)</c>.</summary>
    public static string AddValues(DbCommand command, ISqlGenerationHelper sql, IEnumerable<IProperty> columns, object row)
    {
        var placeholders = new List<string>();
        foreach (var column in columns)
        {
            var name = $"p{command.Parameters.Count}";
            command.Parameters.Add(column.GetRelationalTypeMapping().CreateParameter(command, sql.GenerateParameterName(name),
                column.GetGetter().GetClrValue(row), column.IsNullable));
            placeholders.Add(sql.GenerateParameterNamePlaceholder(name));
        }
        return $"({string.Join(", ", placeholders)})";
    }

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
