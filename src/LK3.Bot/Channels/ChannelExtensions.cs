using LK3.Intake.Conversations;

namespace LK3.Bot.Channels;

public static class ChannelExtensions
{
    /// <summary>What every channel shares: the inbox, the per-chat workers and the delivery of replies.</summary>
    public static IHostApplicationBuilder AddMessaging(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MessagingOptions>()
            .BindConfiguration(MessagingOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<ChatWorkQueue>();
        builder.Services.AddSingleton<ChatLeases>();
        builder.Services.AddSingleton<ChatProcessor>();
        builder.Services.AddSingleton<TurnRunner>();
        builder.Services.AddSingleton<OutboxDeliverer>();
        builder.Services.AddSingleton<ChatFlood>();
        builder.Services.AddSingleton<InboxWatch>();
        builder.Services.AddSingleton<InboxWriter>();
        builder.Services.AddSingleton<SentReplies>();
        builder.Services.AddHostedService<MessagingService>();
        builder.Services.AddSingleton<ChatNotices>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ChatNotices>());
        builder.Services.AddSingleton<IFamilyStateNotices>(services => services.GetRequiredService<ChatNotices>());
        return builder;
    }
}
