using LK3.Intake;
using LK3.Intake.Data;
using Microsoft.EntityFrameworkCore;

namespace LK3.Bot.Data;

public static class DatabaseExtensions
{
    /// <summary>The LK3 database: SQLite in a file under data/ unless configured otherwise.</summary>
    public static IHostApplicationBuilder AddIntakeDatabase(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (options.Provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException($"Database:Provider '{options.Provider}' is not available yet; use Sqlite.");
        }

        var connectionString = builder.Configuration.GetConnectionString("Lk3") ?? DefaultSqliteConnectionString(builder.Environment);
        builder.Services.AddDbContext<IntakeDbContext, SqliteIntakeDbContext>(db => db
            .UseSqlite(connectionString)
            .AddInterceptors(new SqlitePragmas())
            .UseAsyncSeeding((context, _, cancellationToken) => IntakeSeeding.SeedAsync(context, TimeProvider.System, cancellationToken)));
        builder.Services.AddHealthChecks().AddDbContextCheck<IntakeDbContext>("database");
        return builder;
    }

    /// <summary>Brings the schema up to date (and seeds an empty database) before the app takes traffic.</summary>
    public static async Task MigrateIntakeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        await db.Database.MigrateAsync();
        // Write-ahead logging lets the webhook store updates while workers read; it is a property of the file, set once.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }

    private static string DefaultSqliteConnectionString(IHostEnvironment environment)
    {
        var folder = Path.Combine(environment.ContentRootPath, "data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "lk3.db")}";
    }
}
