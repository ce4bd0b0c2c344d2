using LK3.Intake.Conversations;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LK3.Bot.Conversations;

public static class ConversationExtensions
{
    /// <summary>The conversation engine every channel talks to.</summary>
    public static IHostApplicationBuilder AddIntake(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ConversationOptions>()
            .BindConfiguration(ConversationOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<ConversationEngine>();
        return builder;
    }
}
