namespace LK3.Intake.Clients;

public static class Languages
{
    public const string Indonesian = "id";
    public const string English = "en";

    public static string Other(string language) => language == Indonesian ? English : Indonesian;
}
