using System.Data.Common;
using LK3.Intake.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace LK3.Intake.Inbox;

/// <summary>
/// Takes a chat's lease in one statement when nobody holds it, the owner holds it already or its holder let it lapse: an
/// upsert whose update is conditional (<c>INSERT … ON CONFLICT DO UPDATE … WHERE</c> on SQLite and PostgreSQL, a
/// <c>MERGE</c> under a key-range lock on SQL Server, not run here: no SQL Server), so two instances cannot both succeed.
/// Written from the EF Core model (tables, columns, value conversions) like <see cref="UpdateByKey"/>, and run by EF
/// Core as raw SQL, so its interceptors, log and retries still see it: an instance refused a chat asks again each second
/// while the chat's family writes, and an insert then an <c>ExecuteUpdate</c>, translated again on every call, were 10 %
/// of two instances' CPU.
/// </summary>
public static class ChatLeaseTaking
{
    /// <returns>Whether <paramref name="owner"/> now holds the lease, until <paramref name="until"/>.</returns>
    public static async Task<bool> TakeAsync(
        IntakeDbContext db, string channel, string chatId, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var lease = db.Model.FindEntityType(typeof(ChatLease))!;
        var table = StoreObjectIdentifier.Table(lease.GetTableName()!, lease.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        // Only makes the parameters, converted as SaveChanges writes them.
        await using var parameters = db.Database.GetDbConnection().CreateCommand();
        var (tableName, channelColumn, chatColumn, ownerColumn, expiresColumn) = (sql.DelimitIdentifier(table.Name, table.Schema),
            Column(nameof(ChatLease.Channel)), Column(nameof(ChatLease.ChatId)), Column(nameof(ChatLease.Owner)), Column(nameof(ChatLease.ExpiresAt)));
        var (channelValue, chatValue, ownerValue, untilValue, nowValue) = (Value(nameof(ChatLease.Channel), channel),
            Value(nameof(ChatLease.ChatId), chatId), Value(nameof(ChatLease.Owner), owner), Value(nameof(ChatLease.ExpiresAt), until),
            Value(nameof(ChatLease.ExpiresAt), now));
        var columns = $"{channelColumn}, {chatColumn}, {ownerColumn}, {expiresColumn}";
        var values = $"{channelValue}, {chatValue}, {ownerValue}, {untilValue}";
        var statement = ModelCommand.IsSqlServer(db)
            ? $"""
               MERGE {tableName} WITH (HOLDLOCK) AS t USING (VALUES ({channelValue}, {chatValue})) AS s ({channelColumn}, {chatColumn})
               ON t.{channelColumn} = s.{channelColumn} AND t.{chatColumn} = s.{chatColumn}
               WHEN MATCHED AND (t.{ownerColumn} = {ownerValue} OR t.{expiresColumn} < {nowValue})
                   THEN UPDATE SET {ownerColumn} = {ownerValue}, {expiresColumn} = {untilValue}
               WHEN NOT MATCHED THEN INSERT ({columns}) VALUES ({values});
               """
            : $"""
               INSERT INTO {tableName} ({columns}) VALUES ({values})
               ON CONFLICT ({channelColumn}, {chatColumn}) DO UPDATE SET {ownerColumn} = {ownerValue}, {expiresColumn} = {untilValue}
               WHERE {tableName}.{ownerColumn} = {ownerValue} OR {tableName}.{expiresColumn} < {nowValue}
               """;
        var arguments = parameters.Parameters.Cast<DbParameter>().ToArray();
        parameters.Parameters.Clear();
        return await db.Database.ExecuteSqlRawAsync(statement, arguments, cancellationToken) == 1;

        string Column(string property) => sql.DelimitIdentifier(lease.FindProperty(property)!.GetColumnName(table)!);
        string Value(string property, object value) => ModelCommand.AddValue(parameters, sql, lease.FindProperty(property)!, value);
    }
}
