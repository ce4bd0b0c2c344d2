namespace LK3.Bot.Data;

internal static partial class DatabaseLog
{
    [LoggerMessage(3001, LogLevel.Critical,
        "LK3 Bot cannot start: the {Database} cannot be reached or prepared ({Reason}). Check ConnectionStrings:Lk3 and Database:Provider, that the server is running and reachable from this machine, and the user name and password.")]
    public static partial void Unreachable(ILogger logger, string database, string reason);

    [LoggerMessage(3002, LogLevel.Warning, "Bringing the database up to date failed (attempt {Attempt}: {Reason}); trying again")]
    public static partial void MigrationRetried(ILogger logger, int attempt, string reason);
}
