using LK3.Intake.Data;

namespace LK3.Intake.Cases;

/// <summary>
/// Case numbers from the year's <see cref="CaseYearCounter"/>. The counter row is taken up, or made for the year's first
/// case, in one statement inside the turn's transaction: two instances creating a year's first case at once do not collide
/// (the second waits for the first's row and counts on from it), so there is no error to retry and none to log.
/// </summary>
internal static class CaseNumbers
{
    private const string Upsert = """
        INSERT INTO "CaseYearCounters" ("Year", "LastNumber") VALUES (@year, 1)
        ON CONFLICT ("Year") DO UPDATE SET "LastNumber" = "CaseYearCounters"."LastNumber" + 1
        RETURNING "LastNumber"
        """;

    /// <summary>SQL Server has no ON CONFLICT: the row is updated under a key-range lock that keeps a twin insert out until commit.</summary>
    private const string SqlServerUpsert = """
        UPDATE [CaseYearCounters] WITH (UPDLOCK, HOLDLOCK) SET [LastNumber] = [LastNumber] + 1 OUTPUT INSERTED.[LastNumber] WHERE [Year] = @year;
        IF @@ROWCOUNT = 0 INSERT INTO [CaseYearCounters] ([Year], [LastNumber]) OUTPUT INSERTED.[LastNumber] VALUES (@year, 1);
        """;

    public static Task<int> NextAsync(IntakeDbContext db, int year) => ModelCommand.OnConnectionAsync(db, async () =>
    {
        await using var command = ModelCommand.Create(db);
        command.CommandText = ModelCommand.IsSqlServer(db) ? SqlServerUpsert : Upsert;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@year";
        parameter.Value = year;
        command.Parameters.Add(parameter);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }, CancellationToken.None);
}
