namespace LK3.Testing;

/// <summary>The checkout the tests run from, for what they read from it (docs/) and write to it (docs/screenshots/).</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LK3.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No LK3.sln above {AppContext.BaseDirectory}.");
    }
}
