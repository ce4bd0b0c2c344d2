namespace LK3.Bot;

/// <summary>A setting that is missing or wrong, found before the bot starts: its message says which and how to fix it.</summary>
public sealed class StartupConfigurationException(string message, Exception? inner = null) : Exception(message, inner);
